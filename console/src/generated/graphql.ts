/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** AMS Address (Java Address.java). */
export type AddressInput = {
  address1?: string | null | undefined;
  address2?: string | null | undefined;
  address3?: string | null | undefined;
  city?: string | null | undefined;
  label?: string | null | undefined;
  /** ISO 3166-1 alpha-2, e.g. US. */
  region: string;
  state?: string | null | undefined;
  zipCode?: string | null | undefined;
};

/** S / F / U as AMS answered; UNKNOWN: timeout or untrustworthy answer (treated like U); NOT_SENT: the request provably never reached AMS. */
export type AmsCallStatus =
  | 'F'
  | 'NOT_SENT'
  | 'S'
  | 'U'
  | 'UNKNOWN';

/** AMS regional endpoints; use baseUrl instead for another endpoint (e.g. the sandbox). */
export type AmsRegion =
  | 'ASIA'
  | 'EUROPE'
  | 'NORTH_AMERICA';

/** API key mutation problems. */
export type ApiKeyErrorCode =
  | 'ALREADY_REVOKED'
  | 'INVALID'
  | 'MERCHANT_DISABLED'
  | 'NOT_FOUND'
  | 'REQUIRED';

export type ApplyTokenInput = {
  /** From the redirect (or notifyAuthorization). Write-only. */
  authCode: string;
  /** From the redirect; checked against the consult’s authState when given. */
  authState?: string | null | undefined;
  authorizationId: string | number;
};

/** AMS authMetaData (Java AuthMetaData.java). The certificate number is sent, never stored or shown. */
export type AuthMetaDataInput = {
  accountHolderCertNo?: string | null | undefined;
  accountHolderName?: string | null | undefined;
};

/** Authorization mutation problems. */
export type AuthorizationErrorCode =
  | 'AUTH_STATE_MISMATCH'
  | 'IDEMPOTENCY_MISMATCH'
  | 'INVALID'
  | 'INVALID_STATE'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'TOKEN_EXPIRED'
  | 'TOO_LONG';

export type AuthorizationFilter = {
  /** Created at or after. */
  createdAfter?: string | null | undefined;
  /** Created before. */
  createdBefore?: string | null | undefined;
  customerBelongsTo?: string | null | undefined;
  status?: AuthorizationStatus | null | undefined;
};

/** Where an Auto Debit authorization stands. */
export type AuthorizationStatus =
  | 'ACTIVE'
  | 'AUTH_CODE_RECEIVED'
  | 'AWAITING_USER'
  | 'CONSULTING'
  | 'EXPIRED'
  | 'FAILED'
  | 'REAUTHORIZATION_REQUIRED'
  | 'REVOKED';

/** AMS Buyer (Java Buyer.java). */
export type BuyerInput = {
  buyerEmail?: string | null | undefined;
  buyerName?: UserNameInput | null | undefined;
  buyerPhoneNo?: string | null | undefined;
  buyerRegistrationTime?: string | null | undefined;
  referenceBuyerId?: string | null | undefined;
  successfulOrderCount?: number | null | undefined;
};

export type ConsultInput = {
  /** referenceMerchantId of a secondary merchant whose registration COMPLETED; pay then names it as the order’s merchant. */
  authClientId?: string | null | undefined;
  authMetaData?: AuthMetaDataInput | null | undefined;
  /** Where the wallet sends the user back (with authCode and authState). */
  authRedirectUrl: string;
  /** Your anti-CSRF state; generated when omitted. */
  authState?: string | null | undefined;
  /** Wallet, e.g. GCASH, ALIPAY_HK. */
  customerBelongsTo: string;
  /** The user’s device (APP and WAP need osType). */
  env?: EnvInput | null | undefined;
  /** Repeat the request with the same key to get the stored result. */
  idempotencyKey?: string | null | undefined;
  /** ISO 3166 alpha-2, sent with consult, applyToken and refresh; AMS requires it on the GAGW contract. Default: the merchant’s merchantRegion. */
  merchantRegion?: string | null | undefined;
  /** IOS or ANDROID; required for APP and WAP. */
  osType?: string | null | undefined;
  osVersion?: string | null | undefined;
  /** Whether the agreement is for recurring payments; required for PAYPAY. */
  recurringPayment?: boolean | null | undefined;
  /** Default ["AGREEMENT_PAY"]. */
  scopes?: Array<string> | null | undefined;
  /** WEB (default), WAP, APP, MINI_APP. */
  terminalType?: string | null | undefined;
};

export type CreateMerchantInput = {
  /** Alipay's RSA public key: X.509 base64 or PEM. */
  alipayPublicKey: string;
  /** AMS endpoint origin; https, or http on localhost. */
  baseUrl?: string | null | undefined;
  /** AMS Client-Id. */
  clientId: string;
  /** The key version bound to this public key on the Antom Dashboard, sent as keyVersion in the Signature header (a mismatch is KEY_NOT_FOUND). Omitted: our internal version number is sent. */
  keyVersion?: string | null | undefined;
  /** RSA private key: PKCS#8 base64 (as AMS SDKs take it), PKCS#1, or PEM. Write-only. */
  merchantPrivateKey: string;
  /** Default merchantRegion (ISO 3166 alpha-2) for consult, applyToken and pay; required by AMS on the GAGW contract. */
  merchantRegion?: string | null | undefined;
  name: string;
  /** Either region or baseUrl. */
  region?: AmsRegion | null | undefined;
  /** Default settlementStrategy.settlementCurrency (ISO 4217) for pay; needed when the contract has several. */
  settlementCurrency?: string | null | undefined;
};

/** PROCESSING: accepted by AMS, waiting for customs. */
export type DeclarationStatus =
  | 'FAILED'
  | 'PENDING'
  | 'PROCESSING'
  | 'SUCCEEDED';

/** MISSING_IN_GATEWAY: the report has it, we do not. MISSING_IN_REPORT: we have a successful movement in the period, the report does not. AMOUNT/CURRENCY/STATUS_MISMATCH: both have it, and they disagree. */
export type DiscrepancyKind =
  | 'AMOUNT_MISMATCH'
  | 'CURRENCY_MISMATCH'
  | 'MISSING_IN_GATEWAY'
  | 'MISSING_IN_REPORT'
  | 'STATUS_MISMATCH';

