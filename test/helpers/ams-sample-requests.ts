import type { AmsApiName, AmsRequestOf } from '../../src/ams/wire/endpoints.js';

/** One valid request per API, shaped like the spec's examples. */
export const SAMPLE_REQUESTS: { [K in AmsApiName]: AmsRequestOf<K> } = {
  consult: {
    customerBelongsTo: 'GCASH',
    authRedirectUrl: 'https://www.merchant.com/authorizationResult',
    scopes: ['AGREEMENT_PAY'],
    authState: '663A8FA9-D836-48EE-8AA1-1FF682989DC7',
    terminalType: 'APP',
    osType: 'ANDROID',
    osVersion: '12',
  },
  applyToken: { grantType: 'AUTHORIZATION_CODE', customerBelongsTo: 'GCASH', authCode: '3AB2F588D14B43238637264FCA5AAF35' },
  revoke: { accessToken: '281010033AB2F588D14B43238637264FCA5Axxxx' },
  pay: {
    productCode: 'AGREEMENT_PAYMENT',
    paymentRequestId: 'PAY_20240101_0001',
    paymentAmount: { currency: 'PHP', value: '30000' },
    paymentMethod: { paymentMethodType: 'GCASH', paymentMethodId: '281010033AB2F588D14B43238637264FCA5Axxxx' },
    order: {
      referenceOrderId: '102775765075669',
      orderDescription: 'Mi Band 3 Wrist Strap — ünïcødé',
      orderAmount: { currency: 'PHP', value: '30000' },
      env: { terminalType: 'APP', osType: 'IOS' },
    },
    paymentNotifyUrl: 'https://merchant.example.com/antom/notify/payment',
    settlementStrategy: { settlementCurrency: 'USD' },
  },
  inquiryPayment: { paymentRequestId: 'PAY_20240101_0001' },
  cancel: { paymentRequestId: 'PAY_20240101_0001' },
  refund: {
    refundRequestId: 'REF_20240101_0001',
    paymentId: '20240101190741010007000000001',
    refundAmount: { currency: 'PHP', value: '10000' },
    refundReason: 'damaged',
  },
  inquiryRefund: { refundRequestId: 'REF_20240101_0001' },
  declare: {
    declarationRequestId: 'DEC_0001',
    paymentId: '20240101190741010007000000001',
    declarationAmount: { currency: 'CNY', value: '10000' },
    customs: { customsCode: 'ZONGSHU', region: 'CN' },
    merchantCustomsInfo: { merchantCustomsCode: 'MC001', merchantCustomsName: 'Demo Shop' },
    splitOrder: false,
  },
  inquiryDeclarationRequests: { declarationRequestIds: ['DEC_0001'] },
  registration: {
    registrationRequestId: 'REG_0001',
    merchantInfo: {
      referenceMerchantId: 'M0000000001',
      merchantDisplayName: 'Demo Shop',
      merchantMCC: '5732',
      websites: [{ url: 'https://shop.example.com' }],
    },
    productCodes: ['AGREEMENT_PAYMENT'],
  },
  inquiryRegistrationStatus: { referenceMerchantId: 'M0000000001' },
  inquiryRegistrationInfo: { referenceMerchantId: 'M0000000001' },
};
