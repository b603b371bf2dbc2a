import type { Sql } from '../../persistence/sql-pool.js';
import type { EventLog } from '../events/event-log.js';
import type { PayingAuthorization } from './pay-request.js';
import type { PayDetails } from './payment-inputs.js';
import { committedEvent, EVENT_INSERT_COLUMNS } from '../shared/first-transition.js';
import type { Payment } from './payment.entity.js';

export interface PayIntent extends PayDetails {
  id: string;
  merchantId: string;
  authorizationId: string;
  paymentRequestId: string;
  amountValue: string;
  currency: string;
  referenceOrderId: string;
  orderDescription: string;
  idempotencyKey: string | null;
  inputHash: string;
  now: Date;
}

interface IntentRow {
  event_id: string;
  customer_belongs_to: string;
  auth_client_id: string | null;
  access_token_encrypted: string;
}

/**
 * Persist-first for pay in ONE statement (one round trip, one commit): read the merchant's authorization, insert the
 * PENDING payment only if that authorization can pay now (ACTIVE, with a token not known to be expired), and append
 * the CREATED event — the same facts createOnce + insertCreated write through the ORM in three round trips.
 *
 * `on conflict do nothing` covers a reused idempotency key or paymentRequestId. Whenever nothing was inserted (that,
 * or an authorization that is missing, inactive or expired) this returns null and pay takes the general path, which
 * answers with the replay, the mismatch or the refusal exactly as before — the fast path only ever does the plain
 * "new payment" case.
 *
 * The event id is drawn from rows the payment insert returned, so after the insert gave the transaction its xid
 * (the event sequencer's rule, event-channel.ts).
 */
const INTENT_SQL =
  `with a as (select id, status, access_token_expires_at, customer_belongs_to, auth_client_id, access_token_encrypted ` +
  `from authorizations where id = $1 and merchant_id = $2), ` +
  `p as (insert into payments (id, merchant_id, status, idempotency_key, input_hash, created_at, updated_at, authorization_id, ` +
  `payment_request_id, amount_value, currency, payment_method_type, reference_order_id, order_description, ` +
  `merchant_region, user_region, settlement_currency, payment_expiry_time, order_details) ` +
  `select $3, $2, 'PENDING', $4, $5, $6, $6, a.id, $7, $8, $9, a.customer_belongs_to, $10, $11, $13, $14, $15, $16, $17::jsonb from a ` +
  `where a.status = 'ACTIVE' and a.access_token_encrypted is not null and (a.access_token_expires_at is null or a.access_token_expires_at > $6) ` +
  `on conflict do nothing returning id, merchant_id), ` +
  `e as (insert into events (${EVENT_INSERT_COLUMNS}) select nextval('events_id_seq'), p.merchant_id, 'PAYMENT', p.id, 'CREATED', null, 'PENDING', $12::jsonb, 'API', $6 from p returning id::text as event_id) ` +
  `select e.event_id, a.customer_belongs_to, a.auth_client_id, a.access_token_encrypted from e cross join a`;

/** The payment (PENDING, committed, CREATED event announced) and its authorization, or null: take the general path. */
export async function insertPayIntent(
  sql: Sql,
  events: EventLog,
  intent: PayIntent,
): Promise<{ record: Payment; authorization: PayingAuthorization } | null> {
  const payload = { paymentRequestId: intent.paymentRequestId, amount: { value: intent.amountValue, currency: intent.currency } };
  const rows = await sql.query<IntentRow>({
    text: INTENT_SQL,
    values: [
      intent.authorizationId,
      intent.merchantId,
      intent.id,
      intent.idempotencyKey,
      intent.inputHash,
      intent.now,
      intent.paymentRequestId,
      intent.amountValue,
      intent.currency,
      intent.referenceOrderId,
      intent.orderDescription,
      JSON.stringify(payload),
      intent.merchantRegion,
      intent.userRegion,
      intent.settlementCurrency,
      intent.paymentExpiryTime,
      intent.orderDetails === null ? null : JSON.stringify(intent.orderDetails),
    ],
  });
  const row = rows[0];
  if (!row) return null;
  // Plain objects of the entity shapes: constructing the entity classes runs the ORM's property setters, which cost
  // more than the rest of this function (the objects are only read: GraphQL mapping and the pay request).
  const record: Payment = {
    id: intent.id,
    merchantId: intent.merchantId,
    status: 'PENDING',
    statusReason: null,
    failureCode: null,
    failureMessage: null,
    idempotencyKey: intent.idempotencyKey,
    inputHash: intent.inputHash,
    createdAt: intent.now,
    updatedAt: intent.now,
    authorizationId: intent.authorizationId,
    paymentRequestId: intent.paymentRequestId,
    amsPaymentId: null,
    amountValue: intent.amountValue,
    currency: intent.currency,
    paymentMethodType: row.customer_belongs_to,
    referenceOrderId: intent.referenceOrderId,
    orderDescription: intent.orderDescription,
    paymentTime: null,
    cancelTime: null,
    cancelRequestedAt: null,
    merchantRegion: intent.merchantRegion,
    userRegion: intent.userRegion,
    settlementCurrency: intent.settlementCurrency,
    paymentExpiryTime: intent.paymentExpiryTime,
    orderDetails: intent.orderDetails,
    userAction: null,
    pspCustomerInfo: null,
    customsDeclarationAmount: null,
  };
  // Only what the pay request needs (payRequestFor): the id (the token's encryption context) and the secrets.
  const authorization = {
    id: intent.authorizationId,
    merchantId: intent.merchantId,
    customerBelongsTo: row.customer_belongs_to,
    authClientId: row.auth_client_id,
    accessTokenEncrypted: row.access_token_encrypted,
  };
  events.announceCommitted([
    committedEvent(
      {
        merchantId: intent.merchantId,
        aggregateType: 'PAYMENT',
        aggregateId: intent.id,
        type: 'CREATED',
        fromStatus: null,
        toStatus: 'PENDING',
        payload,
        source: 'API',
        createdAt: intent.now,
      },
      row.event_id,
    ),
  ]);
  return { record, authorization };
}
