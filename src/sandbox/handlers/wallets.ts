/** `customerBelongsTo` / `paymentMethodType` values the sandbox accepts (ams-spec §4.10 CustomerBelongsTo). */
export const WALLETS: ReadonlySet<string> = new Set([
  'ALIPAY_CN', 'ALIPAY_HK', 'MPAY', 'DANA', 'PAYPAY', 'BOOST', 'TNG', 'GRABPAY_MY', 'HIPAY', 'GCASH', 'MAYA',
  'GRABPAY_PH', 'GRABPAY_SG', 'KAKAOPAY', 'NAVERPAY', 'TOSSPAY', 'RABBIT_LINE_PAY', 'TRUEMONEY', 'KPLUS',
  'DIRECT_DEBIT_SIAMCOMMERCIALBANK', 'DIRECT_DEBIT_KRUNGTHAIBANK', 'ACH_DIRECT_DEBIT', 'ZALOPAY', 'MOMO',
  'VIETTELMONEY', 'JKOPAY', 'BKASH', 'EASYPAISA', 'DIRECTDEBIT_YAPILY', 'ANTOM_BIZ_ACCOUNT',
]);

export const SCOPES = ['BASE_USER_INFO', 'AGREEMENT_PAY', 'USER_INFO', 'USER_LOGIN_ID', 'HASH_LOGIN_ID', 'SEND_OTP', 'TAOBAO_REBIND'] as const;
export const TERMINAL_TYPES = ['WEB', 'WAP', 'APP', 'MINI_APP'] as const;
export const OS_TYPES = ['IOS', 'ANDROID'] as const;
export const GAGW_REGIONS = ['US', 'JP', 'PK', 'SG'] as const;
