/**
 * Inputs built from the schema itself, so that tests of the input rules cover every query and mutation — including
 * the ones added after the tests were written.
 */
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { DEFAULT_MAX_STRING_LENGTH } from '../../src/graphql/core/input-guard.js';

export type InputPath = readonly (string | number)[];

export interface RootField {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

/** Every query and mutation field of the schema (subscriptions travel over graphql-ws). */
export function rootFields(schema: GraphQLSchema): RootField[] {
  const fields: RootField[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    if (root) for (const field of Object.values(root.getFields())) fields.push({ operation, field });
  }
  return fields;
}

/** A document calling one root field with every argument as a variable, selecting only `__typename`. */
export function documentFor({ operation, field }: RootField): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const composite = !isScalarType(getNamedLeaf(field.type)) && !isEnumType(getNamedLeaf(field.type));
  return `${operation}${variables ? ` (${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${composite ? ' { __typename }' : ''} }`;
}

function getNamedLeaf(type: unknown): unknown {
  let current = type as { ofType?: unknown };
  while (current.ofType) current = current.ofType as { ofType?: unknown };
  return current;
}

const MAX_DEPTH = 4;

/** A value of the right shape for `type`: every input-object field filled, strings from `text(path)`. */
export function sampleValue(type: GraphQLInputType, path: InputPath, text: (path: InputPath) => string, depth = 0): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sampleValue(nullable.ofType as GraphQLInputType, [...path, 0], text, depth)];
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (depth >= MAX_DEPTH && !isNonNullType(field.type)) continue;
      value[field.name] = sampleValue(field.type, [...path, field.name], text, depth + 1);
    }
    return value;
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]!.name;
  switch (nullable.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'DateTimeISO':
      return '2026-01-01T00:00:00.000Z';
    case 'JSONObject':
      return { note: text(path) };
    default:
      return text(path);
  }
}

/** Arguments for a root field, every one present (nullable ones too). */
export function sampleArgs(field: GraphQLField<unknown, unknown>, text: (path: InputPath) => string): Record<string, unknown> {
  return Object.fromEntries(field.args.map((arg) => [arg.name, sampleValue(arg.type, [arg.name], text)]));
}

export interface LeafPath {
  path: InputPath;
  type: GraphQLInputType;
  /** The string limit the input guard applies there (strings only). */
  maxLength: number;
  isString: boolean;
  required: boolean;
}

/** Every leaf position in a field's arguments (as sampleArgs fills them). */
export function leafPaths(field: GraphQLField<unknown, unknown>): LeafPath[] {
  const found: LeafPath[] = [];
  const limit = (extensions: { readonly [key: string]: unknown } | null | undefined) =>
    typeof extensions?.maxLength === 'number' ? extensions.maxLength : DEFAULT_MAX_STRING_LENGTH;
  const visit = (type: GraphQLInputType, path: InputPath, maxLength: number, depth: number) => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return visit(nullable.ofType as GraphQLInputType, [...path, 0], maxLength, depth);
    if (isInputObjectType(nullable)) {
      for (const inner of Object.values(nullable.getFields())) {
        if (depth >= MAX_DEPTH && !isNonNullType(inner.type)) continue;
        visit(inner.type, [...path, inner.name], limit(inner.extensions), depth + 1);
      }
      return;
    }
    const isString = isScalarType(nullable) && ['String', 'ID'].includes(nullable.name);
    found.push({ path, type, maxLength, isString, required: isNonNullType(type) });
  };
  for (const arg of field.args as readonly GraphQLArgument[]) visit(arg.type, [arg.name], limit(arg.extensions), 0);
  return found;
}

/** Input-object paths whose fields can be removed or added to (the objects inside the arguments). */
export function objectPaths(field: GraphQLField<unknown, unknown>): InputPath[] {
  const found: InputPath[] = [];
  const visit = (type: GraphQLInputType, path: InputPath, depth: number) => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return visit(nullable.ofType as GraphQLInputType, [...path, 0], depth);
    if (!isInputObjectType(nullable)) return;
    found.push(path);
    for (const inner of Object.values(nullable.getFields())) {
      if (depth < MAX_DEPTH || isNonNullType(inner.type)) visit(inner.type, [...path, inner.name], depth + 1);
    }
  };
  for (const arg of field.args) visit(arg.type, [arg.name], 0);
  return found;
}

/** A deep copy of `args` with the value at `path` replaced (or removed when `value` is the REMOVE marker). */
export const REMOVE = Symbol('remove');
export function withValueAt(args: Record<string, unknown>, path: InputPath, value: unknown): Record<string, unknown> {
  const copy = structuredClone(args);
  let parent: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === REMOVE) delete parent[last];
  else parent[last] = value;
  return copy;
}

export function valueAt(args: Record<string, unknown>, path: InputPath): unknown {
  let current: unknown = args;
  for (const step of path) current = (current as Record<string | number, unknown>)[step];
  return current;
}

export function printPath(path: InputPath): string {
  return path.reduce<string>((text, step, index) => (typeof step === 'number' ? `${text}[${step}]` : index === 0 ? step : `${text}.${step}`), '');
}
