import type { EntityManager } from '@mikro-orm/postgresql';
import type { Sandbox } from '../../src/sandbox/index.js';
import { SeededRandom } from '../../src/sandbox/rng.js';
import type { TestGateway } from './gateway.js';
import type { TestMerchant } from './notify-env.js';

/** ~10% of calls hit a fault, spread over the kinds the brief names; notifications dropped, duplicated, reordered. */
export function injectChaos(sandbox: Sandbox, clientId: string, seed: number): void {
  sandbox.seedFaults(seed);
  for (const api of ['pay', 'refund', 'inquiryPayment', 'inquiryRefund', 'cancel'] as const) {
    sandbox.addFault({ kind: 'timeout', api, probability: 0.03, clientId, delayMs: 700 });
    sandbox.addFault({ kind: 'http5xx', api, probability: 0.03, clientId });
    sandbox.addFault({ kind: 'reset', api, probability: 0.02, clientId });
    sandbox.addFault({ kind: 'unknown', api, probability: 0.02, clientId });
  }
  for (const api of ['notifyPayment', 'notifyRefund'] as const) {
    // With notificationRetries 'never', a refused (badly signed) delivery is a dropped notification.
    sandbox.addFault({ kind: 'badNotificationSignature', api, probability: 0.1 });
    sandbox.addFault({ kind: 'duplicateNotification', api, probability: 0.1 });
    sandbox.addFault({ kind: 'reorderNotification', api, probability: 0.1, delayMs: 150 });
  }
}

const PAY = `mutation($input: PayInput!) { pay(input: $input) { payment { id status amount { value } } errors { code message } } }`;
const REFUND = `mutation($input: RefundInput!) { refund(input: $input) { refund { id status } errors { code message } } }`;

/** Sandbox scenario endings (src/sandbox/README.md): S, F, U→S, U→F, U until expiry, U unknown, F risk. */
const PAY_ENDINGS = ['00', '00', '00', '00', '01', '02', '03', '04', '05', '06'];
const REFUND_ENDINGS = ['00', '00', '12', '13', '11'];

export interface DriveResult {
  payments: number;
  refunds: number;
  errors: string[];
}

