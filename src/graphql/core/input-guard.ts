import {
  GraphQLError,
  Kind,
  coerceInputValue,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  typeFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Longest string any input accepts unless its field says otherwise with `@Extensions({ maxLength })` (see
 * `maxLength` below). AMS's own free-text and URL fields stop at 2048; a field that legitimately takes more (a PEM
 * key, a report file) declares it where it is defined.
 */
export const DEFAULT_MAX_STRING_LENGTH = 2048;

/** The extension key a field or argument sets to change its limit: `@Extensions(maxLength(16_384))`. */
export function maxLength(characters: number): { maxLength: number } {
  return { maxLength: characters };
}

const NULL_CHARACTER = '\u0000';

/** Problems a caller can recognise without the value being repeated (it may be a key, a token, a certificate no.). */
const SAFE_COERCION_MESSAGES = [
  /^Expected non-nullable type "[^"]+" not to be null\.$/,
  /^Expected type "[^"]+" to be an object\.$/,
  /^Field "[^"]+" of required type "[^"]+" was not provided\.$/,
  /^Field "[^"]+" is not defined by type "[^"]+"\.( Did you mean "[^"]+"( or "[^"]+")*\?| Did you mean ("[^"]+", )+(or )?"[^"]+"\?)?$/,
  /^Expected type "[^"]+"\.$/,
];

function describe(type: GraphQLInputType): string {
  return String(type);
}

/** The input type reached by following `path` (object field names and list indexes) from `type`. */
function typeAt(type: GraphQLInputType, path: readonly (string | number)[]): GraphQLInputType {
  let current: GraphQLInputType = type;
  for (const step of path) {
    const nullable = getNullableType(current);
    if (typeof step === 'number' && isListType(nullable)) current = nullable.ofType as GraphQLInputType;
    else if (typeof step === 'string' && isInputObjectType(nullable)) {
      const field = nullable.getFields()[step];
      if (!field) return current;
      current = field.type;
    }
  }
  return current;
}

function printPath(root: string, path: readonly (string | number)[]): string {
  return path.reduce<string>((text, step) => (typeof step === 'number' ? `${text}[${step}]` : `${text}.${step}`), root);
}

/**
 * Coerces the operation's variables as graphql-js will, but words every problem itself: graphql-js repeats the whole
 * offending value in its messages (`Variable "$input" got invalid value { merchantPrivateKey: "…" }`), which would
 * send secrets back and into logs. Each message names the variable path and the problem, never the value.
 */
function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown>,
  problems: string[],
): Record<string, unknown> | undefined {
  const coerced: Record<string, unknown> = {};
  const before = problems.length;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue; // an unknown type is a validation error graphql-js has already reported
    if (!Object.prototype.hasOwnProperty.call(inputs, name)) {
      if (!definition.defaultValue && isNonNullType(type)) problems.push(`Variable "$${name}" of required type "${describe(type)}" was not provided.`);
      continue;
    }
    const value = inputs[name];
    if (value === null && isNonNullType(type)) {
      problems.push(`Variable "$${name}" of non-null type "${describe(type)}" must not be null.`);
      continue;
    }
    coerced[name] = coerceInputValue(value, type, (path, _invalid, error) => {
      const safe = SAFE_COERCION_MESSAGES.some((pattern) => pattern.test(error.message));
      const problem = safe ? error.message : `Expected a value of type "${describe(typeAt(type, path))}".`;
      problems.push(`Variable "$${name}" at "${printPath(name, path)}": ${problem} (the value is not repeated)`);
    });
  }
  return problems.length > before ? undefined : coerced;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  problems: string[];
}

function limitOf(extensions: { readonly [key: string]: unknown } | null | undefined): number {
  const limit = extensions?.maxLength;
  return typeof limit === 'number' ? limit : DEFAULT_MAX_STRING_LENGTH;
}

function checkString(text: string, where: string, limit: number, problems: string[]): void {
  if (text.includes(NULL_CHARACTER)) problems.push(`${where} must not contain the null character (U+0000).`);
  if (text.length > limit) problems.push(`${where} is ${text.length} characters long; at most ${limit} are allowed.`);
}

/** Every string in a JSON-ish scalar value (keys and values), with the limit of the field that holds it. */
function checkLooseValue(value: unknown, where: string, limit: number, problems: string[]): void {
  if (typeof value === 'string') checkString(value, where, limit, problems);
  else if (Array.isArray(value)) value.forEach((item, index) => checkLooseValue(item, `${where}[${index}]`, limit, problems));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      checkString(key, where, limit, problems);
      checkLooseValue(item, `${where}.${key}`, limit, problems);
    }
  }
}

function checkValue(value: unknown, type: GraphQLInputType, where: string, limit: number, problems: string[]): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, index) => checkValue(item, nullable.ofType as GraphQLInputType, `${where}[${index}]`, limit, problems));
    return;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) checkValue(item, field.type, `${where}.${name}`, limitOf(field.extensions), problems);
    }
    return;
  }
  checkLooseValue(value, where, limit, problems);
}

function checkSelections(walk: Walk, parent: GraphQLNamedType | undefined, set: SelectionSetNode | undefined, seen: Set<string>): void {
  if (!set) return;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value] : undefined;
      if (!field) continue;
      if (field.args.length > 0) {
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, selection, walk.variables);
        } catch {
          continue; // a literal of the wrong type: validation reports it, with its own (redacted) message
        }
        const found: string[] = [];
        for (const arg of field.args) {
          if (arg.name in args) checkValue(args[arg.name], arg.type, arg.name, limitOf(arg.extensions), found);
        }
        walk.problems.push(...found.map((problem) => `${field.name}: ${problem}`));
      }
      checkSelections(walk, getNamedType(field.type), selection.selectionSet, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      checkSelections(walk, typeName ? (walk.schema.getType(typeName) ?? undefined) : parent, selection.selectionSet, seen);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      checkSelections(walk, walk.schema.getType(fragment.typeCondition.name.value) ?? undefined, fragment.selectionSet, new Set([...seen, name]));
    }
  }
}

/** A refusal before anything runs: HTTP 400 like graphql-js's own variable errors, code BAD_USER_INPUT. */
function inputError(problems: readonly string[]): GraphQLError {
  return new GraphQLError(problems.join(' '), { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/**
 * The one input rule for every operation, over HTTP and graphql-ws, checked after validation and before anything
 * executes: variables are coerced with messages that never repeat a value, and every string reaching any field
 * argument — in variables or written in the document, at any depth of an input object — is refused when it holds
 * U+0000 (Postgres text cannot store it) or is longer than its field's limit. Fields added later are covered
 * without being listed anywhere. Throws a BAD_USER_INPUT error naming each offending field.
 */
export function guardOperationInputs(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  const problems: string[] = [];
  const coerced = coerceVariables(schema, operation, variables, problems);
  if (!coerced) throw inputError(problems);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = schema.getRootType(operation.operation) ?? undefined;
  checkSelections({ schema, fragments, variables: coerced, problems }, root, operation.selectionSet, new Set());
  if (problems.length > 0) throw inputError(problems);
}
