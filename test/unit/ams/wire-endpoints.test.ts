import { describe, expect, it } from 'vitest';
import {
  AMS_API_NAMES,
  AMS_ENDPOINTS,
  GENERIC_RESULT_CODES,
  NOTIFICATION_ACK_BODY,
  RESULT_CODES_BY_API,
  apiForPath,
} from '../../../src/ams/wire/index.js';

describe('endpoint table', () => {
  it('has the 13 spec paths (ams-spec §1.6)', () => {
    expect(Object.fromEntries(AMS_API_NAMES.map((api) => [api, AMS_ENDPOINTS[api].path]))).toEqual({
      consult: '/ams/api/v1/authorizations/consult',
      applyToken: '/ams/api/v1/authorizations/applyToken',
      revoke: '/ams/api/v1/authorizations/revoke',
      pay: '/ams/api/v1/payments/pay',
      inquiryPayment: '/ams/api/v1/payments/inquiryPayment',
      cancel: '/ams/api/v1/payments/cancel',
      refund: '/ams/api/v1/payments/refund',
      inquiryRefund: '/ams/api/v1/payments/inquiryRefund',
      declare: '/ams/api/v1/customs/declare',
      inquiryDeclarationRequests: '/ams/api/v1/customs/inquiryDeclarationRequests',
      registration: '/ams/api/v1/merchants/registration',
      inquiryRegistrationStatus: '/ams/api/v1/merchants/inquiryRegistrationStatus',
      inquiryRegistrationInfo: '/ams/api/v1/merchants/inquiryRegistrationInfo',
    });
  });

  it('maps production, sandbox and query-carrying paths back to the API', () => {
    expect(apiForPath('/ams/api/v1/payments/pay')).toBe('pay');
    expect(apiForPath('/ams/sandbox/api/v1/payments/pay')).toBe('pay');
    expect(apiForPath('/ams/api/v1/payments/refund?x=1')).toBe('refund');
    expect(apiForPath('/ams/api/v1/payments/capture')).toBeUndefined();
    expect(apiForPath('/ams/api/v2/payments/pay')).toBeUndefined();
  });

  it('lists SUCCESS as S and only S for every API, and U only for retryable/in-process codes', () => {
    for (const api of AMS_API_NAMES) {
      const codes: Record<string, string> = RESULT_CODES_BY_API[api];
      expect(codes['SUCCESS']).toBe('S');
      expect(Object.entries(codes).filter(([, status]) => status === 'S').map(([code]) => code)).toEqual(['SUCCESS']);
      for (const [code, status] of Object.entries(codes)) {
        if (status === 'U') expect(code).toMatch(/^(UNKNOWN_EXCEPTION|REQUEST_TRAFFIC_EXCEED_LIMIT|[A-Z]+_IN_PROCESS)$/);
      }
    }
    expect(GENERIC_RESULT_CODES.UNKNOWN_EXCEPTION).toBe('U');
  });

  it('spells the tricky codes as the addendum does', () => {
    expect(RESULT_CODES_BY_API.pay).toHaveProperty('ORDER_IS_CANCELED', 'F');
    expect(RESULT_CODES_BY_API.pay).not.toHaveProperty('ORDER_IS_CANCELLED');
    expect(RESULT_CODES_BY_API.applyToken).toHaveProperty('INVALID_AUTHCODE', 'F');
    expect(RESULT_CODES_BY_API.refund).toHaveProperty('REFUND_IN_PROCESS', 'U');
  });

  it('has the byte-exact notification acknowledgement (ams-spec §6.1)', () => {
    expect(NOTIFICATION_ACK_BODY).toBe('{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}');
    expect(JSON.parse(NOTIFICATION_ACK_BODY)).toEqual({ result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' } });
  });
});
