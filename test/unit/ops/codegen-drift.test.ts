import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('test/generated/graphql.ts', () => {
  it('matches schema/schema.graphql and schema/operations/*.graphql (run `npm run codegen` and commit the result)', () => {
    const cli = join(dirname(require.resolve('@graphql-codegen/cli/package.json')), 'esm/bin.js');
    // --check generates in memory and exits 1 when a file would change.
    const run = spawnSync(process.execPath, [cli, '--config', 'codegen.yml', '--check'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  });
});
