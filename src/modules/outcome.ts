/**
 * What a service returns for problems the caller can fix (design.md, errors §2): data, not exceptions.
 * `C` is the module's closed error-code enum; the GraphQL payload maps it one to one.
 */
export interface Problem<C extends string> {
  code: C;
  /** The input field at fault, as named in the GraphQL input (null when it is about the whole request). */
  field: string | null;
  message: string;
}

export type Outcome<T, C extends string> = { ok: true; value: T } | { ok: false; errors: Problem<C>[] };

export function succeed<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<C extends string>(...errors: Problem<C>[]): { ok: false; errors: Problem<C>[] } {
  return { ok: false, errors };
}

export function problem<C extends string>(code: C, field: string | null, message: string): Problem<C> {
  return { code, field, message };
}
