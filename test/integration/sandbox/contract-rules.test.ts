import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { AmsTestClient, authorize, merchant, payBody, sandboxWithMerchant, uniqueId } from './helpers.js';

/**
 * The rules real Antom enforces (ams-golive.md "Rules"), each refused by the sandbox with AMS's code when the field
 * is omitted, straight on the wire (the gateway refuses most of them before sending; these prove the sandbox does too).
 */

let sandbox: Sandbox;
let client: AmsTestClient;

beforeAll(async () => {
  ({ sandbox, client } = await sandboxWithMerchant());
});
afterAll(async () => sandbox?.close());

/** A second client on the same sandbox with its own contract. */
function contractClient(contract: { gagw?: boolean; settlementCurrencies?: string[]; keyVersion?: string }): AmsTestClient {
  const m = merchant();
  sandbox.registerClient({ clientId: m.clientId, publicKey: m.publicKeyBase64, ...contract });
  return new AmsTestClient(sandbox, m);
}

const consultBody = (overrides: Record<string, unknown> = {}) => ({
  customerBelongsTo: 'GCASH',
  authRedirectUrl: 'https://merchant.example/return',
  scopes: ['AGREEMENT_PAY'],
  authState: uniqueId('STATE'),
  terminalType: 'WEB',
  ...overrides,
});

