import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConsultDocument,
  DeclarationDocument,
  DeclarationsDocument,
  DeclareDocument,
  InquiryDeclarationRequestsDocument,
  InquiryRegistrationInfoDocument,
  InquiryRegistrationStatusDocument,
  RegisterMerchantDocument,
  RegistrationDocument,
  RegistrationsDocument,
  type DeclareMutationVariables,
} from '../../generated/graphql.js';
import { authorize, payOnce } from '../../helpers/ops-flows.js';
import { startOpsHarness, waitFor, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';

let h: OpsHarness;
let m: MerchantKeys;
let authorizationId: string;

beforeAll(async () => {
  h = await startOpsHarness();
  m = await h.createMerchant('Customs merchant');
  ({ authorizationId } = await authorize(h, m.key, 'ALIPAY_CN'));
});
afterAll(async () => h?.close());

function declareInput(paymentId: string, value: string, extra: Partial<DeclareMutationVariables['input']> = {}): DeclareMutationVariables {
  return {
    input: {
      paymentId,
      amount: { value, currency: 'CNY' },
      customsCode: 'ZONGSHU',
      merchantCustomsCode: 'MC-001',
      merchantCustomsName: 'Example Trading Co.',
      buyerCertificate: { certificateType: 'ID_CARD', certificateNo: '110101199003070000', holderName: { fullName: 'Li Lei' } },
      ...extra,
    },
  };
}

describe('declarations', () => {
  it('declares a paid payment, then the inquiry applies the customs answer (success and rejection)', async () => {
    const paid = await payOnce(h, m.key, authorizationId, '50000', { currency: 'CNY' });
    const paymentId = paid.payment!.id;
    const ok = await h.gql(DeclareDocument, declareInput(paymentId, '50000'), m.key);
    expect(ok.declare.errors).toEqual([]);
    expect(ok.declare.declaration).toMatchObject({ status: 'PROCESSING', buyerCertificateType: 'ID_CARD', statusReason: 'waiting for customs' });
    const rejected = await h.gql(DeclareDocument, declareInput(paymentId, '40003'), m.key); // ending 03: customs rejects
    const ids = [ok.declare.declaration!.declarationRequestId, rejected.declare.declaration!.declarationRequestId];

    const settled = await waitFor(
      () => h.gql(InquiryDeclarationRequestsDocument, { declarationRequestIds: [...ids, 'not-ours'] }, m.key).then((r) => r.inquiryDeclarationRequests),
      (r) => r.declarations.every((d) => d.status !== 'PROCESSING'),
    );
    expect(settled.notFound).toEqual(['not-ours']);
    const byId = new Map(settled.declarations.map((d) => [d.declarationRequestId, d]));
    expect(byId.get(ids[0]!)).toMatchObject({ status: 'SUCCEEDED', customsResultCode: 'SUCCESS' });
    expect(byId.get(ids[1]!)).toMatchObject({ status: 'FAILED', failure: { code: 'FAIL' } });

    // The certificate number went to AMS but is stored nowhere.
    expect(h.responses.some((body) => body.includes('110101199003070000'))).toBe(false);
    const found = await h.gql(DeclarationDocument, { declarationRequestId: ids[0] }, m.readonlyKey);
    expect(found.declaration?.paymentId).toBe(paymentId);
    const listed = await h.gql(DeclarationsDocument, { first: 10, filter: { paymentId, status: 'FAILED' } }, m.readonlyKey);
    expect(listed.declarations.nodes.map((d) => d.declarationRequestId)).toEqual([ids[1]]);
  });

  it('refuses declarations of unpaid payments, larger amounts, other currencies and split orders without a sub-order', async () => {
    const failed = await payOnce(h, m.key, authorizationId, '1001', { currency: 'CNY' });
    const paid = await payOnce(h, m.key, authorizationId, '2000', { currency: 'CNY' });
    const rows = await h.count('declarations');
    const codes = async (variables: DeclareMutationVariables) => (await h.gql(DeclareDocument, variables, m.key)).declare.errors.map((e) => `${e.code}:${e.field}`);
    expect(await codes(declareInput(failed.payment!.id, '1001'))).toEqual(['PAYMENT_NOT_DECLARABLE:paymentId']);
    expect(await codes(declareInput(paid.payment!.id, '2001'))).toEqual(['AMOUNT_EXCEEDS_PAYMENT:amount.value']);
    expect(await codes(declareInput(paid.payment!.id, '100', { amount: { value: '100', currency: 'USD' } }))).toEqual(['CURRENCY_MISMATCH:amount.currency']);
    expect(await codes(declareInput(paid.payment!.id, '100', { splitOrder: true }))).toEqual(['REQUIRED:subOrderId']);
    expect(await codes(declareInput(paid.payment!.id, '100', { declarationRequestId: 'x'.repeat(33) }))).toEqual(['TOO_LONG:declarationRequestId']);
    expect(await h.count('declarations')).toBe(rows);
  });
});

describe('secondary merchant registrations', () => {
  const reference = (tag = '') => `SUB${tag}${randomBytes(4).toString('hex')}`;

  it('registers, then inquiryRegistrationStatus applies COMPLETED and inquiryRegistrationInfo reads it back', async () => {
    const referenceMerchantId = reference();
    const registered = await h.gql(
      RegisterMerchantDocument,
      { input: { referenceMerchantId, merchantDisplayName: 'Sub shop', merchantMcc: '5411', websiteUrl: 'https://sub.example', legalName: 'Sub Shop Ltd', region: 'SG' } },
      m.key,
    );
    expect(registered.registerMerchant.errors).toEqual([]);
    expect(registered.registerMerchant.registration).toMatchObject({ status: 'PROCESSING', productCodes: ['AGREEMENT_PAYMENT'] });

    const done = await waitFor(
      () => h.gql(InquiryRegistrationStatusDocument, { referenceMerchantId }, m.key).then((r) => r.inquiryRegistrationStatus),
      (r) => r.registration?.status === 'COMPLETED',
    );
    expect(done.amsRegistrationStatus).toBe('COMPLETED');

    const info = await h.gql(InquiryRegistrationInfoDocument, { referenceMerchantId }, m.readonlyKey);
    expect(info.inquiryRegistrationInfo.info).toMatchObject({ referenceMerchantId, merchantDisplayName: 'Sub shop', websiteUrls: ['https://sub.example'] });

    // The registered secondary merchant can now be named in consult (authClientId) and, through it, in pay.
    const { authorizationId: subAuthorization } = await authorize(h, m.key, 'GCASH', referenceMerchantId);
    const subPayment = await payOnce(h, m.key, subAuthorization, '1200');
    expect(subPayment.payment?.status).toBe('SUCCEEDED');
    const unregistered = await h.gql(
      ConsultDocument,
      { input: { customerBelongsTo: 'GCASH', authRedirectUrl: 'https://m.example/back', authClientId: 'NEVER-REGISTERED' } },
      m.key,
    );
    expect(unregistered.consult.authorization).toMatchObject({ status: 'FAILED', authClientId: 'NEVER-REGISTERED', failure: { code: 'MERCHANT_NOT_REGISTERED' } });

    const again = await h.gql(RegisterMerchantDocument, { input: { referenceMerchantId, merchantDisplayName: 'Sub shop 2' } }, m.key);
    expect(again.registerMerchant.ams).toMatchObject({ status: 'F', code: 'REPEAT_REGISTRATION' });
    expect(again.registerMerchant.registration).toMatchObject({ status: 'FAILED', failure: { code: 'REPEAT_REGISTRATION' } });
  });

  it('ends REJECTED with the reasons when the wallets reject', async () => {
    const referenceMerchantId = reference('REJECT');
    const registered = await h.gql(RegisterMerchantDocument, { input: { referenceMerchantId, merchantDisplayName: 'Risky shop' } }, m.key);
    const id = registered.registerMerchant.registration!.id;
    const rejected = await waitFor(
      () => h.gql(InquiryRegistrationStatusDocument, { id }, m.key).then((r) => r.inquiryRegistrationStatus),
      (r) => r.registration?.status === 'REJECTED',
    );
    expect(rejected.registration?.rejectReasons).toContain('REJECT');
    const listed = await h.gql(RegistrationsDocument, { first: 10, filter: { status: 'REJECTED' } }, m.readonlyKey);
    expect(listed.registrations.nodes.map((r) => r.id)).toEqual([id]);
    expect((await h.gql(RegistrationDocument, { registrationRequestId: registered.registerMerchant.registration!.registrationRequestId }, m.key)).registration?.id).toBe(id);
  });

  it('refuses bad input with field errors and persists nothing', async () => {
    const rows = await h.count('registrations');
    const bad = await h.gql(
      RegisterMerchantDocument,
      { input: { referenceMerchantId: 'has space', merchantDisplayName: '', merchantMcc: '54', productCodes: ['EVERYTHING'], websiteUrl: 'ftp://x', region: 'Singapore' } },
      m.key,
    );
    expect(bad.registerMerchant.errors.map((e) => `${e.code}:${e.field}`)).toEqual([
      'INVALID:referenceMerchantId',
      'REQUIRED:merchantDisplayName',
      'INVALID:merchantMcc',
      'INVALID:productCodes',
      'INVALID:websiteUrl',
      'TOO_LONG:region',
    ]);
    expect(await h.count('registrations')).toBe(rows);
  });
});
