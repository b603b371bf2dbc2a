import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationKind } from '../../../src/ams/index.js';
import { createRequestScope, type RequestScope } from '../../../src/modules/request-scope.js';
import { silentLogger } from '../../../src/shared/logger.js';
import { EventsDocument, RefundDocument, RegisterMerchantDocument } from '../../generated/graphql.js';
import { authorize, payOnce } from '../../helpers/ops-flows.js';
import { startOpsHarness, waitFor, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';

/**
 * The appliers the notification receiver will call once it has verified a notification. The sandbox sends its
 * notifications to PUBLIC_BASE_URL (a closed port here, so nothing receives them) and records each body; the test
 * hands those real bodies to the appliers.
 */
let h: OpsHarness;
let m: MerchantKeys;
let scope: RequestScope;
let authorizationId: string;

beforeAll(async () => {
  h = await startOpsHarness({ publicBaseUrl: 'http://127.0.0.1:9' });
  m = await h.createMerchant('Notified merchant');
  scope = createRequestScope(h.gateway.orm.em, { role: 'MERCHANT', merchantId: m.merchantId, keyId: 'test:notifications' }, 'req_notify', silentLogger);
  ({ authorizationId } = await authorize(h, m.key));
});
afterAll(async () => h?.close());

/** The body of the first notification of a kind that matches, once the sandbox has sent it. */
async function sentBody<T>(type: NotificationKind, match: (body: Record<string, unknown>) => boolean): Promise<T> {
  const found = await waitFor(
    async () => h.sandbox.notifications({ type, clientId: m.clientId }).map((n) => JSON.parse(n.body) as Record<string, unknown>).find(match),
    (body) => body !== undefined,
  );
  return found as T;
}

const eventsOf = async (aggregateId: string) => (await h.gql(EventsDocument, { aggregateId, first: 20 }, m.key)).events.nodes;

describe('notification appliers', () => {
  it('notifyPayment settles a PROCESSING payment once; a duplicate changes nothing', async () => {
    const paid = await payOnce(h, m.key, authorizationId, '7002'); // U, then SUCCESS with notifyPayment
    const { paymentRequestId, id } = paid.payment!;
    const body = await sentBody<Parameters<typeof h.gateway.services.payments.applyNotification>[1]>(
      'notifyPayment',
      (b) => b.paymentRequestId === paymentRequestId && b.notifyType === 'PAYMENT_RESULT',
    );
    const applied = await h.gateway.services.payments.applyNotification(scope, body);
    expect(applied).toMatchObject({ id, status: 'SUCCEEDED', statusReason: null });
    expect(applied?.amsPaymentId).toBe(body.paymentId);
    await h.gateway.services.payments.applyNotification(scope, body);
    const events = await eventsOf(id);
    expect(events.map((e) => `${e.toStatus}:${e.source}`)).toEqual(['PENDING:API', 'PROCESSING:RESPONSE', 'SUCCEEDED:NOTIFICATION']);
  });

  it('notifyRefund settles a PROCESSING refund (with REFUNDED on the payment)', async () => {
    const paid = await payOnce(h, m.key, authorizationId, '8000');
    const refund = (await h.gql(RefundDocument, { input: { paymentId: paid.payment!.id, amount: { value: '1012', currency: 'USD' } } }, m.key)).refund.refund!;
    expect(refund.status).toBe('PROCESSING');
    const body = await sentBody<Parameters<typeof h.gateway.services.refunds.applyNotification>[1]>('notifyRefund', (b) => b.refundRequestId === refund.refundRequestId);
    const applied = await h.gateway.services.refunds.applyNotification(scope, body);
    expect(applied).toMatchObject({ id: refund.id, status: 'SUCCEEDED' });
    expect((await eventsOf(paid.payment!.id)).at(-1)).toMatchObject({ type: 'REFUNDED', source: 'NOTIFICATION' });
  });

  it('notifyRegistrationStatus completes a registration; unknown records are ignored', async () => {
    const referenceMerchantId = `SUB${randomBytes(4).toString('hex')}`;
    const registered = await h.gql(RegisterMerchantDocument, { input: { referenceMerchantId, merchantDisplayName: 'Notified sub' } }, m.key);
    const body = await sentBody<Parameters<typeof h.gateway.services.registrations.applyNotification>[1]>(
      'notifyRegistrationStatus',
      (b) => b.referenceMerchantId === referenceMerchantId,
    );
    const applied = await h.gateway.services.registrations.applyNotification(scope, body);
    expect(applied).toMatchObject({ id: registered.registerMerchant.registration!.id, status: 'COMPLETED' });
    expect(await h.gateway.services.registrations.applyNotification(scope, { ...body, registrationRequestId: 'unknown' })).toBeNull();
    const unknownPayment = { notifyType: 'PAYMENT_RESULT', result: { resultCode: 'SUCCESS', resultStatus: 'S' as const }, paymentRequestId: 'unknown', paymentId: 'x', paymentAmount: { value: '1', currency: 'USD' } };
    expect(await h.gateway.services.payments.applyNotification(scope, unknownPayment)).toBeNull();
  });
});
