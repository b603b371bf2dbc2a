import type { EntityTables } from '../../persistence/entity-tables.js';
import { InboxEntry } from './inbox.entity.js';

/** SQL expressions for a first delivery's inbox row (its delivery count is 1). */
export type InboxExpressions = Record<Exclude<keyof InboxEntry, 'deliveries'>, string>;

/** Request times are kept as sent, up to this length (AMS sends an ISO date-time; anything longer is not one). */
const REQUEST_TIME_MAX = 64;

export function storedRequestTime(requestTime: string): string {
  return requestTime.slice(0, REQUEST_TIME_MAX);
}

/**
 * The insert of a notification's first delivery, for the general path (values as parameters) and the batched fast
 * path (values from its CTEs, `from`). A delivery whose identity is already in the inbox inserts nothing: the
 * unique (merchant, kind, identity) key decides, never a prior read.
 */
export function inboxInsertSql(tables: EntityTables, values: InboxExpressions, from?: string): string {
  const inbox = tables.of(InboxEntry);
  const insert = inbox.insertSelect({ ...values, deliveries: '1' });
  const identity = ['merchantId', 'kind', 'identity'].map((property) => inbox.column(property)).join(', ');
  return `${insert}${from ? ` from ${from}` : ''} on conflict (${identity}) do nothing`;
}
