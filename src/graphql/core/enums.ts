import { registerEnumType } from 'type-graphql';

/** Turns a `const` list of codes into the enum object type-graphql registers. */
export function enumFromList<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export function registerListEnum<T extends string>(
  values: readonly T[],
  name: string,
  description: string,
): { [K in T]: K } {
  const enumObject = enumFromList(values);
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
