import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isEnumType, type GraphQLSchema } from 'graphql';
import { buildGatewaySchema } from '../../../src/graphql/schema.js';
import { startOpsHarness, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';
import {
  REMOVE,
  documentFor,
  leafPaths,
  objectPaths,
  printPath,
  rootFields,
  sampleArgs,
  valueAt,
  withValueAt,
  type InputPath,
  type RootField,
} from '../../helpers/schema-inputs.js';

/**
 * Issue #12 item 2: graphql-js repeats a variable's whole value (or a literal) in its coercion errors. Every string
 * here is a "secret" marker; for every query and mutation of the schema, a missing required field, an unknown field
 * and a wrong type — in variables and in literals — must be refused naming the field, with no marker anywhere in the
 * response or the log.
 */

let h: OpsHarness;
let merchant: MerchantKeys;
let schema: GraphQLSchema;
const markers: string[] = [];
const NUMBER_MARKER = 918273645;

function marker(path: InputPath): string {
  const text = `zqSECRET${markers.length}at${printPath(path).replace(/[^A-Za-z0-9]/g, '_')}zq`;
  markers.push(text);
  return text;
}

async function post(query: string, variables: Record<string, unknown>): Promise<{ status: number; raw: string; body: { errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const response = await fetch(`${h.gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${merchant.key}` },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await response.text();
  return { status: response.status, raw, body: JSON.parse(raw) as { errors?: { message: string; extensions?: { code?: string } }[] } };
}

function expectRefusedWithoutEcho(result: Awaited<ReturnType<typeof post>>, names: string | null, what: string): void {
  expect(result.status, what).toBeLessThan(500);
  expect(result.body.errors?.length ?? 0, `${what}: ${result.raw}`).toBeGreaterThan(0);
  for (const error of result.body.errors ?? []) expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'], what).toContain(error.extensions?.code);
  for (const text of markers) expect(result.raw.includes(text), `${what} echoed ${text}: ${result.raw}`).toBe(false);
  expect(result.raw.includes(String(NUMBER_MARKER)), `${what} echoed the number: ${result.raw}`).toBe(false);
  if (names) expect(result.body.errors?.map((e) => e.message).join(' '), what).toContain(names);
}

/** A literal for the document, written from a JS value (enum values are the sample's first value names). */
function literal(value: unknown, enumNames: ReadonlySet<string>): string {
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, enumNames)).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).map(([key, item]) => `${key}: ${literal(item, enumNames)}`).join(', ')}}`;
  }
  if (typeof value === 'string' && enumNames.has(value)) return value;
  return JSON.stringify(value);
}

function withArgs(root: RootField): boolean {
  return root.field.args.length > 0;
}

beforeAll(async () => {
  h = await startOpsHarness();
  merchant = await h.createMerchant('Echo');
  schema = await buildGatewaySchema();
});
afterAll(async () => h?.close());

describe('no input value is repeated in an error (every query and mutation)', () => {
  it('a missing required field or an unknown field, in variables', async () => {
    let checked = 0;
    for (const root of rootFields(schema).filter(withArgs)) {
      const args = sampleArgs(root.field, marker);
      const document = documentFor(root);
      for (const objectPath of objectPaths(root.field)) {
        const object = valueAt(args, objectPath) as Record<string, unknown>;
        const required = Object.keys(object).find((name) => leafPaths(root.field).some((leaf) => leaf.required && printPath(leaf.path) === printPath([...objectPath, name])));
        if (required) {
          const result = await post(document, withValueAt(args, [...objectPath, required], REMOVE));
          expectRefusedWithoutEcho(result, `"${required}"`, `${root.field.name} without ${printPath([...objectPath, required])}`);
          checked++;
        }
        const result = await post(document, withValueAt(args, [...objectPath, 'notAField'], marker([...objectPath, 'notAField'])));
        expectRefusedWithoutEcho(result, '"notAField"', `${root.field.name} with an unknown field in ${printPath(objectPath)}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('a value of the wrong type at every leaf, in variables and as a literal', async () => {
    let checked = 0;
    for (const root of rootFields(schema).filter(withArgs)) {
      const args = sampleArgs(root.field, marker);
      const enumNames = new Set<string>();
      for (const leaf of leafPaths(root.field)) {
        const value = valueAt(args, leaf.path);
        if (typeof value === 'string' && isEnumType(getNamedType(leaf.type))) enumNames.add(value);
      }
      for (const leaf of leafPaths(root.field)) {
        // ID takes numbers, so an object is the one wrong type for every leaf but a JSON object (which takes any
        // object, so gets a number); a String leaf also gets a number.
        const takesObjects = getNamedType(leaf.type).name === 'JSONObject';
        const wrong = takesObjects || (leaf.isString && String(leaf.type).startsWith('String')) ? NUMBER_MARKER : { nested: marker(leaf.path) };
        const bad = withValueAt(args, leaf.path, wrong);
        const what = `${root.field.name} with a wrong type at ${printPath(leaf.path)}`;
        expectRefusedWithoutEcho(await post(documentFor(root), bad), printPath(leaf.path), `${what} (variables)`);
        const inline = root.field.args.map((arg) => `${arg.name}: ${literal(bad[arg.name], enumNames)}`).join(', ');
        const selection = documentFor(root).includes('{ __typename }') ? ' { __typename }' : '';
        expectRefusedWithoutEcho(await post(`${root.operation} { ${root.field.name}(${inline})${selection} }`, {}), null, `${what} (literal)`);
        checked += 2;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('the secrets of createMerchant, applyToken and declare appear in no log line either', () => {
    const log = h.logs.join('');
    for (const text of markers) expect(log.includes(text), `log contains ${text}`).toBe(false);
    const secretFields = markers.filter((text) => /merchantPrivateKey|authCode|certificateNo/i.test(text));
    expect(secretFields.length).toBeGreaterThan(0);
  });
});
