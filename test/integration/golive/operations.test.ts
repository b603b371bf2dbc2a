import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplyTokenDocument,
  ConsultDocument,
  DeclareDocument,
  InquiryRegistrationInfoDocument,
  InquiryRegistrationStatusDocument,
  PayDocument,
  RefundDocument,
  RegisterMerchantDocument,
} from '../../generated/graphql.js';
import { authorize, payOnce } from '../../helpers/ops-flows.js';
import { startOpsHarness, waitFor, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';

/**
 * Every go-live field of consult, applyToken, refund, declare and registration, built through GraphQL and asserted
 * on the JSON the sandbox received, with the names and nesting of the official Java SDK's model classes
 * (global-open-sdk-java): `request/ams/auth/AlipayAuthConsultRequest.java` (merchantRegion, recurringPayment, env,
 * authMetaData — the Java SDK has no consult userRegion), `model/ams/Env.java`, `model/ams/AuthMetaData.java`,
 * `response/ams/auth/AlipayAuthConsultResponse.java` (authCodeForm), `request/ams/auth/AlipayAuthApplyTokenRequest.java`
 * (merchantRegion), `response/ams/auth/AlipayAuthApplyTokenResponse.java` (userLoginId, pspCustomerInfo),
 * `request/ams/pay/AlipayRefundRequest.java` (referenceRefundId), `request/ams/customs/AlipayCustomsDeclareRequest.java`
 * with `model/ams/Certificate.java` and `model/ams/UserName.java`, `request/ams/merchant/AlipayMerchantRegistrationRequest.java`
 * with `model/ams/MerchantRegistrationInfo.java`, `RegistrationDetail.java`, `Logo.java`, `WebSite.java`,
 * `Attachment.java`, `ContactInfo.java` (as filled in `example/legacy/RegistrationDemoCode.java`).
 */

let h: OpsHarness;
let gagw: MerchantKeys;

const received = (api: string, clientId: string) => {
  const all = h.sandbox.received({ api, clientId });
  return all[all.length - 1]?.body as Record<string, unknown>;
};

beforeAll(async () => {
  h = await startOpsHarness();
  // A live-like merchant: GAGW contract, two settlement currencies, key version 7 bound on the "Dashboard".
  gagw = await h.createMerchant('Go-live merchant', {
    sandboxClient: { gagw: true, settlementCurrencies: ['USD', 'HKD'], keyVersion: '7' },
    merchantInput: { keyVersion: '7', merchantRegion: 'US', settlementCurrency: 'HKD' },
  });
});
afterAll(async () => h?.close());

describe('merchant onboarding: Dashboard key version and defaults', () => {
  it('signs with the Dashboard keyVersion and applies the merchant defaults; a wrong keyVersion is KEY_NOT_FOUND', async () => {
    const { authorizationId } = await authorize(h, gagw.key);
    const paid = await payOnce(h, gagw.key, authorizationId, '1500');
    expect(paid.payment).toMatchObject({ status: 'SUCCEEDED', merchantRegion: 'US', settlementCurrency: 'HKD' });
    expect(received('pay', gagw.clientId)).toMatchObject({ merchantRegion: 'US', settlementStrategy: { settlementCurrency: 'HKD' } });
    expect(received('applyToken', gagw.clientId)).toMatchObject({ merchantRegion: 'US' });

    // The same contract, but the operator did not give the Dashboard's version: our internal 1 is refused.
    const unbound = await h.createMerchant('Unbound key merchant', { sandboxClient: { keyVersion: '7' } });
    const consulted = await h.gql(ConsultDocument, { input: { customerBelongsTo: 'GCASH', authRedirectUrl: 'https://m.example/r' } }, unbound.key);
    expect(consulted.consult.ams).toMatchObject({ status: 'F', code: 'KEY_NOT_FOUND' });
  });

  it('validates keyVersion, merchantRegion and settlementCurrency, naming the field', async () => {
    const bad = await h.request(
      (await import('../../generated/graphql.js')).CreateMerchantDocument,
      { input: { name: 'x', clientId: `bad-${randomUUID().slice(0, 6)}`, baseUrl: h.sandbox.url, merchantPrivateKey: 'x', alipayPublicKey: h.sandbox.alipayPublicKey, keyVersion: 'v2', merchantRegion: 'EU', settlementCurrency: 'EURO' } },
      h.adminKey,
    );
    const fields = bad.data?.createMerchant.errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['keyVersion', 'merchantRegion', 'settlementCurrency']));
  });
});

