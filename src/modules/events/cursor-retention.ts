import type { Sql } from '../../persistence/sql-pool.js';
import { CursorExpiredError } from '../errors.js';

/**
 * Refuses a resume cursor behind what retention removed (modules/retention/): the largest removed event id of the
 * merchant (of any merchant for an admin watching all) is at or below every cursor that can still resume with no gap.
 */
export async function assertCursorRetained(sql: Sql, merchantId: string | null, afterId: string, argument = 'after'): Promise<void> {
  const [row] = await sql.query<{ pruned: string | null }>(
    merchantId === null
      ? { text: `select max(pruned_through)::text as pruned from event_retention_marks`, values: [] }
      : { text: `select pruned_through::text as pruned from event_retention_marks where merchant_id = $1`, values: [merchantId] },
  );
  if (row?.pruned && BigInt(afterId) < BigInt(row.pruned)) throw new CursorExpiredError(argument, row.pruned);
}
