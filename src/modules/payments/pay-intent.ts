import type { EntityTables } from '../../persistence/entity-tables.js';
import { Authorization } from '../authorizations/authorization.entity.js';
import { committedEvent, eventInsertSql } from '../events/event-insert.js';
import type { StatementDeps } from '../shared/operation-deps.js';
import { payEligibleSql } from './pay-eligibility.js';
import type { PayingAuthorization } from './pay-request.js';
import type { PayDetails } from './payment-inputs.js';
import { Payment } from './payment.entity.js';

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

/**
 * The PENDING payment an intent creates, whichever path stores it. A plain object of the entity's shape:
 * constructing the entity class runs the ORM's property setters, which cost more than the fast path's whole work
 * (the general path assigns it onto a `new Payment()`).
 */
export function pendingPayment(intent: PayIntent, paymentMethodType: string): Payment {
  return {
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
    paymentMethodType,
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
}

/** The CREATED event's payload of a payment. */
export function createdPayload(payment: Pick<Payment, 'paymentRequestId' | 'amountValue' | 'currency'>): Record<string, unknown> {
  return { paymentRequestId: payment.paymentRequestId, amount: { value: payment.amountValue, currency: payment.currency } };
}

/** Properties of the payment that come from its authorization's row instead of a parameter. */
const FROM_AUTHORIZATION: Partial<Record<keyof Payment, keyof Authorization>> = { paymentMethodType: 'customerBelongsTo' };

/** What the pay request needs of the authorization (pay-request.ts), read by the same statement. */
const AUTHORIZATION_READ = ['id', 'customerBelongsTo', 'authClientId', 'accessTokenEncrypted', 'status', 'accessTokenExpiresAt'] as const;

const parameterKeys = (keys: readonly string[]) => keys.filter((key) => !FROM_AUTHORIZATION[key as keyof Payment]);

interface IntentRow {
  event_id: string;
  customer_belongs_to: string;
  auth_client_id: string | null;
  access_token_encrypted: string;
}

/**
 * Parameters: $1 authorization id, $2 merchant id, $3 the request's time, $4 the event payload, then the payment's
 * properties in `keys` order (those not read from the authorization). Built from the entities' mappings and the pay rule (pay-eligibility.ts).
 */
function intentSql(tables: EntityTables, keys: readonly string[]): string {
  const payments = tables.of(Payment);
  const authorizations = tables.of(Authorization);
  const a = (property: string) => `a.${authorizations.column(property)}`;
  const parameters = parameterKeys(keys);
  const values = Object.fromEntries(
    keys.map((key) => {
      const source = FROM_AUTHORIZATION[key as keyof Payment];
      return [key, source ? a(source) : `$${5 + parameters.indexOf(key)}::${payments.sqlType(key)}`];
    }),
  );
  const read = AUTHORIZATION_READ.map((property) => authorizations.column(property)).join(', ');
  const event = eventInsertSql(
    tables,
    {
      merchantId: 'p.merchant_id',
      aggregateType: "'PAYMENT'",
      aggregateId: 'p.id',
      type: "'CREATED'",
      fromStatus: 'null',
      toStatus: `p.${payments.column('status')}`,
      payload: '$4::jsonb',
      source: "'API'",
      createdAt: '$3::timestamptz',
    },
    'p',
  );
  return (
    `with a as (select ${read} from ${authorizations.table} where ${authorizations.column('id')} = $1 and ${authorizations.column('merchantId')} = $2), ` +
    `p as (${payments.insertSelect(values)} from a where ${payEligibleSql(a, '$3::timestamptz')} ` +
    `on conflict do nothing returning ${payments.column('id')} as id, ${payments.column('merchantId')} as merchant_id, ${payments.column('status')}), ` +
    `e as (${event}) ` +
    `select e.event_id, ${a('customerBelongsTo')} as customer_belongs_to, ${a('authClientId')} as auth_client_id, ${a('accessTokenEncrypted')} as access_token_encrypted from e cross join a`
  );
}

/**
 * Persist-first for pay in ONE statement (one round trip, one commit): read the merchant's authorization, insert the
 * PENDING payment only if that authorization can pay now (the pay rule, pay-eligibility.ts), and append the CREATED
 * event — the same rows createOnce + insertCreated write through the ORM in three round trips.
 *
 * `on conflict do nothing` covers a reused idempotency key or paymentRequestId. Whenever nothing was inserted (that,
 * or an authorization that is missing or cannot pay) this returns null and pay takes the general path, which
 * answers with the replay, the mismatch or the refusal: the fast path only ever does the plain "new payment" case.
 */
export async function insertPayIntent(deps: StatementDeps, intent: PayIntent): Promise<{ record: Payment; authorization: PayingAuthorization } | null> {
  const payments = deps.tables.of(Payment);
  const record = pendingPayment(intent, '');
  const payload = createdPayload(record);
  const keys = Object.keys(record);
  const text = deps.tables.statement(`pay-intent:${keys.join(',')}`, (tables) => intentSql(tables, keys));
  const rows = await deps.sql.query<IntentRow>({
    text,
    values: [
      intent.authorizationId,
      intent.merchantId,
      intent.now,
      JSON.stringify(payload),
      ...parameterKeys(keys).map((key) => payments.parameter(key, record[key as keyof Payment])),
    ],
  });
  const row = rows[0];
  if (!row) return null;
  record.paymentMethodType = row.customer_belongs_to;
  // Only what the pay request needs (payRequestFor): the id (the token's encryption context) and the secrets.
  const authorization = {
    id: intent.authorizationId,
    merchantId: intent.merchantId,
    customerBelongsTo: row.customer_belongs_to,
    authClientId: row.auth_client_id,
    accessTokenEncrypted: row.access_token_encrypted,
  };
  deps.events.announceCommitted([
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
