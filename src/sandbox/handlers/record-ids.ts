import type { Fields } from '../pipeline/fields.js';
import { ParamIllegal } from '../results.js';

/**
 * How an inquiry or a cancel names a record: by either of two ids (at most 64 characters), at least one required and
 * the first winning when both are given; `ignored` is a field the API accepts (checked for length) but does not use.
 */
export function recordNamedBy<F extends string>(fields: Fields, [first, second]: readonly [F, F], ignored: { name: string; max: number }): { by: F; id: string } {
  const firstId = fields.optString(first, 64);
  const secondId = fields.optString(second, 64);
  fields.optString(ignored.name, ignored.max);
  if (firstId !== undefined) return { by: first, id: firstId };
  if (secondId !== undefined) return { by: second, id: secondId };
  throw new ParamIllegal(first, `or ${second} is required`);
}
