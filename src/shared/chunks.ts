/**
 * Splits a list into slices of at most `size`, so that big IN lists and multi-row inserts become several statements
 * of bounded size (MikroORM inlines the values into the SQL text: one statement per 10 MiB report would be huge).
 */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