/** Drives `count` payments (and refunds of the immediately successful ones) through GraphQL, `concurrency` at a time. */
export async function driveTraffic(
  gw: Pick<TestGateway, 'gql'>,
  merchant: Pick<TestMerchant, 'merchantKey'>,
  authorizationId: string,
  count: number,
  concurrency: number,
  seed: number,
): Promise<DriveResult> {
  const rng = new SeededRandom(seed);
  const plan = Array.from({ length: count }, (_, i) => ({
    i,
    ending: PAY_ENDINGS[Math.floor(rng.next() * PAY_ENDINGS.length)]!,
    refunds: rng.next() < 0.5 ? (rng.next() < 0.3 ? 2 : 1) : 0,
    refundEndings: [REFUND_ENDINGS[Math.floor(rng.next() * REFUND_ENDINGS.length)]!, REFUND_ENDINGS[Math.floor(rng.next() * REFUND_ENDINGS.length)]!],
  }));
  const result: DriveResult = { payments: 0, refunds: 0, errors: [] };
  let next = 0;
  const worker = async () => {
    while (next < plan.length) {
      const item = plan[next++]!;
      const value = String(10_000 + item.i * 100).slice(0, -2) + item.ending;
      const r = await gw
        .gql<{ pay: { payment: { id: string; status: string } | null; errors: Array<{ code: string }> } }>(
          PAY,
          { input: { authorizationId, amount: { currency: 'PHP', value }, orderDescription: 'chaos', referenceOrderId: `chaos_${seed}_${item.i}` } },
          merchant.merchantKey,
        )
        .catch((error: unknown) => ({ body: { data: undefined }, raw: `request failed: ${String(error)}` }));
      const payment = r.body.data?.pay.payment;
      if (!payment) {
        result.errors.push(r.raw.slice(0, 300));
        continue;
      }
      result.payments += 1;
      if (payment.status !== 'SUCCEEDED') continue;
      // Partial refunds (the first always partial; a second one for some), never more than paid.
      const amounts = [`40${item.refundEndings[0]}`, `30${item.refundEndings[1]}`].slice(0, item.refunds);
      for (const amount of amounts) {
        const rr = await gw
          .gql<{ refund: { refund: { id: string } | null; errors: Array<{ code: string }> } }>(
            REFUND,
            { input: { paymentId: payment.id, amount: { currency: 'PHP', value: amount } } },
            merchant.merchantKey,
          )
          .catch((error: unknown) => ({ body: { data: undefined }, raw: `request failed: ${String(error)}` }));
        if (rr.body.data?.refund.refund) result.refunds += 1;
        else result.errors.push(rr.raw.slice(0, 300));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}

const UNRESOLVED_SQL = `select (select count(*) from payments where status in ('PENDING','PROCESSING')
                                                          or (status = 'SUCCEEDED' and cancel_requested_at is not null))::int
                             + (select count(*) from refunds where status in ('PENDING','PROCESSING'))::int as n`;

/** Polls until `check` returns a value (kept here so the bench can use this file outside vitest). */
async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs SQL on the gateway's database: through the in-process ORM, or a plain pg client (crash test). */
export type Query = (sql: string) => Promise<Array<Record<string, unknown>>>;

export function ormQuery(em: EntityManager): Query {
  return (sql) => em.getConnection().execute(sql, [], 'all');
}

/** Polls the database until no payment or refund is unresolved. */
export async function waitForQuiescence(query: Query, timeoutMs: number): Promise<number> {
  const started = Date.now();
  await waitFor(
    async () => {
      const rows = (await query(UNRESOLVED_SQL)) as Array<{ n: number }>;
      return rows[0]?.n === 0 ? true : undefined;
    },
    timeoutMs,
    'every payment and refund resolved',
  );
  return Date.now() - started;
}

const AMS_PAYMENT: Record<string, string> = { SUCCEEDED: 'SUCCESS', FAILED: 'FAIL', CANCELLED: 'CANCELLED' };
const AMS_REFUND: Record<string, string> = { SUCCEEDED: 'SUCCESS', FAILED: 'FAIL' };

export interface InvariantReport {
  payments: number;
  refunds: number;
  mismatches: string[];
  notAtAms: number;
}

/**
 * The promise, checked against the sandbox's ground truth: every payment/refund final and equal to AMS; the
 * paymentRequestId ↔ sandbox payment mapping one to one; one that AMS never saw is FAILED (NOT_SENT / ORDER_NOT_EXIST).
 */
export async function checkInvariants(query: Query, sandbox: Sandbox, clientId: string): Promise<InvariantReport> {
  const payments = (await query(`select id, payment_request_id, status, failure_code from payments`)) as Array<{
    id: string;
    payment_request_id: string;
    status: string;
    failure_code: string | null;
  }>;
  const refunds = (await query(`select r.id, r.refund_request_id, r.status, r.failure_code, p.payment_request_id from refunds r join payments p on p.id = r.payment_id`)) as Array<{
    id: string;
    refund_request_id: string;
    status: string;
    failure_code: string | null;
    payment_request_id: string;
  }>;
  const truth = sandbox.payments(clientId);
  const mismatches: string[] = [];
  const byRequest = new Map<string, (typeof truth)[number]>();
  for (const p of truth) {
    if (byRequest.has(p.paymentRequestId)) mismatches.push(`sandbox has two payments for ${p.paymentRequestId}`);
    byRequest.set(p.paymentRequestId, p);
  }
  const gatewayRequests = new Set(payments.map((p) => p.payment_request_id));
  if (gatewayRequests.size !== payments.length) mismatches.push('two gateway payments share a paymentRequestId');
  for (const p of truth) if (!gatewayRequests.has(p.paymentRequestId)) mismatches.push(`sandbox payment ${p.paymentRequestId} has no gateway payment`);
  let notAtAms = 0;
  for (const p of payments) {
    const ams = byRequest.get(p.payment_request_id);
    if (!ams) {
      notAtAms += 1;
      if (p.status !== 'FAILED') mismatches.push(`payment ${p.id} ${p.status} but unknown to AMS`);
      continue;
    }
    if (AMS_PAYMENT[p.status] !== ams.status) mismatches.push(`payment ${p.id}: gateway ${p.status}, AMS ${ams.status}`);
  }
  const amsRefunds = new Map(truth.flatMap((p) => p.refunds.map((r) => [r.refundRequestId, r] as const)));
  for (const r of refunds) {
    const ams = amsRefunds.get(r.refund_request_id);
    if (!ams) {
      if (r.status !== 'FAILED') mismatches.push(`refund ${r.id} ${r.status} but unknown to AMS`);
      continue;
    }
    if (AMS_REFUND[r.status] !== ams.status) mismatches.push(`refund ${r.id}: gateway ${r.status}, AMS ${ams.status}`);
  }
  const gatewayRefunds = new Set(refunds.map((r) => r.refund_request_id));
  for (const id of amsRefunds.keys()) if (!gatewayRefunds.has(id)) mismatches.push(`sandbox refund ${id} has no gateway refund`);
  return { payments: payments.length, refunds: refunds.length, mismatches, notAtAms };
}

/** Status-changing events of the log, in id order. */
export async function transitionEvents(query: Query): Promise<Array<{ id: string; aggregate_id: string; to_status: string }>> {
  return (await query(`select id::text as id, aggregate_id, to_status, source from events where type in ('CREATED','STATUS_CHANGED') and aggregate_type in ('PAYMENT','REFUND') order by events.id`)) as Array<{
    id: string;
    aggregate_id: string;
    to_status: string;
  }>;
}
