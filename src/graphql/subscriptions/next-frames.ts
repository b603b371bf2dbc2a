import type { ExecutionResult } from 'graphql';
import { MessageType, stringifyMessage, type FormattedExecutionResult } from 'graphql-ws';

/**
 * One operation's `onNext` hook as graphql-ws calls it (bound to that operation's context, id and arguments): what
 * it returns replaces the result in the frame. The direct path (direct-feed.ts) calls it for every live frame too,
 * so nothing added to the hook is skipped there.
 */
export type NextHook = (result: ExecutionResult) => FormattedExecutionResult | void;

/** A `next` frame as graphql-ws writes it (its own message formatter). */
export function nextFrame(operationId: string, payload: FormattedExecutionResult): string {
  return stringifyMessage({ id: operationId, type: MessageType.Next, payload });
}

const EMPTY_PAYLOAD_TAIL = '{}}';

/**
 * The bytes of an operation's `next` frame before its payload: graphql-ws's frame with an empty payload, cut there.
 * The direct path appends a payload serialised once for all the members of a group, and the closing brace.
 */
export function nextFramePrefix(operationId: string): Buffer {
  const frame = nextFrame(operationId, {});
  if (!frame.endsWith(EMPTY_PAYLOAD_TAIL)) throw new Error(`graphql-ws wrote a next frame of an unexpected shape: ${frame}`);
  return Buffer.from(frame.slice(0, -EMPTY_PAYLOAD_TAIL.length));
}