/** OPEN until an operator resolves it with a note. */
export type DiscrepancyStatus =
  | 'OPEN'
  | 'RESOLVED';

/** AMS Env (Java Env.java): the user’s device. APP and WAP terminals need osType. */
export type EnvInput = {
  /** IPv4 or IPv6. */
  clientIp?: string | null | undefined;
  colorDepth?: string | null | undefined;
  cookieId?: string | null | undefined;
  deviceBrand?: string | null | undefined;
  deviceId?: string | null | undefined;
  deviceLanguage?: string | null | undefined;
  deviceModel?: string | null | undefined;
  deviceTokenId?: string | null | undefined;
  /** IOS or ANDROID. */
  osType?: string | null | undefined;
  osVersion?: string | null | undefined;
  /** Pixels, as a string (the SDK’s type). */
  screenHeight?: string | null | undefined;
  /** Pixels, as a string (the SDK’s type). */
  screenWidth?: string | null | undefined;
  /** WEB, WAP, APP or MINI_APP. */
  terminalType?: string | null | undefined;
  /** Minutes from UTC, -720…720. */
  timeZoneOffset?: number | null | undefined;
  userAgent?: string | null | undefined;
};

/** Where the fact came from. */
export type EventSource =
  | 'ADMIN'
  | 'API'
  | 'INQUIRY'
  | 'JOB'
  | 'NOTIFICATION'
  | 'RESPONSE';

/** ANOMALY: a transition the status machine refused (e.g. FAILED after SUCCEEDED); nothing changed. */
export type EventType =
  | 'ANOMALY'
  | 'CHARGE_ATTEMPTED'
  | 'CHARGE_FAILED'
  | 'CREATED'
  | 'CYCLE_CANCELLED'
  | 'CYCLE_DUE'
  | 'CYCLE_FAILED'
  | 'CYCLE_PAID'
  | 'CYCLE_SKIPPED'
  | 'RECONCILIATION_DISCREPANCY'
  | 'RECONCILIATION_RESOLVED'
  | 'REFUNDED'
  | 'RETRY_SCHEDULED'
  | 'SCHEDULE_UPDATED'
  | 'STATUS_CHANGED'
  | 'SYNC_GAVE_UP'
  | 'SYNC_STEP'
  | 'TOKEN_REFRESHED'
  | 'TOKEN_REFRESH_FAILED'
  | 'TOKEN_REVOKED'
  | 'WEBHOOK_ENDPOINT_DISABLED';

/** AMS Goods (Java Goods.java): one line of the order. Goods data raises success rates. */
export type GoodsInput = {
  /** PHYSICAL or DIGITAL. */
  deliveryMethodType?: string | null | undefined;
  goodsBrand?: string | null | undefined;
  goodsCategory?: string | null | undefined;
  goodsImageUrl?: string | null | undefined;
  goodsName: string;
  /** Sent as a string, as the SDKs do. */
  goodsQuantity?: number | null | undefined;
  goodsSkuName?: string | null | undefined;
  goodsUnitAmount?: MoneyInput | null | undefined;
  goodsUrl?: string | null | undefined;
  referenceGoodsId: string;
};

export type ImportSettlementReportInput = {
  /** The CSV text as downloaded (UTF-8; BOM and CRLF accepted), at most 10 MiB. Or give reportUrl. */
  content?: string | null | undefined;
  /** The file name; transactionItems_<yyyyMMdd>_<seq>.csv gives the period. */
  fileName?: string | null | undefined;
  kind: ReportKind;
  merchantId: string | number;
  /** First UTC+8 day (yyyy-MM-dd); default: from the file name, else the rows. */
  periodFrom?: string | null | undefined;
  /** Last UTC+8 day, inclusive (default periodFrom). */
  periodTo?: string | null | undefined;
  /** http(s) URL the gateway fetches the CSV from instead (15 s, 10 MiB, no redirects); its file name gives the period. */
  reportUrl?: string | null | undefined;
};

export type IssueApiKeyInput = {
  /** Required for merchant roles; absent for PLATFORM_ADMIN. */
  merchantId?: string | number | null | undefined;
  /** Who or what uses the key. */
  name: string;
  role: Role;
};

/** Merchant mutation problems. */
export type MerchantErrorCode =
  | 'DUPLICATE'
  | 'INVALID'
  | 'INVALID_KEY'
  | 'INVALID_STATE'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'TOO_LONG';

/** Whether the merchant may operate. */
export type MerchantStatus =
  | 'ACTIVE'
  | 'DISABLED';

/** An amount in minor units: value "1050" with currency "USD" is 10.50 USD. */
export type MoneyInput = {
  /** ISO 4217 alpha-3, e.g. USD. */
  currency: string;
  /** Positive whole number of minor units, at most 15 digits. */
  value: string;
};

/** AMS order.merchant (Java Merchant.java): the secondary merchant selling this order. */
export type OrderMerchantInput = {
  merchantAddress?: AddressInput | null | undefined;
  merchantDisplayName?: string | null | undefined;
  /** 4-digit merchant category code (ISO 18245). */
  merchantMCC?: string | null | undefined;
  merchantName?: string | null | undefined;
  merchantRegisterDate?: string | null | undefined;
  /** INDIVIDUAL or ENTERPRISE. */
  merchantType?: string | null | undefined;
  /** Defaults to the authorization’s authClientId; AMS refuses any other. */
  referenceMerchantId?: string | null | undefined;
  store?: StoreInput | null | undefined;
};

