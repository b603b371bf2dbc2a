/** `npm run schema`: writes schema/schema.graphql from the code. A test fails when the committed file drifts. */
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE, renderSchemaSdl } from '../src/graphql/print-schema.js';

writeFileSync(SCHEMA_FILE, await renderSchemaSdl());
console.log(`wrote ${SCHEMA_FILE}`);
