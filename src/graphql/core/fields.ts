import type { GraphQLScalarType } from 'graphql';
import { Field, InputType, ObjectType } from 'type-graphql';

/**
 * A type's fields as a table (`name: field(String, 'description')`), from which both the GraphQL field and the
 * TypeScript property are derived, so that the two cannot disagree:
 *
 *   @ObjectType('Refund')
 *   export class RefundType extends objectFields(OperationRecordType, {
 *     paymentId: field(ID, 'The refunded payment (Payment.id).'),
 *     reason: nullable(String),
 *     scopes: field([String]),
 *   }) {}
 *
 * A field's GraphQL type is written as in type-graphql (String, Int, ID, Date, a class, a registered enum, `[T]` for a
 * list); nullable fields are `T | null` on object types and optional on input types. Fields keep the table's order,
 * after those of the base class. A field with extensions (e.g. `maxLength`, core/input-guard.ts) stays a decorated
 * property of its own class: type-graphql does not carry an inherited input field's extensions.
 */

/** What a field's type may be: a scalar, a class, an enum object from registerListEnum, or a one-element list of one. */
type TypeRef = StringConstructor | BooleanConstructor | DateConstructor | GraphQLScalarType | (abstract new () => object) | Record<string, string>;

/** The TypeScript type of the values of a field's GraphQL type. */
type ValueOf<G> = G extends readonly [infer Item]
  ? ValueOf<Item>[]
  : G extends StringConstructor
    ? string
    : G extends BooleanConstructor
      ? boolean
      : G extends DateConstructor
        ? Date
        : G extends GraphQLScalarType<infer V>
          ? object extends V
            ? Record<string, unknown> // a JSON object scalar
            : V
          : G extends abstract new () => infer I
            ? I
            : G extends Record<string, infer E>
              ? E
              : never;

/** One row of a field table: the GraphQL type, whether it is nullable, and the description. */
export interface FieldSpec<T, Null extends boolean> {
  readonly type: TypeRef | readonly [TypeRef];
  readonly nullable: Null;
  readonly description: string | undefined;
  /** Carries the value type for the table's mapped types; never set. */
  readonly value?: T;
}

type FieldTable = Record<string, FieldSpec<unknown, boolean>>;

/** A non-null field. */
export function field<G extends TypeRef | readonly [TypeRef]>(type: G, description?: string): FieldSpec<ValueOf<G>, false> {
  return { type, nullable: false, description };
}

/** A nullable field (on an input type: one the caller may leave out). */
export function nullable<G extends TypeRef | readonly [TypeRef]>(type: G, description?: string): FieldSpec<ValueOf<G>, true> {
  return { type, nullable: true, description };
}

type ValueOfSpec<S> = S extends FieldSpec<infer T, infer Null> ? (Null extends true ? T | null : T) : never;
type NullableKeys<F> = { [K in keyof F]: F[K] extends FieldSpec<unknown, true> ? K : never }[keyof F];

/** An object type's properties: every field present, nullable ones `T | null`. */
export type ObjectFieldsOf<F extends FieldTable> = { [K in keyof F]: ValueOfSpec<F[K]> };

/** An input type's properties: nullable fields may be left out. */
export type InputFieldsOf<F extends FieldTable> = { [K in Exclude<keyof F, NullableKeys<F>>]: ValueOfSpec<F[K]> } & {
  [K in NullableKeys<F>]?: ValueOfSpec<F[K]>;
};

function declareFields(target: object, table: FieldTable): void {
  for (const [name, spec] of Object.entries(table)) {
    const type = spec.type;
    Field(() => type, { nullable: spec.nullable, ...(spec.description === undefined ? {} : { description: spec.description }) })(target, name);
  }
}

function baseAndTable(baseOrTable: (abstract new () => object) | FieldTable, table: FieldTable | undefined): [abstract new () => object, FieldTable] {
  if (typeof baseOrTable === 'function') return [baseOrTable, table ?? {}];
  return [class {}, baseOrTable];
}

/**
 * The base of an object type whose fields are `table`, after those of `base` (if any). `simpleResolvers` belongs
 * here rather than on the subclass: type-graphql decides it where a field is declared.
 */
export function objectFields<F extends FieldTable>(table: F, options?: { simpleResolvers: boolean }): abstract new () => ObjectFieldsOf<F>;
export function objectFields<B extends object, F extends FieldTable>(base: abstract new () => B, table: F): abstract new () => B & ObjectFieldsOf<F>;
export function objectFields(
  baseOrTable: (abstract new () => object) | FieldTable,
  tableOrOptions?: FieldTable | { simpleResolvers: boolean },
): abstract new () => object {
  const [Base, fields, options] =
    typeof baseOrTable === 'function' ? [baseOrTable, tableOrOptions as FieldTable, {}] : [class {}, baseOrTable, tableOrOptions ?? {}];
  @ObjectType(options)
  abstract class ObjectFields extends Base {}
  declareFields(ObjectFields.prototype, fields);
  return ObjectFields;
}

/** The base of an input type whose fields are `table`, after those of `base` (if any). */
export function inputFields<F extends FieldTable>(table: F): abstract new () => InputFieldsOf<F>;
export function inputFields<B extends object, F extends FieldTable>(base: abstract new () => B, table: F): abstract new () => B & InputFieldsOf<F>;
export function inputFields(baseOrTable: (abstract new () => object) | FieldTable, table?: FieldTable): abstract new () => object {
  const [Base, fields] = baseAndTable(baseOrTable, table);
  @InputType()
  abstract class InputFields extends Base {}
  declareFields(InputFields.prototype, fields);
  return InputFields;
}
