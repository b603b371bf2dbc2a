/**
 * The pay path's statement budget, counted where every pool of the gateway sends its statements (the pg driver's
 * `Client#query`, observed, not replaced): a plain pay is its two rate-limit counts, the intent and the outcome; the
 * sandbox's notification of the payment the pay answer already settled is one rate-limit count and the batched
 * statement. A change that sends the common case back to the ORM's transactions (ten statements for a pay, seven for
 * the repeated notification) fails here, not only in a bench. Background work (event sequencer, webhook fan-out,
 * wake-ups) is left out by what it touches; jobs are off.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import type { TestGateway } from '../../helpers/gateway.js';
import { activeAuthorization, onboardMerchant, pay, startNotifyGateway, waitFor, type TestMerchant } from '../../helpers/notify-env.js';

let sandbox: Sandbox;
let gw: TestGateway;
let shop: TestMerchant;
let authorizationId: string;
let recording: string[] | null = null;
const PROBE = '/* statement-budget probe */';
const originalQuery = pg.Client.prototype.query;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001 });
  gw = await startNotifyGateway({ JOBS_ENABLED: 'false' });
  shop = await onboardMerchant(gw, sandbox, 'Budget shop');
  authorizationId = await activeAuthorization(gw, sandbox, shop);
  (pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : (first?.text ?? '');
    if (recording && !text.startsWith(PROBE)) recording.push(text.replace(/\s+/g, ' ').trim());
    return (originalQuery as (...x: unknown[]) => unknown).apply(this, args);
  };
});
afterAll(async () => {
  pg.Client.prototype.query = originalQuery;
  await gw?.close();
  await sandbox?.close();
});

const inboxOutcome = async (paymentId: string): Promise<string | undefined> => {
  const rows = await gw.gateway.orm.em
    .getConnection()
    .execute<Array<{ outcome: string }>>(`${PROBE} select outcome from notification_inbox where aggregate_id = ?`, [paymentId], 'all');
  return rows[0]?.outcome;
};

/** One pay and its notification, with the statements sent meanwhile. */
async function payAndItsNotification(): Promise<{ statements: string[]; outcome: string }> {
  const statements: string[] = [];
  recording = statements;
  try {
    const placed = await pay(gw, shop, authorizationId, '1000');
    expect(placed.payment?.status).toBe('SUCCEEDED');
    const outcome = await waitFor(() => inboxOutcome(placed.payment!.id), 10_000, 'the notification in the inbox');
    return { statements, outcome };
  } finally {
    recording = null;
  }
}

it('a plain pay and its notification: 3 rate-limit counts, 3 statements on payments, no ORM transaction', async () => {
  await payAndItsNotification(); // caches (API key, merchant defaults, AMS client, verification key) warm
  const { statements, outcome } = await payAndItsNotification();
  expect(outcome).toBe('NOOP');
  const rateLimitCounts = statements.filter((s) => s.includes('rate_limit'));
  const onPayments = statements.filter((s) => /\bpayments\b/.test(s) && !s.includes('pgboss'));
  // BEGIN of a multi-statement transaction; the wake-up NOTIFY's own one-line transaction is not one.
  const transactions = statements.filter((s) => /^begin\b/i.test(s) && !s.includes('pg_notify'));
  const summary = statements.join('\n');
  expect(rateLimitCounts, summary).toHaveLength(3);
  expect(onPayments, summary).toHaveLength(3); // the intent, the outcome, the batched notification
  expect(transactions, summary).toEqual([]);
});
