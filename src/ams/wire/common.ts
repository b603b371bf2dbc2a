/**
 * Shared AMS wire objects (ams-spec §3, §4). Field names are the exact JSON keys on the wire.
 *
 * Enumerations that Antom may extend are typed `Known | (string & {})`: editors still suggest the known values, but a
 * response carrying a value added after this file was written still type-checks (spec §3.1: tolerate unknown values).
 */

/** A string enum that stays open to values Antom adds later. */
export type OpenEnum<Known extends string> = Known | (string & {});

export const RESULT_STATUSES = ['S', 'F', 'U'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** `result` of every response and notification body (spec §3.4). */
export interface Result {
  resultCode: string;
  resultStatus: ResultStatus;
  resultMessage?: string;
}

/** Every response body has a `result`; unknown extra fields are tolerated. */
export interface AmsResponseBody {
  result: Result;
}

/** Money in the currency's smallest unit, as a decimal string (spec §3.2). */
export interface Amount {
  /** ISO 4217 alpha-3. */
  currency: string;
  /** Integer minor units as a string, e.g. PHP 300.00 → "30000". */
  value: string;
}

export type ProductCode = OpenEnum<'CASHIER_PAYMENT' | 'AGREEMENT_PAYMENT' | 'IN_STORE_PAYMENT'>;
export type TerminalType = OpenEnum<'WEB' | 'WAP' | 'APP' | 'MINI_APP'>;
export type OsType = OpenEnum<'IOS' | 'ANDROID'>;
export type GrantType = 'AUTHORIZATION_CODE' | 'REFRESH_TOKEN';
export type ScopeType = OpenEnum<
  'BASE_USER_INFO' | 'AGREEMENT_PAY' | 'USER_INFO' | 'USER_LOGIN_ID' | 'HASH_LOGIN_ID' | 'SEND_OTP' | 'TAOBAO_REBIND'
>;
/** paymentStatus / refundStatus / transactionStatus. `PENDING` exists although the Java SDK enum lacks it. */
export type TransactionStatus = OpenEnum<'SUCCESS' | 'FAIL' | 'PROCESSING' | 'CANCELLED' | 'PENDING'>;
export type TransactionType = OpenEnum<
  'PAYMENT' | 'REFUND' | 'CAPTURE' | 'CANCEL' | 'AUTHORIZATION' | 'VOID' | 'INCREMENTAL'
>;
/** The wallet (`customerBelongsTo`, `paymentMethodType` for Auto Debit). */
export type CustomerBelongsTo = OpenEnum<
  | 'ALIPAY_CN'
  | 'ALIPAY_HK'
  | 'MPAY'
  | 'DANA'
  | 'PAYPAY'
  | 'BOOST'
  | 'TNG'
  | 'GRABPAY_MY'
  | 'HIPAY'
  | 'GCASH'
  | 'MAYA'
  | 'GRABPAY_PH'
  | 'GRABPAY_SG'
  | 'KAKAOPAY'
  | 'NAVERPAY'
  | 'TOSSPAY'
  | 'RABBIT_LINE_PAY'
  | 'TRUEMONEY'
  | 'KPLUS'
  | 'DIRECT_DEBIT_SIAMCOMMERCIALBANK'
  | 'DIRECT_DEBIT_KRUNGTHAIBANK'
  | 'ACH_DIRECT_DEBIT'
  | 'ZALOPAY'
  | 'MOMO'
  | 'VIETTELMONEY'
  | 'JKOPAY'
  | 'BKASH'
  | 'EASYPAISA'
  | 'DIRECTDEBIT_YAPILY'
  | 'ANTOM_BIZ_ACCOUNT'
>;

/** ISO-8601 date-time with offset, e.g. `2019-11-27T12:01:01+08:00` (spec §3.3). */
export type AmsDateTime = string;

export interface Address {
  /** ISO 3166 alpha-2. */
  region: string;
  state?: string;
  city?: string;
  address1?: string;
  address2?: string;
  address3?: string;
  zipCode?: string;
  label?: string;
}

export interface UserName {
  firstName?: string;
  middleName?: string;
  lastName?: string;
  fullName?: string;
}

export interface Env {
  terminalType?: TerminalType;
  osType?: OsType;
  osVersion?: string;
  userAgent?: string;
  deviceTokenId?: string;
  clientIp?: string;
  cookieId?: string;
  deviceId?: string;
  deviceLanguage?: string;
  deviceBrand?: string;
  deviceModel?: string;
  screenHeight?: string | number;
  screenWidth?: string | number;
  colorDepth?: string | number;
  /** Minutes, −720…720; the SDKs send a JSON number. */
  timeZoneOffset?: number;
  browserInfo?: Record<string, unknown>;
  storeTerminalId?: string;
  storeTerminalRequestTime?: AmsDateTime;
  extendInfo?: string;
}

export interface Store {
  referenceStoreId?: string;
  storeName?: string;
  storeMCC?: string;
  storeDisplayName?: string;
  storeTerminalId?: string;
  storeOperatorId?: string;
  storeAddress?: Address;
  storePhoneNo?: string;
}

/** Secondary-merchant info inside `order.merchant` (spec §4.2). */
export interface Merchant {
  referenceMerchantId?: string;
  merchantMCC?: string;
  merchantName?: string;
  merchantDisplayName?: string;
  merchantAddress?: Address;
  merchantRegisterDate?: AmsDateTime;
  merchantType?: OpenEnum<'INDIVIDUAL' | 'ENTERPRISE'>;
  store?: Store;
}

export interface Buyer {
  referenceBuyerId?: string;
  buyerName?: UserName;
  buyerPhoneNo?: string;
  buyerEmail?: string;
  buyerRegistrationTime?: AmsDateTime;
  /** The SDKs send this one as a JSON number. */
  successfulOrderCount?: number | string;
}

export interface Goods {
  referenceGoodsId?: string;
  goodsName?: string;
  goodsCategory?: string;
  goodsBrand?: string;
  goodsUnitAmount?: Amount;
  goodsQuantity?: string;
  goodsSkuName?: string;
  goodsUrl?: string;
  deliveryMethodType?: OpenEnum<'PHYSICAL' | 'DIGITAL'>;
  goodsImageUrl?: string;
  priceId?: string;
  goodsDiscountAmount?: Amount;
  goodsEndsOnTime?: AmsDateTime;
  crossSell?: Record<string, unknown>;
}

export interface Shipping {
  shippingName?: UserName;
  shippingAddress?: Address;
  shippingCarrier?: string;
  shippingPhoneNo?: string;
  shipToEmail?: string;
  shippingFeeId?: string;
  shippingFee?: Amount;
  shippingDescription?: string;
  deliveryEstimate?: Record<string, unknown>;
  shippingNumber?: string;
  notes?: string;
}

/** spec §4.1 */
export interface Order {
  referenceOrderId: string;
  orderDescription: string;
  orderAmount: Amount;
  merchant?: Merchant;
  goods?: Goods[];
  shipping?: Shipping;
  buyer?: Buyer;
  env?: Env;
  extendInfo?: string;
}

/** spec §4.4. For Auto Debit `paymentMethodId` IS the access token: treat it as a secret. */
export interface PaymentMethod {
  paymentMethodType: CustomerBelongsTo;
  paymentMethodId?: string;
  customerId?: string;
  paymentMethodMetaData?: Record<string, unknown>;
  extendInfo?: string;
}

/** spec §4.5. `isAgreementPayment` is an Alipay+ MPP field the sandbox accepts and ignores. */
export interface PaymentFactor {
  isPaymentEvaluation?: boolean;
  inStorePaymentScenario?: OpenEnum<'PaymentCode' | 'OrderCode' | 'EntryCode'>;
  presentmentMode?: OpenEnum<'BUNDLE' | 'TILE' | 'UNIFIED'>;
  captureMode?: OpenEnum<'AUTOMATIC' | 'MANUAL'>;
  isAuthorization?: boolean;
  isAgreementPayment?: boolean;
}

export interface SettlementStrategy {
  settlementCurrency?: string;
}

/** spec §4.7 */
export interface Quote {
  quoteId?: string;
  quoteCurrencyPair?: string;
  quotePrice?: string | number;
  quoteStartTime?: AmsDateTime;
  quoteExpiryTime?: AmsDateTime;
  guaranteed?: boolean;
  exchangeAmount?: Amount;
}

/** spec §4.8 */
export interface PspCustomerInfo {
  pspName?: string;
  pspCustomerId?: string;
  displayCustomerId?: string;
  displayCustomerName?: string;
  customer2088Id?: string;
  extendInfo?: string;
}

export interface AcquirerInfo {
  acquirerName?: string;
  referenceRequestId?: string;
  acquirerTransactionId?: string;
  acquirerMerchantId?: string;
  acquirerResultCode?: string;
  acquirerResultMessage?: string;
}

/** An entry of inquiryPayment `transactions[]` (spec §4.9). */
export interface Transaction {
  transactionResult?: Result;
  transactionId?: string;
  transactionType?: TransactionType;
  transactionStatus?: TransactionStatus;
  transactionAmount?: Amount;
  transactionRequestId?: string;
  transactionTime?: AmsDateTime;
  acquirerInfo?: AcquirerInfo;
  grossSettlementAmount?: Amount;
  settlementQuote?: Quote;
}

/** The codes every API answers besides its own failures and "in process" codes. */
type ResultCodeTable<F extends string, U extends string> = { readonly SUCCESS: 'S' } & { readonly [K in F]: 'F' } & {
  readonly [K in U | 'REQUEST_TRAFFIC_EXCEED_LIMIT' | 'UNKNOWN_EXCEPTION']: 'U';
};

/**
 * An API's result codes (addendum part B) → status, from the API's F codes and its own U codes: every API also answers
 * SUCCESS, its only S code, and the two U codes any call can get (traffic limit, unknown exception).
 */
export function resultCodeTable<const F extends string, const U extends string = never>(
  failures: readonly F[],
  inProcess: readonly U[] = [],
): ResultCodeTable<F, U> {
  const table: Record<string, ResultStatus> = { SUCCESS: 'S' };
  for (const code of failures) table[code] = 'F';
  for (const code of [...inProcess, 'REQUEST_TRAFFIC_EXCEED_LIMIT', 'UNKNOWN_EXCEPTION']) table[code] = 'U';
  return table as ResultCodeTable<F, U>;
}

/**
 * The failures every inquiry endpoint can answer (inquiryPayment, inquiryRefund, inquiryDeclarationRequests; spec
 * tables): each adds its own codes to these.
 */
export const INQUIRY_FAILURES = [
  'ACCESS_DENIED',
  'INVALID_API',
  'INVALID_SIGNATURE',
  'KEY_NOT_FOUND',
  'NO_INTERFACE_DEF',
  'PARAM_ILLEGAL',
  'PROCESS_FAIL',
  'SYSTEM_ERROR',
] as const;

/** Codes any endpoint can return (spec §3.5, addendum B.0). */
export const GENERIC_RESULT_CODES = resultCodeTable([
  'ACCESS_DENIED',
  'CLIENT_FORBIDDEN_ACCESS_API',
  'INVALID_API',
  'API_INVALID',
  'INVALID_CLIENT',
  'CLIENT_INVALID',
  'UNKNOWN_CLIENT',
  'INVALID_CLIENT_STATUS',
  'INVALID_SIGNATURE',
  'KEY_NOT_FOUND',
  'NO_INTERFACE_DEF',
  'MEDIA_TYPE_NOT_ACCEPTABLE',
  'METHOD_NOT_SUPPORTED',
  'MERCHANT_NOT_REGISTERED',
  'PARAM_ILLEGAL',
  'PROCESS_FAIL',
  'REPEAT_REQ_INCONSISTENT',
  'OAUTH_FAILED',
  'SYSTEM_ERROR',
]);
export type GenericResultCode = keyof typeof GENERIC_RESULT_CODES;
