import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, renderSchemaSdl } from '../../../src/graphql/print-schema.js';

describe('schema/schema.graphql', () => {
  it('matches the schema built from code (run `npm run schema` and commit the result)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await renderSchemaSdl());
  });

  it('has no field that could carry a private key', async () => {
    const sdl = await renderSchemaSdl();
    const outputFields = sdl
      .split(/\n(?=type |input |enum |scalar )/)
      .filter((block) => block.startsWith('type '))
      .join('\n');
    expect(outputFields).not.toMatch(/privateKey\s*:/i);
  });
});
