/**
 * The Postgres NOTIFY channel that wakes every gateway instance when events commit. The payload is only the merchant
 * id (NOTIFY payloads are capped at 8000 bytes, and delivery order is settled by the sequencer, not by the payload).
 */
export const EVENTS_CHANNEL = 'agw_events';

/**
 * Run once per event-writing transaction, before its first event insert:
 * - `pg_current_xact_id()` makes sure the transaction has its xid BEFORE the event's bigserial id is drawn. The
 *   sequencer (event-sequencer.ts) relies on that: any id it can see in the sequence belongs to a transaction that
 *   is either finished or shows its xid in pg_stat_activity when listed afterwards.
 * - `pg_notify` is queued in the transaction, so it is delivered exactly when (and only if) the transaction commits.
 */
export const BEFORE_FIRST_EVENT_SQL = `select pg_current_xact_id()::text as xid, pg_notify('${EVENTS_CHANNEL}', ?) as notified`;
