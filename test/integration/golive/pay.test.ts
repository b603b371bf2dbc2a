import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InquiryPaymentDocument, PayDocument, type PayInput } from '../../generated/graphql.js';
import { authorize } from '../../helpers/ops-flows.js';
import { startOpsHarness, waitFor, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';

/**
 * pay with every go-live field (ams-golive.md), through GraphQL, asserted on the JSON the sandbox received. The
 * expected shapes follow the official Java SDK's model classes as Gson/fastjson serialise them:
 * global-open-sdk-java `request/ams/pay/AlipayPayRequest.java` (merchantRegion, userRegion, paymentExpiryTime,
 * settlementStrategy), `model/ams/SettlementStrategy.java`, `model/ams/Order.java` (goods, buyer, shipping, env,
 * merchant), `model/ams/Goods.java`, `model/ams/Buyer.java`, `model/ams/Shipping.java`, `model/ams/Merchant.java`,
 * `model/ams/Store.java`, `model/ams/Address.java`, `model/ams/UserName.java`, `model/ams/Env.java`; response fields from
 * `response/ams/pay/AlipayPayResponse.java` and `AlipayPayQueryResponse.java`.
 */

let h: OpsHarness;
let m: MerchantKeys;
let authorizationId: string;

beforeAll(async () => {
  h = await startOpsHarness();
  m = await h.createMerchant('Go-live pay merchant', { sandboxClient: { settlementCurrencies: ['USD', 'HKD'] } });
  ({ authorizationId } = await authorize(h, m.key));
});
afterAll(async () => h?.close());

const lastReceived = (api: string, clientId = m.clientId) => {
  const all = h.sandbox.received({ api, clientId });
  return all[all.length - 1]?.body as Record<string, unknown> | undefined;
};

const address = { region: 'US', state: 'CA', city: 'San Francisco', address1: '1 Market St', address2: 'Suite 2', zipCode: '94105' };

function fullPay(overrides: Partial<PayInput> = {}): PayInput {
  return {
    authorizationId,
    amount: { value: '12500', currency: 'USD' },
    referenceOrderId: `order-${randomUUID().slice(0, 8)}`,
    orderDescription: 'Annual plan',
    merchantRegion: 'US',
    userRegion: 'PH',
    settlementStrategy: { settlementCurrency: 'USD' },
    paymentExpiryTime: new Date(Date.now() + 50_000).toISOString(),
    order: {
      goods: [
        {
          referenceGoodsId: 'sku-1',
          goodsName: 'Mi Band 3',
          goodsCategory: 'electronics/wearables',
          goodsBrand: 'Xiaomi',
          goodsUnitAmount: { value: '6250', currency: 'USD' },
          goodsQuantity: 2,
          goodsSkuName: 'black',
          goodsUrl: 'https://shop.example/sku-1',
          deliveryMethodType: 'PHYSICAL',
          goodsImageUrl: 'https://shop.example/sku-1.png',
        },
      ],
      buyer: {
        referenceBuyerId: 'buyer-42',
        buyerName: { firstName: 'Juan', lastName: 'Dela Cruz', fullName: 'Juan Dela Cruz' },
        buyerPhoneNo: '+63 917 555 0100',
        buyerEmail: 'juan@example.ph',
        buyerRegistrationTime: '2024-01-02T03:04:05.000Z',
        successfulOrderCount: 7,
      },
      shipping: {
        shippingName: { fullName: 'Juan Dela Cruz' },
        shippingAddress: address,
        shippingCarrier: 'DHL',
        shippingPhoneNo: '+639175550100',
        shipToEmail: 'juan@example.ph',
        shippingNumber: 'DHL-1',
        shippingFee: { value: '500', currency: 'USD' },
      },
      env: { terminalType: 'APP', osType: 'IOS', osVersion: '17.1', clientIp: '203.0.113.7', deviceId: 'dev-1', deviceLanguage: 'en_US', timeZoneOffset: 480 },
      merchant: {
        merchantMCC: '5732',
        merchantName: 'Gadget Store',
        merchantDisplayName: 'Gadgets',
        merchantAddress: address,
        merchantType: 'ENTERPRISE',
        store: { referenceStoreId: 'store-1', storeName: 'Gadget Store SF', storeMCC: '5732', storeAddress: address },
      },
    },
    ...overrides,
  };
}

describe('pay carries every go-live field (SDK JSON names and nesting)', () => {
  it('sends merchantRegion, userRegion, settlementStrategy, paymentExpiryTime and order{goods,buyer,shipping,env,merchant}', async () => {
    const input = fullPay();
    const paid = await h.gql(PayDocument, { input }, m.key);
    expect(paid.pay.errors).toEqual([]);
    expect(paid.pay.payment).toMatchObject({ status: 'SUCCEEDED', merchantRegion: 'US', userRegion: 'PH', settlementCurrency: 'USD' });
    expect(paid.pay.payment?.pspCustomerInfo?.pspName).toBe('GCASH');

    const body = lastReceived('pay');
    expect(body).toEqual({
      productCode: 'AGREEMENT_PAYMENT',
      paymentRequestId: paid.pay.payment?.paymentRequestId,
      paymentAmount: { currency: 'USD', value: '12500' },
      paymentMethod: { paymentMethodType: 'GCASH', paymentMethodId: expect.any(String) },
      order: {
        referenceOrderId: input.referenceOrderId,
        orderDescription: 'Annual plan',
        orderAmount: { currency: 'USD', value: '12500' },
        merchant: {
          merchantMCC: '5732',
          merchantName: 'Gadget Store',
          merchantDisplayName: 'Gadgets',
          merchantAddress: address,
          merchantType: 'ENTERPRISE',
          store: { referenceStoreId: 'store-1', storeName: 'Gadget Store SF', storeMCC: '5732', storeAddress: address },
        },
        goods: [
          {
            referenceGoodsId: 'sku-1',
            goodsName: 'Mi Band 3',
            goodsCategory: 'electronics/wearables',
            goodsBrand: 'Xiaomi',
            goodsSkuName: 'black',
            goodsUnitAmount: { value: '6250', currency: 'USD' },
            goodsQuantity: '2',
            goodsUrl: 'https://shop.example/sku-1',
            deliveryMethodType: 'PHYSICAL',
            goodsImageUrl: 'https://shop.example/sku-1.png',
          },
        ],
        buyer: {
          referenceBuyerId: 'buyer-42',
          buyerName: { firstName: 'Juan', lastName: 'Dela Cruz', fullName: 'Juan Dela Cruz' },
          buyerPhoneNo: '+63 917 555 0100',
          buyerEmail: 'juan@example.ph',
          buyerRegistrationTime: '2024-01-02T11:04:05+08:00',
          successfulOrderCount: 7,
        },
        shipping: {
          shippingName: { fullName: 'Juan Dela Cruz' },
          shippingAddress: address,
          shippingCarrier: 'DHL',
          shippingPhoneNo: '+639175550100',
          shipToEmail: 'juan@example.ph',
          shippingNumber: 'DHL-1',
          shippingFee: { value: '500', currency: 'USD' },
        },
        env: { terminalType: 'APP', osType: 'IOS', osVersion: '17.1', clientIp: '203.0.113.7', deviceId: 'dev-1', deviceLanguage: 'en_US', timeZoneOffset: 480 },
      },
      paymentExpiryTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/),
      settlementStrategy: { settlementCurrency: 'USD' },
      merchantRegion: 'US',
      userRegion: 'PH',
    });
    // The access token travelled only to AMS, never back through GraphQL.
    const token = (body?.paymentMethod as { paymentMethodId: string }).paymentMethodId;
    expect(h.responses.join('\n')).not.toContain(token);
  });

  it('stores what it sent (the payment shows it, and a resend is rebuilt from it)', async () => {
    const paid = await h.gql(PayDocument, { input: fullPay() }, m.key);
    const order = lastReceived('pay')?.order as Record<string, unknown>;
    const { referenceOrderId: _id, orderDescription: _description, orderAmount: _amount, ...risk } = order;
    expect(paid.pay.payment?.orderDetails).toEqual(risk);
  });
});

