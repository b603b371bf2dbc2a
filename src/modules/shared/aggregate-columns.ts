import { column } from '../../persistence/columns.js';

/**
 * Column definitions every operation table shares. Tenant, status with its reason and failure, the caller's
 * idempotency key with the hash of the input it came with, and timestamps.
 */
export function commonColumns() {
  return {
    id: column.id,
    merchantId: column.text,
    status: column.text,
    statusReason: column.optionalText,
    failureCode: column.optionalText,
    failureMessage: column.optionalText,
    idempotencyKey: column.optionalText,
    inputHash: column.text,
    createdAt: column.timestamp,
    updatedAt: column.timestamp,
  } as const;
}

/** The index behind a list filtered by status (with or without a created range): in id order, like the page. */
export function statusListIndex<E extends { merchantId: string; status: string; id: string }>(table: string) {
  return { name: `${table}_merchant_id_status_id_index`, properties: ['merchantId', 'status', 'id'] as Array<keyof E & string> };
}

/** The fields behind commonColumns(), for entity classes to extend. */
export abstract class OperationRecord<S extends string> {
  id!: string;
  merchantId!: string;
  status!: S;
  /** Why the record is not final yet (e.g. `U PAYMENT_IN_PROCESS`, `TIMEOUT`), cleared when it resolves. */
  statusReason: string | null = null;
  /** AMS result code (or NOT_SENT) of a failure; with `failureMessage`. */
  failureCode: string | null = null;
  failureMessage: string | null = null;
  idempotencyKey: string | null = null;
  inputHash!: string;
  createdAt!: Date;
  updatedAt!: Date;
}
