import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { authorize, NotificationReceiver, payBody, sandboxWithMerchant, type AmsTestClient } from './helpers.js';

describe('sandbox customs declarations and merchant registrations', () => {
  let sandbox: Sandbox;
  let client: AmsTestClient;
  let receiver: NotificationReceiver;
  let paymentId: string;

  beforeAll(async () => {
    receiver = await new NotificationReceiver().start();
    // Customs answers and registration steps wait 10 s of sandbox time; the tests move the clock.
    ({ sandbox, client } = await sandboxWithMerchant({ asyncDelayMs: 10_000 }));
    const { accessToken } = await authorize(client);
    const paid = await client.call('payments/pay', payBody(accessToken, '10000', { paymentAmount: { currency: 'CNY', value: '10000' }, paymentMethod: { paymentMethodType: 'GCASH', paymentMethodId: accessToken } }));
    paymentId = String(paid.json.paymentId);
  });
  afterAll(async () => {
    await sandbox.close();
    await receiver.close();
  });

  const declareBody = (declarationRequestId: string, value: string, extra: Record<string, unknown> = {}) => ({
    declarationRequestId,
    paymentId,
    declarationAmount: { currency: 'CNY', value },
    customs: { customsCode: 'ZONGSHU', region: 'CN' },
    merchantCustomsInfo: { merchantCustomsCode: 'MC001', merchantCustomsName: 'Demo Merchant' },
    splitOrder: 'false',
    ...extra,
  });
  const inquire = (ids: string[]) => client.call('customs/inquiryDeclarationRequests', { declarationRequestIds: ids });

  it('accepts a declaration, answers PROCESSING, then the customs result; lists not-found ids', async () => {
    const answer = await client.call('customs/declare', declareBody('D1', '10000'));
    expect(answer.json.result.resultCode).toBe('SUCCESS');
    expect(answer.json).toMatchObject({ customsProviderRegistrationId: '31222699S7' });
    const early = await inquire(['D1', 'D-UNKNOWN']);
    expect(early.json.declarationRequestsNotFound).toEqual(['D-UNKNOWN']);
    expect((early.json.declarationRecords as Array<Record<string, unknown>>)[0]).toMatchObject({ declarationRequestId: 'D1', declarationRequestStatus: 'PROCESSING' });
    sandbox.advanceClock(10);
    const late = await inquire(['D1']);
    expect((late.json.declarationRecords as Array<Record<string, unknown>>)[0]).toMatchObject({ declarationRequestStatus: 'SUCCESS', customsDeclarationResultCode: 'SUCCESS' });
  });

  it('amount ending 03 is rejected by customs; split orders need subOrderId (either spelling)', async () => {
    await client.call('customs/declare', declareBody('D2', '5003'));
    sandbox.advanceClock(10);
    expect(((await inquire(['D2'])).json.declarationRecords as Array<Record<string, unknown>>)[0]?.declarationRequestStatus).toBe('FAIL');
    const missing = await client.call('customs/declare', declareBody('D3', '100', { splitOrder: true }));
    expect(missing.json.result.resultMessage).toMatch(/^subOrderId is required/);
    expect((await client.call('customs/declare', declareBody('D4', '100', { splitOrder: true, suborderId: 'S-1' }))).json.customsOrderId).toBe('S-1');
    expect((await client.call('customs/declare', declareBody('D5', '100', { splitOrder: true, subOrderId: 'S-2' }))).json.customsOrderId).toBe('S-2');
  });

  it('refuses amounts above the paid amount, unknown payments, inconsistent repeats, and >10 ids', async () => {
    expect((await client.call('customs/declare', declareBody('D6', '10001'))).json.result.resultMessage).toMatch(/^declarationAmount/);
    expect((await client.call('customs/declare', { ...declareBody('D7', '1'), paymentId: 'NOPE' })).json.result.resultCode).toBe('ORDER_NOT_EXIST');
    expect((await client.call('customs/declare', declareBody('D1', '9999'))).json.result.resultCode).toBe('REPEAT_REQ_INCONSISTENT');
    expect((await client.call('customs/declare', declareBody('D1', '10000'))).json.result.resultCode).toBe('SUCCESS');
    const tooMany = await inquire(Array.from({ length: 11 }, (_, i) => `X${i}`));
    expect(tooMany.json.result.resultMessage).toMatch(/^declarationRequestIds allows at most 10/);
  });

  const registrationBody = (registrationRequestId: string, referenceMerchantId: string, extra: Record<string, unknown> = {}) => ({
    registrationRequestId,
    registrationNotifyURL: `${receiver.url}/notify/registration`,
    passThroughInfo: '{"k":"v"}',
    productCodes: ['AGREEMENT_PAYMENT'],
    merchantInfo: {
      referenceMerchantId,
      merchantDisplayName: 'Secondary shop',
      merchantMCC: '5812',
      websites: [{ name: 'shop', url: 'https://shop.example', type: 'TRADING' }],
      merchantAddress: { region: 'SG', city: 'Singapore' },
    },
    ...extra,
  });

  it('registers asynchronously: PROCESSING → PENDING → COMPLETED, with notifyRegistrationStatus', async () => {
    const accepted = await client.call('merchants/registration', registrationBody('REG-1', 'SUB-1'));
    expect(accepted.json).toMatchObject({ result: { resultCode: 'SUCCESS' }, passThroughInfo: '{"k":"v"}' });
    const status = async () => (await client.call('merchants/inquiryRegistrationStatus', { registrationRequestId: 'REG-1' })).json;
    expect(await status()).toMatchObject({ registrationResult: { registrationStatus: 'PROCESSING' } });
    sandbox.advanceClock(10);
    expect(await status()).toMatchObject({ registrationResult: { registrationStatus: 'PENDING' }, pspRegistrationResultList: [{ registrationResult: { registrationStatus: 'PENDING' } }] });
    sandbox.advanceClock(10);
    await receiver.waitFor((r) => r.some((n) => n.path === '/notify/registration'));
    expect(receiver.bodies().find((b) => b.registrationRequestId === 'REG-1')).toMatchObject({
      referenceMerchantId: 'SUB-1',
      registrationResult: { registrationStatus: 'COMPLETED' },
      pspRegistrationResultList: [{ registrationResult: { registrationStatus: 'APPROVED' } }],
    });
    expect(await status()).toMatchObject({ registrationResult: { registrationStatus: 'COMPLETED' } });
    const info = await client.call('merchants/inquiryRegistrationInfo', { referenceMerchantId: 'SUB-1' });
    expect(info.json).toMatchObject({ merchantInfo: { merchantDisplayName: 'Secondary shop' }, productCodes: ['AGREEMENT_PAYMENT'] });
    expect((await client.call('merchants/registration', registrationBody('REG-2', 'SUB-1'))).json.result.resultCode).toBe('REPEAT_REGISTRATION');
    expect((await client.call('merchants/registration', registrationBody('REG-1', 'SUB-1'))).json.result.resultCode).toBe('SUCCESS');
    expect((await client.call('merchants/registration', registrationBody('REG-1', 'SUB-OTHER'))).json.result.resultCode).toBe('REPEAT_REQ_INCONSISTENT');
    // The registered secondary merchant can now be named in consult.
    const consult = await client.call('authorizations/consult', {
      customerBelongsTo: 'GCASH',
      authRedirectUrl: 'https://merchant.example/return',
      scopes: ['AGREEMENT_PAY'],
      authState: 'SUB-STATE',
      authClientId: 'SUB-1',
    });
    expect(consult.json.result.resultCode).toBe('SUCCESS');
  });

  it('rejects referenceMerchantIds containing REJECT and allows re-registration after a rejection', async () => {
    await client.call('merchants/registration', registrationBody('REG-R', 'SUB-REJECT-1'));
    sandbox.advanceClock(10);
    sandbox.advanceClock(10);
    const status = await client.call('merchants/inquiryRegistrationStatus', { referenceMerchantId: 'SUB-REJECT-1' });
    expect(status.json).toMatchObject({ registrationResult: { registrationStatus: 'REJECTED' } });
    expect((await client.call('merchants/registration', registrationBody('REG-R2', 'SUB-REJECT-1'))).json.result.resultCode).toBe('SUCCESS');
  });

  it('validates: enum product codes, website URLs, storeInfo for in-store, not-found records', async () => {
    const badProduct = await client.call('merchants/registration', registrationBody('REG-X', 'SUB-X', { productCodes: ['TELEPORT'] }));
    expect(badProduct.json.result.resultMessage).toMatch(/^productCodes\[0\]/);
    const badSite = await client.call('merchants/registration', registrationBody('REG-Y', 'SUB-Y', { merchantInfo: { referenceMerchantId: 'SUB-Y', websites: [{ url: 'nope' }] } }));
    expect(badSite.json.result.resultMessage).toMatch(/^merchantInfo.websites\[0\].url/);
    const inStore = await client.call('merchants/registration', registrationBody('REG-Z', 'SUB-Z', { productCodes: ['IN_STORE_PAYMENT'] }));
    expect(inStore.json.result.resultMessage).toMatch(/^storeInfo is required/);
    expect((await client.call('merchants/inquiryRegistrationStatus', { registrationRequestId: 'NONE' })).json.result.resultCode).toBe('RECORD_NOT_FOUND');
    expect((await client.call('merchants/inquiryRegistrationInfo', { referenceMerchantId: 'NONE' })).json.result.resultCode).toBe('RECORD_NOT_FOUND');
    expect((await client.call('merchants/inquiryRegistrationStatus', {})).json.result.resultCode).toBe('PARAM_ILLEGAL');
  });
});