describe('sandbox contract rules', () => {
  it('SETTLE_CONTRACT_NOT_MATCH: several settlement currencies and none named, or one outside the contract', async () => {
    const multi = contractClient({ settlementCurrencies: ['USD', 'HKD'] });
    const { accessToken } = await authorize(multi);
    const none = await multi.call('payments/pay', payBody(accessToken, '1000'));
    expect(none.json.result).toMatchObject({ resultStatus: 'F', resultCode: 'SETTLE_CONTRACT_NOT_MATCH' });
    const outside = await multi.call('payments/pay', payBody(accessToken, '1000', { settlementStrategy: { settlementCurrency: 'EUR' } }));
    expect(outside.json.result.resultCode).toBe('SETTLE_CONTRACT_NOT_MATCH');
    const named = await multi.call('payments/pay', payBody(accessToken, '1000', { settlementStrategy: { settlementCurrency: 'HKD' } }));
    expect(named.json.result).toMatchObject({ resultStatus: 'S', resultCode: 'SUCCESS' });
  });

  it('GAGW: consult, applyToken and pay without merchantRegion are PARAM_ILLEGAL naming the field', async () => {
    const gagw = contractClient({ gagw: true });
    const consult = await gagw.call('authorizations/consult', consultBody());
    expect(consult.json.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultMessage: expect.stringContaining('merchantRegion') });
    const consulted = await gagw.call('authorizations/consult', consultBody({ merchantRegion: 'US' }));
    expect(consulted.json.result.resultStatus).toBe('S');
    const { authCode } = sandbox.approveAuthorization({ authUrl: String(consulted.json.normalUrl) });
    const apply = await gagw.call('authorizations/applyToken', { grantType: 'AUTHORIZATION_CODE', customerBelongsTo: 'GCASH', authCode });
    expect(apply.json.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultMessage: expect.stringContaining('merchantRegion') });
    const applied = await gagw.call('authorizations/applyToken', { grantType: 'AUTHORIZATION_CODE', customerBelongsTo: 'GCASH', authCode, merchantRegion: 'US' });
    const accessToken = String(applied.json.accessToken);
    const pay = await gagw.call('payments/pay', payBody(accessToken, '1000'));
    expect(pay.json.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultMessage: expect.stringContaining('merchantRegion') });
    const paid = await gagw.call('payments/pay', payBody(accessToken, '1000', { merchantRegion: 'US' }));
    expect(paid.json.result.resultStatus).toBe('S');
  });

  it('PAYPAY consult without recurringPayment, and APP/WAP without osType, are PARAM_ILLEGAL', async () => {
    const paypay = await client.call('authorizations/consult', consultBody({ customerBelongsTo: 'PAYPAY' }));
    expect(paypay.json.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultMessage: 'recurringPayment is required when customerBelongsTo is PAYPAY' });
    const ok = await client.call('authorizations/consult', consultBody({ customerBelongsTo: 'PAYPAY', recurringPayment: true }));
    expect(ok.json.result.resultStatus).toBe('S');
    const app = await client.call('authorizations/consult', consultBody({ terminalType: 'APP' }));
    expect(app.json.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultMessage: 'osType is required when terminalType is APP' });
    const wapEnv = await client.call('authorizations/consult', consultBody({ env: { terminalType: 'WAP' } }));
    expect(wapEnv.json.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultMessage: 'env.osType is required when terminalType is WAP' });
    const { accessToken } = await authorize(client);
    const payEnv = await client.call('payments/pay', payBody(accessToken, '1000', { env: { terminalType: 'APP' } }));
    expect(payEnv.json.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultMessage: 'env.osType is required when terminalType is APP' });
  });

  it('a token consulted for a secondary merchant pays only with order.merchant.referenceMerchantId = authClientId', async () => {
    const registration = await client.call('merchants/registration', {
      registrationRequestId: uniqueId('REG'),
      productCodes: ['AGREEMENT_PAYMENT'],
      merchantInfo: { referenceMerchantId: 'SUB_SHOP_1', merchantDisplayName: 'Sub shop', merchantMCC: '5812' },
    });
    expect(registration.json.result.resultStatus).toBe('S');
    await expect.poll(async () => (await client.call('merchants/inquiryRegistrationStatus', { referenceMerchantId: 'SUB_SHOP_1' })).json, { timeout: 5_000 }).toMatchObject({
      registrationResult: { registrationStatus: 'COMPLETED' },
    });
    const consulted = await client.call('authorizations/consult', consultBody({ authClientId: 'SUB_SHOP_1' }));
    expect(consulted.json.result.resultStatus).toBe('S');
    const { authCode } = sandbox.approveAuthorization({ authUrl: String(consulted.json.normalUrl) });
    const applied = await client.call('authorizations/applyToken', { grantType: 'AUTHORIZATION_CODE', customerBelongsTo: 'GCASH', authCode });
    const accessToken = String(applied.json.accessToken);
    const body = payBody(accessToken, '1000');
    const missing = await client.call('payments/pay', body);
    expect(missing.json.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultMessage: expect.stringContaining('order.merchant.referenceMerchantId') });
    const order = body.order as Record<string, unknown>;
    const other = await client.call('payments/pay', { ...body, paymentRequestId: uniqueId('PAY'), order: { ...order, merchant: { referenceMerchantId: 'SUB_SHOP_2' } } });
    expect(other.json.result.resultCode).toBe('PARAM_ILLEGAL');
    const right = await client.call('payments/pay', { ...body, paymentRequestId: uniqueId('PAY'), order: { ...order, merchant: { referenceMerchantId: 'SUB_SHOP_1', merchantMCC: '5812' } } });
    expect(right.json.result.resultStatus).toBe('S');
  });

  it('customs: the declaration is in CNY against customsDeclarationAmount, not in the payment currency', async () => {
    const { accessToken } = await authorize(client);
    const paid = await client.call('payments/pay', payBody(accessToken, '10000', { paymentAmount: { currency: 'USD', value: '10000' }, order: { referenceOrderId: uniqueId('O'), orderDescription: 'd', orderAmount: { currency: 'USD', value: '10000' } } }));
    const paymentId = String(paid.json.paymentId);
    const inquiry = await client.call('payments/inquiryPayment', { paymentId });
    expect(inquiry.json.customsDeclarationAmount).toEqual({ currency: 'CNY', value: '71000' }); // USD 100.00 at the sandbox's 7.1
    const declare = (amount: { currency: string; value: string }) =>
      client.call('customs/declare', {
        declarationRequestId: uniqueId('D').slice(0, 32),
        paymentId,
        declarationAmount: amount,
        customs: { customsCode: 'ZONGSHU', region: 'CN' },
        merchantCustomsInfo: { merchantCustomsCode: 'MC', merchantCustomsName: 'Shop' },
        splitOrder: false,
      });
    expect((await declare({ currency: 'USD', value: '10000' })).json.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultMessage: expect.stringContaining('declarationAmount.currency') });
    expect((await declare({ currency: 'CNY', value: '71001' })).json.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultMessage: expect.stringContaining('customsDeclarationAmount') });
    expect((await declare({ currency: 'CNY', value: '71000' })).json.result.resultStatus).toBe('S');
  });

  it('KEY_NOT_FOUND when the Signature keyVersion is not the one bound to the key', async () => {
    const bound = contractClient({ keyVersion: '3' });
    const wrong = await bound.call('authorizations/consult', consultBody(), { keyVersion: '1' });
    expect(wrong.json.result).toMatchObject({ resultStatus: 'F', resultCode: 'KEY_NOT_FOUND' });
    const right = await bound.call('authorizations/consult', consultBody(), { keyVersion: '3' });
    expect(right.json.result.resultStatus).toBe('S');
  });

  it('records each verified request as received (GET /__sandbox/requests)', async () => {
    const body = consultBody({ merchantRegion: 'SG', recurringPayment: false });
    await client.call('authorizations/consult', body);
    const response = await fetch(`${sandbox.url}/__sandbox/requests?api=consult&clientId=${client.merchant.clientId}`);
    const { requests } = (await response.json()) as { requests: Array<{ api: string; body: unknown }> };
    expect(requests.at(-1)).toMatchObject({ api: 'consult', body });
  });
});
