import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthorizationDocument,
  CancelPaymentDocument,
  ConsultDocument,
  EventsDocument,
  InquiryPaymentDocument,
  IssueApiKeyDocument,
  PayDocument,
  PaymentDocument,
  PaymentsDocument,
  RefundDocument,
  RefundsDocument,
  RevokeApiKeyDocument,
  RevokeAuthorizationDocument,
} from '../../generated/graphql.js';
import { authorize, payOnce } from '../../helpers/ops-flows.js';
import { startOpsHarness, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';

let h: OpsHarness;
let a: MerchantKeys;
let b: MerchantKeys;
let bAuthorizationId: string;
let bPaymentId: string;

beforeAll(async () => {
  h = await startOpsHarness({ publicBaseUrl: 'http://127.0.0.1:9/gw' });
  a = await h.createMerchant('Merchant A');
  b = await h.createMerchant('Merchant B');
  await authorize(h, a.key);
  ({ authorizationId: bAuthorizationId } = await authorize(h, b.key));
  const paid = await payOnce(h, b.key, bAuthorizationId, '5000');
  bPaymentId = paid.payment!.id;
});
afterAll(async () => h?.close());

describe('tenancy: merchant A never reads or changes merchant B’s data', () => {
  it('sees none of B’s records in lookups, lists, inquiries or events', async () => {
    expect((await h.gql(PaymentDocument, { id: bPaymentId }, a.key)).payment).toBeNull();
    expect((await h.gql(AuthorizationDocument, { id: bAuthorizationId }, a.key)).authorization).toBeNull();
    const listed = await h.gql(PaymentsDocument, { first: 20 }, a.key);
    expect(listed.payments.nodes.every((p) => p.merchantId === a.merchantId)).toBe(true);
    expect((await h.gql(InquiryPaymentDocument, { id: bPaymentId }, a.key)).inquiryPayment.errors[0]?.code).toBe('NOT_FOUND');
    const events = await h.gql(EventsDocument, { first: 50 }, a.key);
    expect(events.events.nodes.length).toBeGreaterThan(0);
    expect(events.events.nodes.every((e) => e.merchantId === a.merchantId)).toBe(true);
    expect((await h.gql(EventsDocument, { first: 10, aggregateId: bPaymentId }, a.key)).events.nodes).toEqual([]);
  });

  it('cannot pay with, refund, cancel or revoke B’s records', async () => {
    const pay = await h.gql(
      PayDocument,
      { input: { authorizationId: bAuthorizationId, amount: { value: '100', currency: 'USD' }, referenceOrderId: 'x', orderDescription: 'x' } },
      a.key,
    );
    expect(pay.pay.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'authorizationId' });
    const refund = await h.gql(RefundDocument, { input: { paymentId: bPaymentId, amount: { value: '100', currency: 'USD' } } }, a.key);
    expect(refund.refund.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'paymentId' });
    expect((await h.gql(CancelPaymentDocument, { id: bPaymentId }, a.key)).cancelPayment.errors[0]?.code).toBe('NOT_FOUND');
    expect((await h.gql(RevokeAuthorizationDocument, { authorizationId: bAuthorizationId }, a.key)).revokeAuthorization.errors[0]?.code).toBe('NOT_FOUND');
    expect((await h.gql(PaymentDocument, { id: bPaymentId }, b.key)).payment?.status).toBe('SUCCEEDED');
    expect((await h.gql(RefundsDocument, { first: 5, filter: { paymentId: bPaymentId } }, b.key)).refunds.nodes).toEqual([]);
  });

  it('lets a platform admin read every merchant’s records, but not operate for them', async () => {
    const all = await h.gql(PaymentsDocument, { first: 20 }, h.adminKey);
    expect(new Set(all.payments.nodes.map((p) => p.merchantId))).toEqual(new Set([b.merchantId]));
    expect((await h.gql(PaymentDocument, { id: bPaymentId }, h.adminKey)).payment?.id).toBe(bPaymentId);
    // Live inquiries are reads: an admin may run them for any merchant (with that merchant's AMS client).
    expect((await h.gql(InquiryPaymentDocument, { id: bPaymentId }, h.adminKey)).inquiryPayment).toMatchObject({ ams: { status: 'S' }, payment: { id: bPaymentId } });
    const refused = await h.request(ConsultDocument, { input: { customerBelongsTo: 'GCASH', authRedirectUrl: 'https://x.example' } }, h.adminKey);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('keys', () => {
  it('refuses mutations to a read-only key, with nothing persisted; queries and live inquiries are allowed', async () => {
    const rows = await h.count('payments');
    const refused = await h.request(
      PayDocument,
      { input: { authorizationId: bAuthorizationId, amount: { value: '100', currency: 'USD' }, referenceOrderId: 'x', orderDescription: 'x' } },
      b.readonlyKey,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await h.count('payments')).toBe(rows);
    expect((await h.gql(PaymentDocument, { id: bPaymentId }, b.readonlyKey)).payment?.id).toBe(bPaymentId);
    expect((await h.gql(InquiryPaymentDocument, { id: bPaymentId }, b.readonlyKey)).inquiryPayment.ams?.status).toBe('S');
  });

  it('refuses a revoked key and an anonymous caller', async () => {
    const temp = await h.createMerchant('Short-lived');
    const keyId = (await h.gql(IssueApiKeyDocument, { input: { merchantId: temp.merchantId, name: 'to revoke', role: 'MERCHANT' } }, h.adminKey))
      .issueApiKey;
    expect((await h.request(PaymentsDocument, { first: 1 }, keyId.secret!)).errors).toBeUndefined();
    await h.gql(RevokeApiKeyDocument, { id: keyId.apiKey!.id }, h.adminKey);
    const revoked = await h.request(PaymentsDocument, { first: 1 }, keyId.secret!);
    expect(revoked.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const anonymous = await h.request(PaymentsDocument, { first: 1 }, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('notify URLs', () => {
  it('sends AMS the per-merchant notify URL built from PUBLIC_BASE_URL', async () => {
    await payOnce(h, b.key, bAuthorizationId, '6000');
    const sent = h.sandbox.notifications({ type: 'notifyPayment', clientId: b.clientId });
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((n) => n.url === `http://127.0.0.1:9/gw/ams/notify/${b.merchantId}/payment`)).toBe(true);
  });
});