describe('sandbox contract rules on pay', () => {
  it('SETTLE_CONTRACT_NOT_MATCH when a multi-currency contract gets no settlementStrategy; named, it pays', async () => {
    const without = await h.gql(PayDocument, { input: fullPay({ settlementStrategy: null }) }, m.key);
    expect(without.pay.payment).toMatchObject({ status: 'FAILED', failure: { code: 'SETTLE_CONTRACT_NOT_MATCH' } });
    expect(lastReceived('pay')).not.toHaveProperty('settlementStrategy');
    const outside = await h.gql(PayDocument, { input: fullPay({ settlementStrategy: { settlementCurrency: 'EUR' } }) }, m.key);
    expect(outside.pay.payment).toMatchObject({ status: 'FAILED', failure: { code: 'SETTLE_CONTRACT_NOT_MATCH' } });
    const named = await h.gql(PayDocument, { input: fullPay({ settlementStrategy: { settlementCurrency: 'HKD' } }) }, m.key);
    expect(named.pay.payment?.status).toBe('SUCCEEDED');
  });

  it('a GAGW client refuses a pay without merchantRegion with PARAM_ILLEGAL naming the field', async () => {
    const gagw = await h.createMerchant('GAGW pay merchant');
    const { authorizationId: auth } = await authorize(h, gagw.key);
    await h.control('clients', { clientId: gagw.clientId, publicKey: gagw.publicKey, gagw: true });
    const refused = await h.gql(PayDocument, { input: fullPay({ authorizationId: auth, merchantRegion: null, settlementStrategy: null }) }, gagw.key);
    expect(refused.pay.payment).toMatchObject({ status: 'FAILED', failure: { code: 'PARAM_ILLEGAL' } });
    expect(refused.pay.payment?.failure?.message).toContain('merchantRegion');
    const paid = await h.gql(PayDocument, { input: fullPay({ authorizationId: auth, settlementStrategy: null }) }, gagw.key);
    expect(paid.pay.payment?.status).toBe('SUCCEEDED');
  });

  it('an APP or WAP order.env without osType is PARAM_ILLEGAL at AMS (the gateway refuses it first)', async () => {
    const refused = await h.gql(PayDocument, { input: fullPay({ order: { env: { terminalType: 'WAP' } } }) }, m.key);
    expect(refused.pay.errors).toEqual([{ code: 'REQUIRED', field: 'order.env.osType', message: expect.stringContaining('WAP') }]);
  });
});