describe('consult and applyToken', () => {
  it('sends merchantRegion, recurringPayment, env and authMetaData; shows the QR code, the masked login id and pspCustomerInfo', async () => {
    const authState = randomUUID();
    const consulted = await h.gql(
      ConsultDocument,
      {
        input: {
          customerBelongsTo: 'PAYPAY',
          authRedirectUrl: 'https://m.example/return',
          authState,
          merchantRegion: 'JP',
          recurringPayment: true,
          terminalType: 'APP',
          osType: 'IOS',
          osVersion: '17.1',
          env: { terminalType: 'APP', osType: 'IOS', osVersion: '17.1', clientIp: '198.51.100.4', deviceLanguage: 'ja_JP' },
          authMetaData: { accountHolderName: 'Taro Yamada', accountHolderCertNo: 'CERT-998877' },
        },
      },
      gagw.key,
    );
    expect(consulted.consult.errors).toEqual([]);
    expect(received('consult', gagw.clientId)).toEqual({
      customerBelongsTo: 'PAYPAY',
      authRedirectUrl: 'https://m.example/return',
      scopes: ['AGREEMENT_PAY'],
      authState,
      terminalType: 'APP',
      osType: 'IOS',
      osVersion: '17.1',
      merchantRegion: 'JP',
      recurringPayment: true,
      env: { terminalType: 'APP', osType: 'IOS', osVersion: '17.1', clientIp: '198.51.100.4', deviceLanguage: 'ja_JP' },
      authMetaData: { accountHolderName: 'Taro Yamada', accountHolderCertNo: 'CERT-998877' },
    });
    const authorization = consulted.consult.authorization!;
    expect(authorization).toMatchObject({ merchantRegion: 'JP', authCodes: [{ codeValueType: 'QRCODE', codeValue: expect.stringContaining('/__sandbox/authorize/') }] });

    const approved = await h.control<{ redirectUrl: string }>('authorizations/approve', { authUrl: authorization.normalUrl });
    const applied = await h.gql(ApplyTokenDocument, { input: { authorizationId: authorization.id, authCode: new URL(approved.redirectUrl).searchParams.get('authCode')! } }, gagw.key);
    expect(received('applyToken', gagw.clientId)).toEqual({ grantType: 'AUTHORIZATION_CODE', customerBelongsTo: 'PAYPAY', authCode: expect.any(String), merchantRegion: 'JP' });
    expect(applied.applyToken.authorization).toMatchObject({
      status: 'ACTIVE',
      userLoginId: expect.stringMatching(/^\d{4}\*{4}\d{3}$/),
      pspCustomerInfo: { pspName: 'PAYPAY', displayCustomerId: expect.stringContaining('****') },
    });
    // The certificate number went to AMS only.
    expect(h.responses.join('\n')).not.toContain('CERT-998877');
    expect(h.logs.join('\n')).not.toContain('CERT-998877');
    const stored = await h.gateway.orm.em.getConnection().execute<Array<{ input_hash: string }>>(`select * from authorizations where id = ?`, [authorization.id]);
    expect(JSON.stringify(stored)).not.toContain('CERT-998877');
  });

  it('refuses a PAYPAY consult without recurringPayment, and bad regions and devices, naming the field', async () => {
    const refused = await h.gql(
      ConsultDocument,
      { input: { customerBelongsTo: 'PAYPAY', authRedirectUrl: 'https://m.example/r', merchantRegion: 'XX', env: { terminalType: 'WAP', clientIp: 'nope' } } },
      gagw.key,
    );
    expect(refused.consult.errors.map((e) => `${e.code}:${e.field}`).sort()).toEqual(
      ['REQUIRED:recurringPayment', 'INVALID:merchantRegion', 'REQUIRED:env.osType', 'INVALID:env.clientIp'].sort(),
    );
  });
});