export type PayInput = {
  amount: MoneyInput;
  /** An ACTIVE authorization of yours; its access token pays. */
  authorizationId: string | number;
  /** Repeat with the same key and input to get the stored result. */
  idempotencyKey?: string | null | undefined;
  /** ISO 3166 alpha-2; required by AMS for GAGW contracts. Default: the merchant’s merchantRegion. */
  merchantRegion?: string | null | undefined;
  /** The order’s risk data (AMS order.goods/buyer/shipping/env/merchant). */
  order?: PayOrderInput | null | undefined;
  /** Shown to the user (≤ 256). */
  orderDescription: string;
  /** At most 1 minute from now (Auto Debit). */
  paymentExpiryTime?: string | null | undefined;
  /** AMS idempotency key; generated when omitted. */
  paymentRequestId?: string | null | undefined;
  /** Your order id (≤ 64). */
  referenceOrderId: string;
  /** Needed when your contract has several settlement currencies. Default: the merchant’s settlementCurrency. */
  settlementStrategy?: SettlementStrategyInput | null | undefined;
  /** ISO 3166 alpha-2 region of the user. */
  userRegion?: string | null | undefined;
};

/** AMS Order risk data (Java Order.java); referenceOrderId, orderDescription and the amount come from PayInput. */
export type PayOrderInput = {
  buyer?: BuyerInput | null | undefined;
  env?: EnvInput | null | undefined;
  goods?: Array<GoodsInput> | null | undefined;
  merchant?: OrderMerchantInput | null | undefined;
  shipping?: ShippingInput | null | undefined;
};

/** Payment mutation and inquiry problems. */
export type PaymentErrorCode =
  | 'AUTHORIZATION_NOT_ACTIVE'
  | 'CANCEL_WINDOW_EXCEEDED'
  | 'HAS_REFUNDS'
  | 'IDEMPOTENCY_MISMATCH'
  | 'INVALID'
  | 'INVALID_STATE'
  | 'NOT_FOUND'
  | 'REAUTHORIZATION_REQUIRED'
  | 'REQUIRED'
  | 'TOKEN_EXPIRED'
  | 'TOO_LONG';

export type PaymentFilter = {
  authorizationId?: string | number | null | undefined;
  createdAfter?: string | null | undefined;
  createdBefore?: string | null | undefined;
  status?: PaymentStatus | null | undefined;
};

/** PENDING: call in flight; PROCESSING: AMS U or outcome unknown, resolved by inquiry or notification. */
export type PaymentStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'PENDING'
  | 'PROCESSING'
  | 'SUCCEEDED';

/** Reconciliation mutation problems. */
export type ReconciliationErrorCode =
  | 'ALREADY_RESOLVED'
  | 'CONTENT_TOO_LARGE'
  | 'FETCH_FAILED'
  | 'INVALID'
  | 'MALFORMED_REPORT'
  | 'MERCHANT_NOT_FOUND'
  | 'NOT_FOUND'
  | 'PERIOD_REQUIRED'
  | 'REQUIRED'
  | 'TOO_LONG';

/** Refund mutation and inquiry problems. */
export type RefundErrorCode =
  | 'AMOUNT_EXCEEDS_REFUNDABLE'
  | 'CANCEL_IN_PROGRESS'
  | 'CURRENCY_MISMATCH'
  | 'IDEMPOTENCY_MISMATCH'
  | 'INVALID'
  | 'INVALID_STATE'
  | 'NOT_FOUND'
  | 'PAYMENT_NOT_REFUNDABLE'
  | 'REFUND_WINDOW_EXCEEDED'
  | 'REQUIRED'
  | 'TOO_LONG';

export type RefundInput = {
  /** Same currency as the payment; all refunds together at most the paid amount. */
  amount: MoneyInput;
  idempotencyKey?: string | null | undefined;
  /** A SUCCEEDED payment of yours (Payment.id). */
  paymentId: string | number;
  /** Shown to the user (≤ 256). */
  reason?: string | null | undefined;
  /** Your own refund reference, sent as AMS referenceRefundId (≤ 64; letters, digits, _ . : -). */
  referenceRefundId?: string | null | undefined;
  /** AMS idempotency key; generated when omitted. */
  refundRequestId?: string | null | undefined;
};

/** PROCESSING: AMS U (REFUND_IN_PROCESS) or outcome unknown. */
export type RefundStatus =
  | 'FAILED'
  | 'PENDING'
  | 'PROCESSING'
  | 'SUCCEEDED';

/** Antom report files with one row per transaction (transactionItems_…, settlementItems_…). */
export type ReportKind =
  | 'SETTLEMENT_DETAILS'
  | 'TRANSACTION_DETAILS';

/** LEGACY (paymentTime, acquirer…) or CURRENT (transactionCompletionTime, PSP, status…). */
export type ReportLayout =
  | 'CURRENT'
  | 'LEGACY';

/** PLATFORM_ADMIN: onboarding and keys. MERCHANT: all operations of one merchant. MERCHANT_READONLY: its queries and subscriptions. */
export type Role =
  | 'MERCHANT'
  | 'MERCHANT_READONLY'
  | 'PLATFORM_ADMIN';

export type RotateMerchantCredentialsInput = {
  /** Alipay's public key for the new version (may be unchanged). */
  alipayPublicKey: string;
  /** The key version bound to this public key on the Antom Dashboard, sent as keyVersion in the Signature header (a mismatch is KEY_NOT_FOUND). Omitted: our internal version number is sent. */
  keyVersion?: string | null | undefined;
  merchantId: string | number;
  /** The new RSA private key. Write-only. */
  merchantPrivateKey: string;
  /** Replaces the default merchantRegion (empty clears it; omitted keeps it) (ISO 3166 alpha-2) for consult, applyToken and pay; required by AMS on the GAGW contract. */
  merchantRegion?: string | null | undefined;
  /** Replaces the default settlementStrategy.settlementCurrency (ISO 4217) for pay; needed when the contract has several. */
  settlementCurrency?: string | null | undefined;
};

/** AMS SettlementStrategy (Java SettlementStrategy.java). */
export type SettlementStrategyInput = {
  /** ISO 4217 alpha-3, one of your contract’s settlement currencies. */
  settlementCurrency: string;
};

/** AMS Shipping (Java Shipping.java). */
export type ShippingInput = {
  shipToEmail?: string | null | undefined;
  shippingAddress?: AddressInput | null | undefined;
  shippingCarrier?: string | null | undefined;
  shippingFee?: MoneyInput | null | undefined;
  shippingName?: UserNameInput | null | undefined;
  shippingNumber?: string | null | undefined;
  shippingPhoneNo?: string | null | undefined;
};

