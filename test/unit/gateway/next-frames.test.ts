import { MessageType, stringifyMessage } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { nextFrame, nextFramePrefix } from '../../../src/graphql/subscriptions/next-frames.js';

// The direct path writes `prefix + payload + }`: byte for byte the frame graphql-ws's formatter writes.
describe('next frames', () => {
  it.each([['1'], ['sub "quoted" \\ id'], ['ünïcode-✓']])('prefix + payload + } is graphql-ws`s frame for id %j', (id) => {
    const payload = { data: { events: { id: '42', payload: { note: 'a "b" \u2028 c' } } } };
    const direct = Buffer.concat([nextFramePrefix(id), Buffer.from(JSON.stringify(payload)), Buffer.from('}')]).toString('utf8');
    const own = stringifyMessage({ id, type: MessageType.Next, payload });
    expect(direct).toBe(own);
    expect(nextFrame(id, payload)).toBe(own);
    expect(JSON.parse(direct)).toEqual({ id, type: 'next', payload });
  });
});
