/**
 * The Postgres NOTIFY channel that wakes every gateway instance when events commit. The payload is only the merchant
 * id (NOTIFY payloads are capped at 8000 bytes, and delivery order is settled by the sequencer, not by the payload).
 */
export const EVENTS_CHANNEL = 'agw_events';

/**
 * Run once per event-writing transaction, before its first event insert: `pg_current_xact_id()` makes sure the
 * transaction has its xid BEFORE the event's bigserial id is drawn. The sequencer (event-sequencer.ts) relies on
 * that: any id it can see in the sequence belongs to a transaction that is either finished or shows its xid in
 * pg_stat_activity when listed afterwards.
 *
 * The NOTIFY is not queued in the transaction any more (see commit-notifier.ts): Postgres serialises the commits of
 * all notifying transactions of a database under one lock held across the commit's WAL flush, which disabled group
 * commit and capped the whole gateway at one durable commit at a time. A wake-up is only a hint (pg-listener.ts has a
 * safety timer), so it is sent after the commit, coalesced, by CommitNotifier.
 */
export const BEFORE_FIRST_EVENT_SQL = `select pg_current_xact_id()::text as xid`;

/** The wake-up for other instances, with a merchant id (or '*' for several) as payload; `$1` placeholder. */
export const NOTIFY_EVENTS_SQL = `select pg_notify('${EVENTS_CHANNEL}', $1)`;
