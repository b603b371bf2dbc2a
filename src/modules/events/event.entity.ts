import { BigIntType, EntitySchema } from '@mikro-orm/core';
import { column } from '../../persistence/columns.js';
import { TenantRecord } from '../shared/aggregate-columns.js';

export const AGGREGATE_TYPES = ['AUTHORIZATION', 'PAYMENT', 'REFUND', 'DECLARATION', 'REGISTRATION', 'WEBHOOK_ENDPOINT', 'SCHEDULE'] as const;
export type AggregateType = (typeof AGGREGATE_TYPES)[number];

export const EVENT_TYPES = [
  'CREATED',
  'STATUS_CHANGED',
  'TOKEN_REFRESHED',
  'TOKEN_REVOKED',
  'REFUNDED',
  'ANOMALY',
  // Reliability engine: each step of a sync job, a job that gave up, a token refresh that failed.
  'SYNC_STEP',
  'SYNC_GAVE_UP',
  'TOKEN_REFRESH_FAILED',
  // An imported settlement/transaction report disagrees with this record, or an operator resolved that.
  'RECONCILIATION_DISCREPANCY',
  'RECONCILIATION_RESOLVED',
  // Outgoing webhooks: an endpoint was disabled by the delivery engine (410 Gone, or failing for too long).
  'WEBHOOK_ENDPOINT_DISABLED',
  // Recurring debits (aggregate SCHEDULE; cycle events carry cycleId and cycleNumber in the payload).
  'SCHEDULE_UPDATED',
  'CYCLE_DUE',
  'CYCLE_SKIPPED',
  'CHARGE_ATTEMPTED',
  'CHARGE_FAILED',
  'RETRY_SCHEDULED',
  'CYCLE_PAID',
  'CYCLE_FAILED',
  'CYCLE_CANCELLED',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Where the fact came from: our call's answer, an inquiry, an AMS notification, an operator, a background job. */
export const EVENT_SOURCES = ['RESPONSE', 'INQUIRY', 'NOTIFICATION', 'ADMIN', 'JOB', 'API'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

/**
 * One row of the append-only event log, written in the same transaction as the change it describes. The bigserial
 * id is the cursor readers resume from. Caveat for the subscription fan-out: ids are taken at insert, not at commit,
 * so two concurrent transactions can commit out of id order, and a reader that already moved past a larger id may
 * later see a smaller one appear. Per aggregate the order is exact (its transitions are serialised by the
 * conditional update); across aggregates a resuming reader should re-read a short window behind its cursor.
 * The payload never holds secrets (tokens, authCodes, keys): only ids, amounts, codes and reasons. `id` is the
 * bigint as a decimal string (exact beyond 2^53).
 */
export class GatewayEvent extends TenantRecord {
  aggregateType!: AggregateType;
  aggregateId!: string;
  type!: EventType;
  fromStatus: string | null = null;
  toStatus: string | null = null;
  payload: Record<string, unknown> = {};
  source!: EventSource;
  createdAt!: Date;
}

export const GatewayEventSchema = new EntitySchema<GatewayEvent>({
  class: GatewayEvent,
  tableName: 'events',
  indexes: [
    { name: 'events_merchant_id_id_index', properties: ['merchantId', 'id'] },
    { name: 'events_aggregate_index', properties: ['aggregateId', 'id'] },
    { name: 'events_merchant_id_aggregate_type_id_index', properties: ['merchantId', 'aggregateType', 'id'] },
  ],
  properties: {
    id: { type: new BigIntType('string'), columnType: 'bigint', primary: true, autoincrement: true },
    merchantId: column.text,
    aggregateType: column.text,
    aggregateId: column.text,
    type: column.text,
    fromStatus: column.optionalText,
    toStatus: column.optionalText,
    payload: column.json,
    source: column.text,
    createdAt: column.timestamp,
  },
});