/** AMS Store (Java Store.java). */
export type StoreInput = {
  referenceStoreId?: string | null | undefined;
  storeAddress?: AddressInput | null | undefined;
  storeDisplayName?: string | null | undefined;
  /** 4-digit MCC. */
  storeMCC?: string | null | undefined;
  storeName?: string | null | undefined;
  storeOperatorId?: string | null | undefined;
  storePhoneNo?: string | null | undefined;
  storeTerminalId?: string | null | undefined;
};

/** AMS UserName (Java UserName.java). */
export type UserNameInput = {
  firstName?: string | null | undefined;
  fullName?: string | null | undefined;
  lastName?: string | null | undefined;
  middleName?: string | null | undefined;
};

export type ConsoleMerchantFragment = { id: string, name: string, clientId: string, baseUrl: string, keyVersion: number, status: MerchantStatus, createdAt: string, updatedAt: string };

export type ConsoleCredentialFragment = { keyVersion: number, current: boolean, merchantKeyFingerprint: string, merchantPublicKey: string, alipayKeyFingerprint: string, createdAt: string, retiredAt: string | null };

export type ConsoleApiKeyFragment = { id: string, name: string, role: Role, displayPrefix: string, merchantId: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type ConsoleMerchantsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ConsoleMerchantsQuery = { merchants: { nodes: Array<{ id: string, name: string, clientId: string, baseUrl: string, keyVersion: number, status: MerchantStatus, createdAt: string, updatedAt: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ConsoleMerchantQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleMerchantQuery = { merchant: { id: string, name: string, clientId: string, baseUrl: string, keyVersion: number, status: MerchantStatus, createdAt: string, updatedAt: string, credentials: Array<{ keyVersion: number, current: boolean, merchantKeyFingerprint: string, merchantPublicKey: string, alipayKeyFingerprint: string, createdAt: string, retiredAt: string | null }> } | null, apiKeys: Array<{ id: string, name: string, role: Role, displayPrefix: string, merchantId: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type ConsoleCreateMerchantMutationVariables = Exact<{
  input: CreateMerchantInput;
}>;


export type ConsoleCreateMerchantMutation = { createMerchant: { merchant: { id: string, name: string, clientId: string, baseUrl: string, keyVersion: number, status: MerchantStatus, createdAt: string, updatedAt: string } | null, credential: { keyVersion: number, current: boolean, merchantKeyFingerprint: string, merchantPublicKey: string, alipayKeyFingerprint: string, createdAt: string, retiredAt: string | null } | null, errors: Array<{ code: MerchantErrorCode, field: string | null, message: string }> } };

export type ConsoleRotateCredentialsMutationVariables = Exact<{
  input: RotateMerchantCredentialsInput;
}>;


export type ConsoleRotateCredentialsMutation = { rotateMerchantCredentials: { merchant: { id: string, name: string, clientId: string, baseUrl: string, keyVersion: number, status: MerchantStatus, createdAt: string, updatedAt: string } | null, credential: { keyVersion: number, current: boolean, merchantKeyFingerprint: string, merchantPublicKey: string, alipayKeyFingerprint: string, createdAt: string, retiredAt: string | null } | null, errors: Array<{ code: MerchantErrorCode, field: string | null, message: string }> } };

export type ConsoleDisableMerchantMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDisableMerchantMutation = { disableMerchant: { merchant: { id: string, name: string, clientId: string, baseUrl: string, keyVersion: number, status: MerchantStatus, createdAt: string, updatedAt: string } | null, errors: Array<{ code: MerchantErrorCode, field: string | null, message: string }> } };

export type ConsoleEnableMerchantMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEnableMerchantMutation = { enableMerchant: { merchant: { id: string, name: string, clientId: string, baseUrl: string, keyVersion: number, status: MerchantStatus, createdAt: string, updatedAt: string } | null, errors: Array<{ code: MerchantErrorCode, field: string | null, message: string }> } };

export type ConsoleIssueApiKeyMutationVariables = Exact<{
  input: IssueApiKeyInput;
}>;


export type ConsoleIssueApiKeyMutation = { issueApiKey: { secret: string | null, apiKey: { id: string, name: string, role: Role, displayPrefix: string, merchantId: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } | null, errors: Array<{ code: ApiKeyErrorCode, field: string | null, message: string }> } };

export type ConsoleRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, name: string, role: Role, displayPrefix: string, merchantId: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } | null, errors: Array<{ code: ApiKeyErrorCode, field: string | null, message: string }> } };

export type ConsoleJobsQueryVariables = Exact<{
  recent: number;
}>;


export type ConsoleJobsQuery = { jobs: { pending: number, active: number, failed: number, dead: number, queues: Array<{ queue: string, pending: number, active: number, completed: number, failed: number }>, recent: Array<{ id: string, queue: string, state: string, merchantId: string | null, recordId: string | null, retryCount: number, createdOn: string, startAfter: string, completedOn: string | null }> } };

export type ConsoleOutboundQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOutboundQuery = { outbound: Array<{ merchantId: string, endpoint: string, breaker: string, consecutiveFailures: number, inFlight: number, maxInFlight: number, queued: number, lastFailure: string | null }> };

export type ConsolePaymentFragment = { id: string, authorizationId: string, paymentRequestId: string, amsPaymentId: string | null, referenceOrderId: string, orderDescription: string, status: PaymentStatus, statusReason: string | null, paymentMethodType: string, paymentTime: string | null, cancelTime: string | null, cancelDeadline: string, createdAt: string, updatedAt: string, amount: { value: string, currency: string }, refundableAmount: { value: string, currency: string }, refundedAmount: { value: string, currency: string }, failure: { code: string, message: string | null } | null };

export type ConsoleRefundFragment = { id: string, paymentId: string, refundRequestId: string, amsRefundId: string | null, status: RefundStatus, statusReason: string | null, reason: string | null, refundTime: string | null, createdAt: string, amount: { value: string, currency: string }, failure: { code: string, message: string | null } | null };

export type ConsoleDeclarationFragment = { id: string, declarationRequestId: string, customsCode: string, customsRegion: string, status: DeclarationStatus, statusReason: string | null, customsResultCode: string | null, customsResultDescription: string | null, createdAt: string, amount: { value: string, currency: string } };

export type ConsoleAuthorizationFragment = { id: string, status: AuthorizationStatus, statusReason: string | null, customerBelongsTo: string, authState: string, authRedirectUrl: string, scopes: Array<string>, normalUrl: string | null, accessTokenHint: string | null, accessTokenExpiresAt: string | null, hasRefreshToken: boolean, createdAt: string, updatedAt: string, failure: { code: string, message: string | null } | null };

export type ConsoleEventFragment = { id: string, cursor: string, type: EventType, source: EventSource, fromStatus: string | null, toStatus: string | null, payload: Record<string, unknown>, createdAt: string };

export type ConsolePaymentsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PaymentFilter | null | undefined;
}>;


export type ConsolePaymentsQuery = { payments: { nodes: Array<{ id: string, authorizationId: string, paymentRequestId: string, amsPaymentId: string | null, referenceOrderId: string, orderDescription: string, status: PaymentStatus, statusReason: string | null, paymentMethodType: string, paymentTime: string | null, cancelTime: string | null, cancelDeadline: string, createdAt: string, updatedAt: string, amount: { value: string, currency: string }, refundableAmount: { value: string, currency: string }, refundedAmount: { value: string, currency: string }, failure: { code: string, message: string | null } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ConsolePaymentUpdatedSubscriptionVariables = Exact<{
  paymentId?: string | number | null | undefined;
}>;


export type ConsolePaymentUpdatedSubscription = { paymentUpdated: { cursor: string, payment: { id: string, authorizationId: string, paymentRequestId: string, amsPaymentId: string | null, referenceOrderId: string, orderDescription: string, status: PaymentStatus, statusReason: string | null, paymentMethodType: string, paymentTime: string | null, cancelTime: string | null, cancelDeadline: string, createdAt: string, updatedAt: string, amount: { value: string, currency: string }, refundableAmount: { value: string, currency: string }, refundedAmount: { value: string, currency: string }, failure: { code: string, message: string | null } | null } | null } };

export type ConsolePaymentQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsolePaymentQuery = { payment: { id: string, authorizationId: string, paymentRequestId: string, amsPaymentId: string | null, referenceOrderId: string, orderDescription: string, status: PaymentStatus, statusReason: string | null, paymentMethodType: string, paymentTime: string | null, cancelTime: string | null, cancelDeadline: string, createdAt: string, updatedAt: string, amount: { value: string, currency: string }, refundableAmount: { value: string, currency: string }, refundedAmount: { value: string, currency: string }, failure: { code: string, message: string | null } | null } | null, refunds: { nodes: Array<{ id: string, paymentId: string, refundRequestId: string, amsRefundId: string | null, status: RefundStatus, statusReason: string | null, reason: string | null, refundTime: string | null, createdAt: string, amount: { value: string, currency: string }, failure: { code: string, message: string | null } | null }> }, declarations: { nodes: Array<{ id: string, declarationRequestId: string, customsCode: string, customsRegion: string, status: DeclarationStatus, statusReason: string | null, customsResultCode: string | null, customsResultDescription: string | null, createdAt: string, amount: { value: string, currency: string } }> }, events: { nodes: Array<{ id: string, cursor: string, type: EventType, source: EventSource, fromStatus: string | null, toStatus: string | null, payload: Record<string, unknown>, createdAt: string }> } };

export type ConsoleRefundUpdatedSubscriptionVariables = Exact<{
  paymentId: string | number;
}>;


export type ConsoleRefundUpdatedSubscription = { refundUpdated: { cursor: string, refund: { id: string, paymentId: string, refundRequestId: string, amsRefundId: string | null, status: RefundStatus, statusReason: string | null, reason: string | null, refundTime: string | null, createdAt: string, amount: { value: string, currency: string }, failure: { code: string, message: string | null } | null } | null } };

export type ConsoleRefundMutationVariables = Exact<{
  input: RefundInput;
}>;


export type ConsoleRefundMutation = { refund: { refund: { id: string, paymentId: string, refundRequestId: string, amsRefundId: string | null, status: RefundStatus, statusReason: string | null, reason: string | null, refundTime: string | null, createdAt: string, amount: { value: string, currency: string }, failure: { code: string, message: string | null } | null } | null, ams: { status: AmsCallStatus, code: string, message: string } | null, errors: Array<{ code: RefundErrorCode, field: string | null, message: string }> } };

export type ConsoleCancelPaymentMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCancelPaymentMutation = { cancelPayment: { payment: { id: string, authorizationId: string, paymentRequestId: string, amsPaymentId: string | null, referenceOrderId: string, orderDescription: string, status: PaymentStatus, statusReason: string | null, paymentMethodType: string, paymentTime: string | null, cancelTime: string | null, cancelDeadline: string, createdAt: string, updatedAt: string, amount: { value: string, currency: string }, refundableAmount: { value: string, currency: string }, refundedAmount: { value: string, currency: string }, failure: { code: string, message: string | null } | null } | null, ams: { status: AmsCallStatus, code: string, message: string } | null, errors: Array<{ code: PaymentErrorCode, field: string | null, message: string }> } };

export type ConsolePayMutationVariables = Exact<{
  input: PayInput;
}>;


export type ConsolePayMutation = { pay: { payment: { id: string, authorizationId: string, paymentRequestId: string, amsPaymentId: string | null, referenceOrderId: string, orderDescription: string, status: PaymentStatus, statusReason: string | null, paymentMethodType: string, paymentTime: string | null, cancelTime: string | null, cancelDeadline: string, createdAt: string, updatedAt: string, amount: { value: string, currency: string }, refundableAmount: { value: string, currency: string }, refundedAmount: { value: string, currency: string }, failure: { code: string, message: string | null } | null } | null, ams: { status: AmsCallStatus, code: string, message: string } | null, errors: Array<{ code: PaymentErrorCode, field: string | null, message: string }> } };

export type ConsoleAuthorizationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuthorizationFilter | null | undefined;
}>;


export type ConsoleAuthorizationsQuery = { authorizations: { nodes: Array<{ id: string, status: AuthorizationStatus, statusReason: string | null, customerBelongsTo: string, authState: string, authRedirectUrl: string, scopes: Array<string>, normalUrl: string | null, accessTokenHint: string | null, accessTokenExpiresAt: string | null, hasRefreshToken: boolean, createdAt: string, updatedAt: string, failure: { code: string, message: string | null } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ConsoleAuthorizationByStateQueryVariables = Exact<{
  authState: string;
}>;


export type ConsoleAuthorizationByStateQuery = { authorization: { id: string, status: AuthorizationStatus, statusReason: string | null, customerBelongsTo: string, authState: string, authRedirectUrl: string, scopes: Array<string>, normalUrl: string | null, accessTokenHint: string | null, accessTokenExpiresAt: string | null, hasRefreshToken: boolean, createdAt: string, updatedAt: string, failure: { code: string, message: string | null } | null } | null };

export type ConsoleConsultMutationVariables = Exact<{
  input: ConsultInput;
}>;


export type ConsoleConsultMutation = { consult: { authorization: { id: string, status: AuthorizationStatus, statusReason: string | null, customerBelongsTo: string, authState: string, authRedirectUrl: string, scopes: Array<string>, normalUrl: string | null, accessTokenHint: string | null, accessTokenExpiresAt: string | null, hasRefreshToken: boolean, createdAt: string, updatedAt: string, failure: { code: string, message: string | null } | null } | null, ams: { status: AmsCallStatus, code: string, message: string } | null, errors: Array<{ code: AuthorizationErrorCode, field: string | null, message: string }> } };

export type ConsoleApplyTokenMutationVariables = Exact<{
  input: ApplyTokenInput;
}>;


export type ConsoleApplyTokenMutation = { applyToken: { authorization: { id: string, status: AuthorizationStatus, statusReason: string | null, customerBelongsTo: string, authState: string, authRedirectUrl: string, scopes: Array<string>, normalUrl: string | null, accessTokenHint: string | null, accessTokenExpiresAt: string | null, hasRefreshToken: boolean, createdAt: string, updatedAt: string, failure: { code: string, message: string | null } | null } | null, ams: { status: AmsCallStatus, code: string, message: string } | null, errors: Array<{ code: AuthorizationErrorCode, field: string | null, message: string }> } };

export type ConsoleRevokeAuthorizationMutationVariables = Exact<{
  authorizationId: string | number;
}>;


export type ConsoleRevokeAuthorizationMutation = { revokeAuthorization: { authorization: { id: string, status: AuthorizationStatus, statusReason: string | null, customerBelongsTo: string, authState: string, authRedirectUrl: string, scopes: Array<string>, normalUrl: string | null, accessTokenHint: string | null, accessTokenExpiresAt: string | null, hasRefreshToken: boolean, createdAt: string, updatedAt: string, failure: { code: string, message: string | null } | null } | null, ams: { status: AmsCallStatus, code: string, message: string } | null, errors: Array<{ code: AuthorizationErrorCode, field: string | null, message: string }> } };

export type ConsoleAuthorizationUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAuthorizationUpdatedSubscription = { authorizationUpdated: { cursor: string, authorization: { id: string, status: AuthorizationStatus, statusReason: string | null, customerBelongsTo: string, authState: string, authRedirectUrl: string, scopes: Array<string>, normalUrl: string | null, accessTokenHint: string | null, accessTokenExpiresAt: string | null, hasRefreshToken: boolean, createdAt: string, updatedAt: string, failure: { code: string, message: string | null } | null } | null } };

export type ConsoleImportFragment = { id: string, merchantId: string, kind: ReportKind, layout: ReportLayout, fileName: string | null, periodFrom: string, periodTo: string, rowCount: number, matchedRowCount: number, ignoredRowCount: number, discrepancyCount: number, createdAt: string };

export type ConsoleDiscrepancyFragment = { id: string, importId: string, kind: DiscrepancyKind, status: DiscrepancyStatus, message: string, line: number | null, transactionType: string, transactionId: string | null, transactionRequestId: string | null, aggregateId: string | null, aggregateType: string | null, reportStatus: string | null, gatewayStatus: string | null, resolutionNote: string | null, resolvedAt: string | null, createdAt: string, reportAmount: { value: string, currency: string } | null, gatewayAmount: { value: string, currency: string } | null };

export type ConsoleReconciliationQueryVariables = Exact<{
  merchantId: string | number;
  status?: DiscrepancyStatus | null | undefined;
}>;


export type ConsoleReconciliationQuery = { reconciliationImports: { nodes: Array<{ id: string, merchantId: string, kind: ReportKind, layout: ReportLayout, fileName: string | null, periodFrom: string, periodTo: string, rowCount: number, matchedRowCount: number, ignoredRowCount: number, discrepancyCount: number, createdAt: string }> }, reconciliationDiscrepancies: { nodes: Array<{ id: string, importId: string, kind: DiscrepancyKind, status: DiscrepancyStatus, message: string, line: number | null, transactionType: string, transactionId: string | null, transactionRequestId: string | null, aggregateId: string | null, aggregateType: string | null, reportStatus: string | null, gatewayStatus: string | null, resolutionNote: string | null, resolvedAt: string | null, createdAt: string, reportAmount: { value: string, currency: string } | null, gatewayAmount: { value: string, currency: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ConsoleImportReportMutationVariables = Exact<{
  input: ImportSettlementReportInput;
}>;


export type ConsoleImportReportMutation = { importSettlementReport: { replayed: boolean, import: { id: string, merchantId: string, kind: ReportKind, layout: ReportLayout, fileName: string | null, periodFrom: string, periodTo: string, rowCount: number, matchedRowCount: number, ignoredRowCount: number, discrepancyCount: number, createdAt: string } | null, errors: Array<{ code: ReconciliationErrorCode, field: string | null, message: string, line: number | null, column: string | null, value: string | null }> } };

export type ConsoleResolveDiscrepancyMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type ConsoleResolveDiscrepancyMutation = { resolveDiscrepancy: { discrepancy: { id: string, importId: string, kind: DiscrepancyKind, status: DiscrepancyStatus, message: string, line: number | null, transactionType: string, transactionId: string | null, transactionRequestId: string | null, aggregateId: string | null, aggregateType: string | null, reportStatus: string | null, gatewayStatus: string | null, resolutionNote: string | null, resolvedAt: string | null, createdAt: string, reportAmount: { value: string, currency: string } | null, gatewayAmount: { value: string, currency: string } | null } | null, errors: Array<{ code: ReconciliationErrorCode, field: string | null, message: string }> } };

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleViewerQuery = { viewer: { role: Role, apiKeyId: string, merchant: { id: string, name: string, status: MerchantStatus } | null } };

export const ConsoleMerchantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleMerchant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Merchant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"keyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsoleMerchantFragment, unknown>;
export const ConsoleCredentialFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCredential"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MerchantCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"merchantKeyFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"merchantPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"alipayKeyFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]} as unknown as DocumentNode<ConsoleCredentialFragment, unknown>;
export const ConsoleApiKeyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ConsoleApiKeyFragment, unknown>;
export const ConsolePaymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"amsPaymentId"}},{"kind":"Field","name":{"kind":"Name","value":"referenceOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderDescription"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundableAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethodType"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTime"}},{"kind":"Field","name":{"kind":"Name","value":"cancelTime"}},{"kind":"Field","name":{"kind":"Name","value":"cancelDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsolePaymentFragment, unknown>;
export const ConsoleRefundFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleRefund"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"refundRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"amsRefundId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"refundTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleRefundFragment, unknown>;
export const ConsoleDeclarationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDeclaration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Declaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"declarationRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"customsCode"}},{"kind":"Field","name":{"kind":"Name","value":"customsRegion"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"customsResultCode"}},{"kind":"Field","name":{"kind":"Name","value":"customsResultDescription"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleDeclarationFragment, unknown>;
export const ConsoleAuthorizationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleAuthorization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerBelongsTo"}},{"kind":"Field","name":{"kind":"Name","value":"authState"}},{"kind":"Field","name":{"kind":"Name","value":"authRedirectUrl"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"normalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenHint"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasRefreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsoleAuthorizationFragment, unknown>;
export const ConsoleEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleEventFragment, unknown>;
export const ConsoleImportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleImport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"matchedRowCount"}},{"kind":"Field","name":{"kind":"Name","value":"ignoredRowCount"}},{"kind":"Field","name":{"kind":"Name","value":"discrepancyCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleImportFragment, unknown>;
export const ConsoleDiscrepancyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDiscrepancy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"transactionType"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"transactionRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"aggregateId"}},{"kind":"Field","name":{"kind":"Name","value":"aggregateType"}},{"kind":"Field","name":{"kind":"Name","value":"reportAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gatewayAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportStatus"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayStatus"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleDiscrepancyFragment, unknown>;
export const ConsoleMerchantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMerchants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleMerchant"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleMerchant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Merchant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"keyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsoleMerchantsQuery, ConsoleMerchantsQueryVariables>;
export const ConsoleMerchantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMerchant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleMerchant"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCredential"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"merchantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleApiKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleMerchant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Merchant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"keyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCredential"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MerchantCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"merchantKeyFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"merchantPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"alipayKeyFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ConsoleMerchantQuery, ConsoleMerchantQueryVariables>;
export const ConsoleCreateMerchantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateMerchant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMerchantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMerchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleMerchant"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCredential"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleMerchant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Merchant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"keyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCredential"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MerchantCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"merchantKeyFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"merchantPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"alipayKeyFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]} as unknown as DocumentNode<ConsoleCreateMerchantMutation, ConsoleCreateMerchantMutationVariables>;
export const ConsoleRotateCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRotateCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateMerchantCredentialsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateMerchantCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleMerchant"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCredential"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleMerchant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Merchant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"keyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCredential"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MerchantCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"merchantKeyFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"merchantPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"alipayKeyFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]} as unknown as DocumentNode<ConsoleRotateCredentialsMutation, ConsoleRotateCredentialsMutationVariables>;
export const ConsoleDisableMerchantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDisableMerchant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableMerchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleMerchant"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleMerchant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Merchant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"keyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsoleDisableMerchantMutation, ConsoleDisableMerchantMutationVariables>;
export const ConsoleEnableMerchantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleEnableMerchant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableMerchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleMerchant"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleMerchant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Merchant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"keyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsoleEnableMerchantMutation, ConsoleEnableMerchantMutationVariables>;
export const ConsoleIssueApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleIssueApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleApiKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ConsoleIssueApiKeyMutation, ConsoleIssueApiKeyMutationVariables>;
export const ConsoleRevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleApiKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ConsoleRevokeApiKeyMutation, ConsoleRevokeApiKeyMutationVariables>;
export const ConsoleJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"dead"}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"retryCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"startAfter"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleJobsQuery, ConsoleJobsQueryVariables>;
export const ConsoleOutboundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleOutbound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outbound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"breaker"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"inFlight"}},{"kind":"Field","name":{"kind":"Name","value":"maxInFlight"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailure"}}]}}]}}]} as unknown as DocumentNode<ConsoleOutboundQuery, ConsoleOutboundQueryVariables>;
export const ConsolePaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"amsPaymentId"}},{"kind":"Field","name":{"kind":"Name","value":"referenceOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderDescription"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundableAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethodType"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTime"}},{"kind":"Field","name":{"kind":"Name","value":"cancelTime"}},{"kind":"Field","name":{"kind":"Name","value":"cancelDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsolePaymentsQuery, ConsolePaymentsQueryVariables>;
export const ConsolePaymentUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsolePaymentUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paymentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePayment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"amsPaymentId"}},{"kind":"Field","name":{"kind":"Name","value":"referenceOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderDescription"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundableAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethodType"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTime"}},{"kind":"Field","name":{"kind":"Name","value":"cancelTime"}},{"kind":"Field","name":{"kind":"Name","value":"cancelDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsolePaymentUpdatedSubscription, ConsolePaymentUpdatedSubscriptionVariables>;
export const ConsolePaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"paymentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleRefund"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"declarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"paymentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDeclaration"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"aggregateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"aggregateType"},"value":{"kind":"EnumValue","value":"PAYMENT"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleEvent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"amsPaymentId"}},{"kind":"Field","name":{"kind":"Name","value":"referenceOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderDescription"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundableAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethodType"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTime"}},{"kind":"Field","name":{"kind":"Name","value":"cancelTime"}},{"kind":"Field","name":{"kind":"Name","value":"cancelDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleRefund"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"refundRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"amsRefundId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"refundTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDeclaration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Declaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"declarationRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"customsCode"}},{"kind":"Field","name":{"kind":"Name","value":"customsRegion"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"customsResultCode"}},{"kind":"Field","name":{"kind":"Name","value":"customsResultDescription"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsolePaymentQuery, ConsolePaymentQueryVariables>;
export const ConsoleRefundUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleRefundUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paymentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleRefund"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleRefund"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"refundRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"amsRefundId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"refundTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleRefundUpdatedSubscription, ConsoleRefundUpdatedSubscriptionVariables>;
export const ConsoleRefundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRefund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleRefund"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleRefund"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"refundRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"amsRefundId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"refundTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleRefundMutation, ConsoleRefundMutationVariables>;
export const ConsoleCancelPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCancelPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"amsPaymentId"}},{"kind":"Field","name":{"kind":"Name","value":"referenceOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderDescription"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundableAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethodType"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTime"}},{"kind":"Field","name":{"kind":"Name","value":"cancelTime"}},{"kind":"Field","name":{"kind":"Name","value":"cancelDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsoleCancelPaymentMutation, ConsoleCancelPaymentMutationVariables>;
export const ConsolePayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"amsPaymentId"}},{"kind":"Field","name":{"kind":"Name","value":"referenceOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderDescription"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundableAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethodType"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTime"}},{"kind":"Field","name":{"kind":"Name","value":"cancelTime"}},{"kind":"Field","name":{"kind":"Name","value":"cancelDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsolePayMutation, ConsolePayMutationVariables>;
export const ConsoleAuthorizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuthorizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleAuthorization"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleAuthorization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerBelongsTo"}},{"kind":"Field","name":{"kind":"Name","value":"authState"}},{"kind":"Field","name":{"kind":"Name","value":"authRedirectUrl"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"normalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenHint"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasRefreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsoleAuthorizationsQuery, ConsoleAuthorizationsQueryVariables>;
export const ConsoleAuthorizationByStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuthorizationByState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authState"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"authState"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleAuthorization"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleAuthorization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerBelongsTo"}},{"kind":"Field","name":{"kind":"Name","value":"authState"}},{"kind":"Field","name":{"kind":"Name","value":"authRedirectUrl"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"normalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenHint"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasRefreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsoleAuthorizationByStateQuery, ConsoleAuthorizationByStateQueryVariables>;
export const ConsoleConsultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleConsult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleAuthorization"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleAuthorization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerBelongsTo"}},{"kind":"Field","name":{"kind":"Name","value":"authState"}},{"kind":"Field","name":{"kind":"Name","value":"authRedirectUrl"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"normalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenHint"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasRefreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsoleConsultMutation, ConsoleConsultMutationVariables>;
export const ConsoleApplyTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleApplyToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleAuthorization"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleAuthorization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerBelongsTo"}},{"kind":"Field","name":{"kind":"Name","value":"authState"}},{"kind":"Field","name":{"kind":"Name","value":"authRedirectUrl"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"normalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenHint"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasRefreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsoleApplyTokenMutation, ConsoleApplyTokenMutationVariables>;
export const ConsoleRevokeAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRevokeAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"authorizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleAuthorization"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleAuthorization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerBelongsTo"}},{"kind":"Field","name":{"kind":"Name","value":"authState"}},{"kind":"Field","name":{"kind":"Name","value":"authRedirectUrl"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"normalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenHint"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasRefreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsoleRevokeAuthorizationMutation, ConsoleRevokeAuthorizationMutationVariables>;
export const ConsoleAuthorizationUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleAuthorizationUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizationUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleAuthorization"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleAuthorization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerBelongsTo"}},{"kind":"Field","name":{"kind":"Name","value":"authState"}},{"kind":"Field","name":{"kind":"Name","value":"authRedirectUrl"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"normalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenHint"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasRefreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsoleAuthorizationUpdatedSubscription, ConsoleAuthorizationUpdatedSubscriptionVariables>;
export const ConsoleReconciliationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleReconciliation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"merchantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscrepancyStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconciliationImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"merchantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"merchantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleImport"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reconciliationDiscrepancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"merchantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"merchantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDiscrepancy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleImport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"matchedRowCount"}},{"kind":"Field","name":{"kind":"Name","value":"ignoredRowCount"}},{"kind":"Field","name":{"kind":"Name","value":"discrepancyCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDiscrepancy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"transactionType"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"transactionRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"aggregateId"}},{"kind":"Field","name":{"kind":"Name","value":"aggregateType"}},{"kind":"Field","name":{"kind":"Name","value":"reportAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gatewayAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportStatus"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayStatus"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleReconciliationQuery, ConsoleReconciliationQueryVariables>;
export const ConsoleImportReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleImportReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSettlementReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importSettlementReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"import"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleImport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleImport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"matchedRowCount"}},{"kind":"Field","name":{"kind":"Name","value":"ignoredRowCount"}},{"kind":"Field","name":{"kind":"Name","value":"discrepancyCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleImportReportMutation, ConsoleImportReportMutationVariables>;
export const ConsoleResolveDiscrepancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleResolveDiscrepancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveDiscrepancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discrepancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDiscrepancy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDiscrepancy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"transactionType"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"transactionRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"aggregateId"}},{"kind":"Field","name":{"kind":"Name","value":"aggregateType"}},{"kind":"Field","name":{"kind":"Name","value":"reportAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gatewayAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportStatus"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayStatus"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleResolveDiscrepancyMutation, ConsoleResolveDiscrepancyMutationVariables>;
export const ConsoleViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleViewerQuery, ConsoleViewerQueryVariables>;