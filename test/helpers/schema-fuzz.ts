/**
 * The schema-wide fuzz (issue #12 item 8), shared by the suite (fixed seed, bounded count) and bench/schema-fuzz.ts
 * (longer runs): every query and mutation of the schema, with generated arguments — wrong types, huge and empty
 * strings, unicode, nulls, U+0000, negative and huge numbers, deep nesting, unknown fields. The gateway must never
 * answer INTERNAL or a 5xx. Every mutation case also carries one input the gateway must refuse before running
 * anything, so that nothing is ever stored.
 */
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { documentFor, rootFields, type InputPath, type RootField } from './schema-inputs.js';

export interface FuzzCase {
  root: RootField;
  variables: Record<string, unknown>;
  key: string;
}

export interface FuzzAnswer {
  status: number;
  codes: string[];
  raw: string;
}

const MAX_DEPTH = 3;

/** Values of any JSON type, nested a little: what a wrong-typed input looks like. */
const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.string({ maxLength: 20 }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** An object nested `depth` levels deep (deep-nesting input). */
const deepObject = fc.integer({ min: 20, max: 200 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { nested: value };
  return value;
});

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constant(''),
  fc.constant('   '),
  fc.integer({ min: 1, max: 40 }).map((n) => `a\u0000${'b'.repeat(n)}`),
  fc.integer({ min: 2_000, max: 20_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom('garbage', 'not-a-cursor', 'aWQ6', "' or 1=1 --", '<script>', '../../etc/passwd', '%00', '\\u0000', '𝕏😀', 'ＡＢＣ'),
);

const hostileNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER),
  fc.double(),
);

function leafArbitrary(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const nullable = getNullableType(type);
  if (isEnumType(nullable)) return fc.oneof(fc.constantFrom(...nullable.getValues().map((v) => v.name)), hostileString);
  switch (getNamedType(nullable).name) {
    case 'Int':
    case 'Float':
      return hostileNumber;
    case 'Boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 1));
    case 'DateTimeISO':
      return fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), hostileString);
    default:
      return hostileString;
  }
}

function valueArbitrary(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  const nullable = getNullableType(type);
  let shaped: fc.Arbitrary<unknown>;
  if (isListType(nullable)) {
    shaped = fc.array(valueArbitrary(nullable.ofType as GraphQLInputType, depth + 1), { maxLength: depth >= MAX_DEPTH ? 1 : 12 });
  } else if (isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields());
    if (depth >= MAX_DEPTH) shaped = fc.constant({});
    else {
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const field of fields) record[field.name] = valueArbitrary(field.type, depth + 1);
      shaped = fc
        .tuple(
          fc.record(record, { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) }),
          fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), anyJson)),
        )
        .map(([value, extra]) => (extra ? { ...value, [extra[0]]: extra[1] } : value));
    }
  } else {
    shaped = leafArbitrary(type);
  }
  // Mostly well shaped; sometimes null, a wrong type or deep nesting.
  return fc.oneof({ arbitrary: shaped, weight: 8 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: anyJson, weight: 1 }, { arbitrary: deepObject, weight: 1 });
}

function argsArbitrary(args: readonly GraphQLArgument[]): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of args) record[arg.name] = valueArbitrary(arg.type, 0);
  return fc.record(record, { requiredKeys: [] });
}

/** String positions in a generated value (to plant the input every mutation case must be refused for). */
function stringPaths(value: unknown, path: InputPath = []): InputPath[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

/**
 * Makes sure a mutation case cannot run: a U+0000 in one of its strings, or (with no string) an argument of a wrong
 * type, or a required argument missing. Each is refused before any resolver.
 */
function plantRefusal(field: RootField['field'], variables: Record<string, unknown>, choice: number): Record<string, unknown> {
  const copy = structuredClone(variables);
  const paths = stringPaths(copy);
  if (paths.length > 0) {
    const path = paths[choice % paths.length]!;
    let parent = copy as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    parent[last] = `${String(parent[last])}\u0000`;
    return copy;
  }
  const required = field.args.find((arg) => isNonNullType(arg.type));
  if (required && choice % 2 === 0) {
    delete copy[required.name];
    return copy;
  }
  const target = field.args[choice % Math.max(1, field.args.length)];
  if (target) copy[target.name] = { planted: [true, { deeper: null }] };
  return copy;
}

export function fuzzCases(schema: GraphQLSchema, keys: readonly string[]): fc.Arbitrary<FuzzCase> {
  const roots = rootFields(schema);
  return fc
    .constantFrom(...roots)
    .chain((root) =>
      fc.record({ root: fc.constant(root), variables: argsArbitrary(root.field.args), key: fc.constantFrom(...keys), choice: fc.nat() }),
    )
    .map(({ root, variables, key, choice }) => {
      const planted = root.operation === 'mutation' ? plantRefusal(root.field, variables, choice) : variables;
      // A counterexample prints as the call, not as the schema's field object.
      return { root, key, variables: planted, [fc.toStringMethod]: () => `${root.field.name}(${fc.stringify(planted)}) as key #${keys.indexOf(key)}` };
    });
}

export async function sendCase(url: string, fuzzCase: FuzzCase): Promise<FuzzAnswer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${fuzzCase.key}` },
    body: JSON.stringify({ query: documentFor(fuzzCase.root), variables: fuzzCase.variables }),
  });
  const raw = await response.text();
  let codes: string[];
  try {
    const body = JSON.parse(raw) as { errors?: { extensions?: { code?: string } }[] };
    codes = (body.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
  } catch {
    codes = ['(not JSON)'];
  }
  return { status: response.status, codes, raw };
}

/** The property: any answer but a 5xx or an INTERNAL error (a mutation case is also never executed). */
export function fuzzProperty(url: string, schema: GraphQLSchema, keys: readonly string[]) {
  return fc.asyncProperty(fuzzCases(schema, keys), async (fuzzCase) => {
    const answer = await sendCase(url, fuzzCase);
    const what = `${fuzzCase.root.field.name} → ${answer.status} ${answer.raw.slice(0, 300)}`;
    if (answer.status >= 500) throw new Error(`5xx: ${what}`);
    if (answer.codes.includes('INTERNAL') || answer.codes.includes('(not JSON)')) throw new Error(`INTERNAL: ${what}`);
    if (fuzzCase.root.operation === 'mutation' && answer.status === 200 && !answer.codes.length) throw new Error(`a mutation ran: ${what}`);
  });
}