describe('refund, declare, registration', () => {
  it('refund sends referenceRefundId; a FAIL keeps AMS’s code from the response', async () => {
    const { authorizationId } = await authorize(h, gagw.key);
    const paid = await payOnce(h, gagw.key, authorizationId, '9000');
    const refunded = await h.gql(RefundDocument, { input: { paymentId: paid.payment!.id, amount: { value: '1011', currency: 'USD' }, reason: 'damaged', referenceRefundId: 'RR-2024-001' } }, gagw.key);
    expect(received('refund', gagw.clientId)).toEqual({
      refundRequestId: refunded.refund.refund?.refundRequestId,
      paymentId: expect.any(String),
      refundAmount: { currency: 'USD', value: '1011' },
      referenceRefundId: 'RR-2024-001',
      refundReason: 'damaged',
    });
    expect(refunded.refund.refund).toMatchObject({ status: 'FAILED', referenceRefundId: 'RR-2024-001', failure: { code: 'MERCHANT_BALANCE_NOT_ENOUGH' } });
    const bad = await h.gql(RefundDocument, { input: { paymentId: paid.payment!.id, amount: { value: '100', currency: 'USD' }, referenceRefundId: 'has space' } }, gagw.key);
    expect(bad.refund.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: 'referenceRefundId' })]);
  });

  it('declare checks the customs currency against customsDeclarationAmount and sends the full buyerCertificate, storing no number', async () => {
    const { authorizationId } = await authorize(h, gagw.key);
    const paid = await h.gql(PayDocument, { input: { authorizationId, amount: { value: '10000', currency: 'USD' }, referenceOrderId: 'customs-1', orderDescription: 'Goods' } }, gagw.key);
    const paymentId = paid.pay.payment!.id;
    const declareInput = (amount: { value: string; currency: string }) => ({
      input: {
        paymentId,
        amount,
        customsCode: 'ZONGSHU',
        merchantCustomsCode: 'MC-1',
        merchantCustomsName: 'Shop',
        buyerCertificate: { certificateType: 'ID_CARD', certificateNo: '110101199003071234', holderName: { firstName: 'Lei', lastName: 'Li', fullName: 'Li Lei' } },
      },
    });
    // A USD payment is declared in CNY: the payment's own currency is refused, as is more than customsDeclarationAmount.
    const inUsd = await h.gql(DeclareDocument, declareInput({ value: '10000', currency: 'USD' }), gagw.key);
    expect(inUsd.declare.errors).toEqual([expect.objectContaining({ code: 'CURRENCY_MISMATCH', field: 'amount.currency', message: expect.stringContaining('CNY') })]);
    const tooMuch = await h.gql(DeclareDocument, declareInput({ value: '71001', currency: 'CNY' }), gagw.key);
    expect(tooMuch.declare.errors).toEqual([expect.objectContaining({ code: 'AMOUNT_EXCEEDS_PAYMENT', message: expect.stringContaining('customsDeclarationAmount 71000 CNY') })]);
    const declared = await h.gql(DeclareDocument, declareInput({ value: '71000', currency: 'CNY' }), gagw.key);
    expect(declared.declare.errors).toEqual([]);
    expect(received('declare', gagw.clientId)).toEqual({
      declarationRequestId: declared.declare.declaration?.declarationRequestId,
      paymentId: expect.any(String),
      declarationAmount: { currency: 'CNY', value: '71000' },
      customs: { customsCode: 'ZONGSHU', region: 'CN' },
      merchantCustomsInfo: { merchantCustomsCode: 'MC-1', merchantCustomsName: 'Shop' },
      splitOrder: false,
      buyerCertificate: { certificateType: 'ID_CARD', certificateNo: '110101199003071234', holderName: { firstName: 'Lei', lastName: 'Li', fullName: 'Li Lei' } },
    });
    expect(h.responses.join('\n')).not.toContain('110101199003071234');
    const rows = await h.gateway.orm.em.getConnection().execute(`select * from declarations where id = ?`, [declared.declare.declaration!.id]);
    expect(JSON.stringify(rows)).not.toContain('110101199003071234');
  });

  it('registerMerchant sends the full merchantInfo; inquiryRegistrationInfo shows what AMS returns', async () => {
    const referenceMerchantId = `SUB_${randomUUID().slice(0, 8)}`;
    const address = { region: 'HK', state: 'HK', city: 'hong kong', address1: '38 Leighton Road', zipCode: '999077', label: 'office' };
    const registered = await h.gql(
      RegisterMerchantDocument,
      {
        input: {
          referenceMerchantId,
          merchantDisplayName: 'Example Merchant Name',
          merchantMcc: '5812',
          productCodes: ['AGREEMENT_PAYMENT'],
          logo: { logoName: 'expLogo', logoUrl: 'https://www.logo.example/logo.png' },
          websites: [{ url: 'https://www.website.example', name: 'webName', desc: 'this is the website', type: 'TRADING' }],
          merchantAddress: address,
          registrationDetail: {
            legalName: 'Example Legal Name',
            registrationType: 'ENTERPRISE_REGISTRATION_NO',
            registrationNo: 'REG-123456',
            registrationAddress: { region: 'HK' },
            businessType: 'ENTERPRISE',
            attachments: [{ attachmentType: 'ARTICLES_OF_ASSOCIATION', attachmentName: 'articles.pdf', file: 'https://files.example/articles.pdf' }],
            contactInfo: [{ contactNo: '+852 5555 0100', contactType: 'PHONE_NO' }],
          },
          passThroughInfo: '{"extraInfo":"extra"}',
        },
      },
      gagw.key,
    );
    expect(registered.registerMerchant.errors).toEqual([]);
    const merchantInfo = {
      referenceMerchantId,
      merchantDisplayName: 'Example Merchant Name',
      merchantMCC: '5812',
      logo: { logoName: 'expLogo', logoUrl: 'https://www.logo.example/logo.png' },
      websites: [{ url: 'https://www.website.example', name: 'webName', desc: 'this is the website', type: 'TRADING' }],
      merchantAddress: address,
      registrationDetail: {
        legalName: 'Example Legal Name',
        registrationType: 'ENTERPRISE_REGISTRATION_NO',
        registrationNo: 'REG-123456',
        registrationAddress: { region: 'HK' },
        businessType: 'ENTERPRISE',
        attachments: [{ attachmentType: 'ARTICLES_OF_ASSOCIATION', file: 'https://files.example/articles.pdf', attachmentName: 'articles.pdf' }],
        contactInfo: [{ contactNo: '+852 5555 0100', contactType: 'PHONE_NO' }],
      },
    };
    expect(received('registration', gagw.clientId)).toEqual({
      registrationRequestId: registered.registerMerchant.registration?.registrationRequestId,
      merchantInfo,
      productCodes: ['AGREEMENT_PAYMENT'],
      passThroughInfo: '{"extraInfo":"extra"}',
    });
    await waitFor(
      () => h.gql(InquiryRegistrationStatusDocument, { referenceMerchantId }, gagw.key).then((r) => r.inquiryRegistrationStatus.registration?.status),
      (s) => s === 'COMPLETED',
    );
    const info = await h.gql(InquiryRegistrationInfoDocument, { referenceMerchantId }, gagw.key);
    expect(info.inquiryRegistrationInfo.info?.merchantInfo).toEqual(merchantInfo);

    const both = await h.gql(
      RegisterMerchantDocument,
      { input: { referenceMerchantId: `${referenceMerchantId}X`, merchantDisplayName: 'x', websiteUrl: 'https://a.example', websites: [{ url: 'https://b.example' }], registrationDetail: { attachments: [{ attachmentType: 'lower case' }] } } },
      gagw.key,
    );
    expect(both.registerMerchant.errors.map((e) => e.field).sort()).toEqual(['registrationDetail.attachments[0].attachmentType', 'registrationDetail.attachments[0].file', 'websites'].sort());
  });
});