describe('pay input validation names the field', () => {
  it('refuses bad regions, currencies, MCCs, enums, goods and expiry, persisting nothing', async () => {
    const before = await h.count('payments');
    const refused = await h.gql(
      PayDocument,
      {
        input: fullPay({
          merchantRegion: 'XX',
          userRegion: 'usa',
          settlementStrategy: { settlementCurrency: 'DOLLAR' },
          paymentExpiryTime: new Date(Date.now() + 5 * 60_000).toISOString(),
          order: {
            goods: [{ referenceGoodsId: 'g', goodsName: ' ', goodsQuantity: 0, deliveryMethodType: 'TELEPORT', goodsUrl: 'ftp://x' }],
            buyer: { buyerEmail: 'not-an-email', successfulOrderCount: -1 },
            shipping: { shippingAddress: { region: 'ZZ' } },
            env: { terminalType: 'TV', clientIp: '999.1.1.1', timeZoneOffset: 900 },
            merchant: { merchantMCC: '57', merchantType: 'GOVERNMENT', store: { storeMCC: 'abcd' } },
          },
        }),
      },
      m.key,
    );
    expect(refused.pay.payment).toBeNull();
    const fields = refused.pay.errors.map((e) => e.field).sort();
    expect(fields).toEqual(
      [
        'merchantRegion',
        'userRegion',
        'settlementStrategy.settlementCurrency',
        'paymentExpiryTime',
        'order.goods[0].goodsName',
        'order.goods[0].goodsQuantity',
        'order.goods[0].goodsUrl',
        'order.goods[0].deliveryMethodType',
        'order.buyer.buyerEmail',
        'order.buyer.successfulOrderCount',
        'order.shipping.shippingAddress.region',
        'order.env.terminalType',
        'order.env.clientIp',
        'order.env.timeZoneOffset',
        'order.merchant.merchantMCC',
        'order.merchant.merchantType',
        'order.merchant.store.storeMCC',
      ].sort(),
    );
    for (const error of refused.pay.errors) expect(error.message).toContain(error.field!);
    expect(await h.count('payments')).toBe(before);
  });
});

describe('pay response fields', () => {
  it('exposes the user-action URLs of a U answer, then customsDeclarationAmount and pspCustomerInfo from the inquiry', async () => {
    const paid = await h.gql(PayDocument, { input: fullPay({ amount: { value: '10014', currency: 'USD' } }) }, m.key); // sandbox 14: user confirms
    expect(paid.pay.ams).toMatchObject({ status: 'U', code: 'PAYMENT_IN_PROCESS' });
    expect(paid.pay.payment).toMatchObject({
      status: 'PROCESSING',
      normalUrl: expect.stringContaining('/__sandbox/confirm/'),
      schemeUrl: expect.stringMatching(/^antomsandbox:\/\//),
      applinkUrl: expect.stringContaining('/__sandbox/confirm/'),
      paymentActionForm: expect.stringContaining('REDIRECT'),
    });
    const id = paid.pay.payment!.id;
    const settled = await waitFor(
      () => h.gql(InquiryPaymentDocument, { id }, m.key).then((r) => r.inquiryPayment),
      (r) => r.payment?.status === 'SUCCEEDED',
    );
    expect(settled.payment?.customsDeclarationAmount).toEqual({ value: expect.stringMatching(/^\d+$/), currency: expect.stringMatching(/^[A-Z]{3}$/) });
    expect(settled.payment?.pspCustomerInfo).toMatchObject({ pspName: 'GCASH', displayCustomerId: expect.stringContaining('****') });
  });
});
