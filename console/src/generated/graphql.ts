/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type CreateScheduleInput = {
  amount: MoneyInput;
  /** An ACTIVE authorization of yours. */
  authorizationId: string | number;
  /** orderDescription of each charge, shown to the user (≤ 256). */
  description: string;
  /** Default: the gateway’s (SCHEDULES_RETRY_OFFSETS_SECONDS, SCHEDULES_ON_RETRIES_EXHAUSTED). */
  dunning?: DunningInput | null | undefined;
  /** No occurrence after this. */
  endAt?: string | null | undefined;
  /** Repeat with the same key and input to get the stored schedule. */
  idempotencyKey?: string | null | undefined;
  /** At most this many occurrences. */
  maxCycles?: number | null | undefined;
  /** Yours, at most 4 KiB of JSON. */
  metadata?: Record<string, unknown> | null | undefined;
  /** Default LATEST_ONLY. */
  missedCyclePolicy?: MissedCyclePolicy | null | undefined;
  recurrence: RecurrenceInput;
  /** referenceOrderId of each charge; {schedule}, {cycle} (required), {date} (yyyyMMdd); default {schedule}-{cycle}; at most 64 characters expanded. */
  referenceOrderIdTemplate?: string | null | undefined;
  /** Default now; gives the time of day and the default anchors (in timeZone). Occurrences already past follow missedCyclePolicy. */
  startAt?: string | null | undefined;
  /** IANA zone (default UTC). */
  timeZone?: string | null | undefined;
};

export type CreateWebhookEndpointInput = {
  description?: string | null | undefined;
  /** AGGREGATE.TYPE or AGGREGATE.*; null or absent: every event. */
  eventTypes?: Array<string> | null | undefined;
  /** Required for a platform admin key; a merchant key creates for its own merchant. */
  merchantId?: string | number | null | undefined;
  /** https:// (http:// and private addresses only where the operator allows them). */
  url: string;
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

export type DunningInput = {
  onRetriesExhausted?: RetriesExhaustedPolicy | null | undefined;
  /** Increasing seconds after the first failure, at most 10 (e.g. [86400, 259200, 432000]); [] = no retry. */
  retryOffsetsSeconds?: Array<number> | null | undefined;
};

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

/** When several occurrences are due at once (downtime, a clock jump): LATEST_ONLY charges the latest and skips the others; EACH charges every one. */
export type MissedCyclePolicy =
  | 'EACH'
  | 'LATEST_ONLY';

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
  /** Created at or after. */
  createdAfter?: string | null | undefined;
  /** Created before. */
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

/** Built-in recurrences; anything else through an RRULE. */
export type RecurrenceFrequency =
  | 'DAILY'
  | 'MONTHLY'
  | 'WEEKLY'
  | 'YEARLY';

/** Exactly one of frequency (with interval and anchors) and rrule. */
export type RecurrenceInput = {
  /** MONTHLY/YEARLY: day of month 1–31 (29–31 fall back to the month’s last day); WEEKLY: ISO weekday 1–7. Default: the start’s. */
  anchorDay?: number | null | undefined;
  /** YEARLY: month 1–12 (default: the start’s). */
  anchorMonth?: number | null | undefined;
  frequency?: RecurrenceFrequency | null | undefined;
  /** Every n-th period (default 1). */
  interval?: number | null | undefined;
  /** An RFC 5545 RRULE line (no DTSTART/TZID: use startAt and timeZone), at most hourly, e.g. FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1. */
  rrule?: string | null | undefined;
};

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

/** What a cycle that failed for good does to its schedule: PAST_DUE, or CANCEL it. */
export type RetriesExhaustedPolicy =
  | 'CANCEL'
  | 'PAST_DUE';

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

/** DUE: not charged yet; CHARGING: an attempt is in flight or its outcome unknown (settled by the payment sync jobs); RETRY_SCHEDULED: a technical or retryable failure, retried at nextAttemptAt; PAID, FAILED; SKIPPED: a missed occurrence not charged (LATEST_ONLY, or in a pause); CANCELLED: the schedule stopped first. */
export type ScheduleCycleStatus =
  | 'CANCELLED'
  | 'CHARGING'
  | 'DUE'
  | 'FAILED'
  | 'PAID'
  | 'RETRY_SCHEDULED'
  | 'SKIPPED';

/** Schedule mutation problems. */
export type ScheduleErrorCode =
  | 'AUTHORIZATION_NOT_ACTIVE'
  | 'IDEMPOTENCY_MISMATCH'
  | 'INVALID'
  | 'INVALID_STATE'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'TOO_LONG';

export type ScheduleFilter = {
  authorizationId?: string | number | null | undefined;
  /** Created at or after. */
  createdAfter?: string | null | undefined;
  /** Created before. */
  createdBefore?: string | null | undefined;
  status?: ScheduleStatus | null | undefined;
};

/** ACTIVE charges as cycles fall due; PAUSED charges nothing (occurrences in the pause are skipped); PAST_DUE: a cycle failed for good and later cycles are still charged (back to ACTIVE when one is paid); NEEDS_REAUTHORIZATION: the agreement is dead, the user must authorize again; CANCELLED; COMPLETED: the end or count was reached. */
export type ScheduleStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'NEEDS_REAUTHORIZATION'
  | 'PAST_DUE'
  | 'PAUSED';

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

/** Only the fields given change; they apply to cycles created from now on. */
export type UpdateScheduleInput = {
  /** Same currency; charged from the next cycle on. */
  amount?: MoneyInput | null | undefined;
  description?: string | null | undefined;
  dunning?: DunningInput | null | undefined;
  metadata?: Record<string, unknown> | null | undefined;
  missedCyclePolicy?: MissedCyclePolicy | null | undefined;
  referenceOrderIdTemplate?: string | null | undefined;
  scheduleId: string | number;
};

export type UpdateWebhookEndpointInput = {
  description?: string | null | undefined;
  /** Absent: unchanged; null: every event; a list: those. */
  eventTypes?: Array<string> | null | undefined;
  url?: string | null | undefined;
};

/** AMS UserName (Java UserName.java). */
export type UserNameInput = {
  firstName?: string | null | undefined;
  fullName?: string | null | undefined;
  lastName?: string | null | undefined;
  middleName?: string | null | undefined;
};

/** PENDING: waiting for its next attempt. DELIVERED: a 2xx answer. FAILED: the retry schedule ran out. */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** MANUAL: by an API key. GONE: it answered 410. FAILING: every attempt failed for WEBHOOK_DISABLE_AFTER_DAYS. */
export type WebhookDisabledReason =
  | 'FAILING'
  | 'GONE'
  | 'MANUAL';

/** DISABLED endpoints receive nothing; events meanwhile are not queued (replay them after enabling). */
export type WebhookEndpointStatus =
  | 'DISABLED'
  | 'ENABLED';

/** Webhook mutation problems. */
export type WebhookErrorCode =
  | 'ENDPOINT_DISABLED'
  | 'INVALID'
  | 'LIMIT_REACHED'
  | 'NOT_FOUND'
  | 'REQUIRED';

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


export type ConsolePaymentQuery = { payment: { id: string, authorizationId: string, paymentRequestId: string, amsPaymentId: string | null, referenceOrderId: string, orderDescription: string, status: PaymentStatus, statusReason: string | null, paymentMethodType: string, paymentTime: string | null, cancelTime: string | null, cancelDeadline: string, createdAt: string, updatedAt: string, scheduleCharge: { scheduleId: string, cycleNumber: number, attempt: number } | null, amount: { value: string, currency: string }, refundableAmount: { value: string, currency: string }, refundedAmount: { value: string, currency: string }, failure: { code: string, message: string | null } | null } | null, refunds: { nodes: Array<{ id: string, paymentId: string, refundRequestId: string, amsRefundId: string | null, status: RefundStatus, statusReason: string | null, reason: string | null, refundTime: string | null, createdAt: string, amount: { value: string, currency: string }, failure: { code: string, message: string | null } | null }> }, declarations: { nodes: Array<{ id: string, declarationRequestId: string, customsCode: string, customsRegion: string, status: DeclarationStatus, statusReason: string | null, customsResultCode: string | null, customsResultDescription: string | null, createdAt: string, amount: { value: string, currency: string } }> }, events: { nodes: Array<{ id: string, cursor: string, type: EventType, source: EventSource, fromStatus: string | null, toStatus: string | null, payload: Record<string, unknown>, createdAt: string }> } };

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

export type ConsoleScheduleFragment = { id: string, authorizationId: string, description: string, status: ScheduleStatus, statusReason: string | null, timeZone: string, startAt: string, endAt: string | null, maxCycles: number | null, nextCycleNumber: number, nextDueAt: string | null, missedCyclePolicy: MissedCyclePolicy, referenceOrderIdTemplate: string, createdAt: string, updatedAt: string, amount: { value: string, currency: string }, recurrence: { frequency: RecurrenceFrequency | null, interval: number, anchorDay: number | null, anchorMonth: number | null, rrule: string | null, rule: string }, dunning: { retryOffsetsSeconds: Array<number>, onRetriesExhausted: RetriesExhaustedPolicy } };

export type ConsoleScheduleCycleFragment = { id: string, cycleNumber: number, dueAt: string, status: ScheduleCycleStatus, attemptCount: number, nextAttemptAt: string | null, paymentId: string | null, amount: { value: string, currency: string }, failure: { code: string, message: string | null } | null, charges: Array<{ id: string, attempt: number, paymentId: string | null, referenceOrderId: string, payment: { id: string, status: PaymentStatus } | null }> };

export type ConsoleSchedulesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ScheduleFilter | null | undefined;
}>;


export type ConsoleSchedulesQuery = { schedules: { nodes: Array<{ id: string, authorizationId: string, description: string, status: ScheduleStatus, statusReason: string | null, timeZone: string, startAt: string, endAt: string | null, maxCycles: number | null, nextCycleNumber: number, nextDueAt: string | null, missedCyclePolicy: MissedCyclePolicy, referenceOrderIdTemplate: string, createdAt: string, updatedAt: string, amount: { value: string, currency: string }, recurrence: { frequency: RecurrenceFrequency | null, interval: number, anchorDay: number | null, anchorMonth: number | null, rrule: string | null, rule: string }, dunning: { retryOffsetsSeconds: Array<number>, onRetriesExhausted: RetriesExhaustedPolicy } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ConsoleScheduleQueryVariables = Exact<{
  id: string | number;
  cyclesFirst: number;
  cyclesAfter?: string | null | undefined;
}>;


export type ConsoleScheduleQuery = { schedule: { id: string, authorizationId: string, description: string, status: ScheduleStatus, statusReason: string | null, timeZone: string, startAt: string, endAt: string | null, maxCycles: number | null, nextCycleNumber: number, nextDueAt: string | null, missedCyclePolicy: MissedCyclePolicy, referenceOrderIdTemplate: string, createdAt: string, updatedAt: string, cycles: { nodes: Array<{ id: string, cycleNumber: number, dueAt: string, status: ScheduleCycleStatus, attemptCount: number, nextAttemptAt: string | null, paymentId: string | null, amount: { value: string, currency: string }, failure: { code: string, message: string | null } | null, charges: Array<{ id: string, attempt: number, paymentId: string | null, referenceOrderId: string, payment: { id: string, status: PaymentStatus } | null }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } }, amount: { value: string, currency: string }, recurrence: { frequency: RecurrenceFrequency | null, interval: number, anchorDay: number | null, anchorMonth: number | null, rrule: string | null, rule: string }, dunning: { retryOffsetsSeconds: Array<number>, onRetriesExhausted: RetriesExhaustedPolicy } } | null };

export type ConsoleScheduleEventsQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ConsoleScheduleEventsQuery = { events: { nodes: Array<{ id: string, cursor: string, type: EventType, source: EventSource, fromStatus: string | null, toStatus: string | null, payload: Record<string, unknown>, createdAt: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ConsoleScheduleUpdatedSubscriptionVariables = Exact<{
  scheduleId?: string | number | null | undefined;
}>;


export type ConsoleScheduleUpdatedSubscription = { scheduleUpdated: { cursor: string, schedule: { id: string, authorizationId: string, description: string, status: ScheduleStatus, statusReason: string | null, timeZone: string, startAt: string, endAt: string | null, maxCycles: number | null, nextCycleNumber: number, nextDueAt: string | null, missedCyclePolicy: MissedCyclePolicy, referenceOrderIdTemplate: string, createdAt: string, updatedAt: string, amount: { value: string, currency: string }, recurrence: { frequency: RecurrenceFrequency | null, interval: number, anchorDay: number | null, anchorMonth: number | null, rrule: string | null, rule: string }, dunning: { retryOffsetsSeconds: Array<number>, onRetriesExhausted: RetriesExhaustedPolicy } } | null } };

export type ConsoleCreateScheduleMutationVariables = Exact<{
  input: CreateScheduleInput;
}>;


export type ConsoleCreateScheduleMutation = { createSchedule: { schedule: { id: string, authorizationId: string, description: string, status: ScheduleStatus, statusReason: string | null, timeZone: string, startAt: string, endAt: string | null, maxCycles: number | null, nextCycleNumber: number, nextDueAt: string | null, missedCyclePolicy: MissedCyclePolicy, referenceOrderIdTemplate: string, createdAt: string, updatedAt: string, amount: { value: string, currency: string }, recurrence: { frequency: RecurrenceFrequency | null, interval: number, anchorDay: number | null, anchorMonth: number | null, rrule: string | null, rule: string }, dunning: { retryOffsetsSeconds: Array<number>, onRetriesExhausted: RetriesExhaustedPolicy } } | null, errors: Array<{ code: ScheduleErrorCode, field: string | null, message: string }> } };

export type ConsoleUpdateScheduleMutationVariables = Exact<{
  input: UpdateScheduleInput;
}>;


export type ConsoleUpdateScheduleMutation = { updateSchedule: { schedule: { id: string, authorizationId: string, description: string, status: ScheduleStatus, statusReason: string | null, timeZone: string, startAt: string, endAt: string | null, maxCycles: number | null, nextCycleNumber: number, nextDueAt: string | null, missedCyclePolicy: MissedCyclePolicy, referenceOrderIdTemplate: string, createdAt: string, updatedAt: string, amount: { value: string, currency: string }, recurrence: { frequency: RecurrenceFrequency | null, interval: number, anchorDay: number | null, anchorMonth: number | null, rrule: string | null, rule: string }, dunning: { retryOffsetsSeconds: Array<number>, onRetriesExhausted: RetriesExhaustedPolicy } } | null, errors: Array<{ code: ScheduleErrorCode, field: string | null, message: string }> } };

export type ConsolePauseScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsolePauseScheduleMutation = { pauseSchedule: { schedule: { id: string, authorizationId: string, description: string, status: ScheduleStatus, statusReason: string | null, timeZone: string, startAt: string, endAt: string | null, maxCycles: number | null, nextCycleNumber: number, nextDueAt: string | null, missedCyclePolicy: MissedCyclePolicy, referenceOrderIdTemplate: string, createdAt: string, updatedAt: string, amount: { value: string, currency: string }, recurrence: { frequency: RecurrenceFrequency | null, interval: number, anchorDay: number | null, anchorMonth: number | null, rrule: string | null, rule: string }, dunning: { retryOffsetsSeconds: Array<number>, onRetriesExhausted: RetriesExhaustedPolicy } } | null, errors: Array<{ code: ScheduleErrorCode, field: string | null, message: string }> } };

export type ConsoleResumeScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleResumeScheduleMutation = { resumeSchedule: { schedule: { id: string, authorizationId: string, description: string, status: ScheduleStatus, statusReason: string | null, timeZone: string, startAt: string, endAt: string | null, maxCycles: number | null, nextCycleNumber: number, nextDueAt: string | null, missedCyclePolicy: MissedCyclePolicy, referenceOrderIdTemplate: string, createdAt: string, updatedAt: string, amount: { value: string, currency: string }, recurrence: { frequency: RecurrenceFrequency | null, interval: number, anchorDay: number | null, anchorMonth: number | null, rrule: string | null, rule: string }, dunning: { retryOffsetsSeconds: Array<number>, onRetriesExhausted: RetriesExhaustedPolicy } } | null, errors: Array<{ code: ScheduleErrorCode, field: string | null, message: string }> } };

export type ConsoleCancelScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCancelScheduleMutation = { cancelSchedule: { schedule: { id: string, authorizationId: string, description: string, status: ScheduleStatus, statusReason: string | null, timeZone: string, startAt: string, endAt: string | null, maxCycles: number | null, nextCycleNumber: number, nextDueAt: string | null, missedCyclePolicy: MissedCyclePolicy, referenceOrderIdTemplate: string, createdAt: string, updatedAt: string, amount: { value: string, currency: string }, recurrence: { frequency: RecurrenceFrequency | null, interval: number, anchorDay: number | null, anchorMonth: number | null, rrule: string | null, rule: string }, dunning: { retryOffsetsSeconds: Array<number>, onRetriesExhausted: RetriesExhaustedPolicy } } | null, errors: Array<{ code: ScheduleErrorCode, field: string | null, message: string }> } };

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleViewerQuery = { viewer: { role: Role, apiKeyId: string, merchant: { id: string, name: string, status: MerchantStatus } | null } };

export type ConsoleWebhookEndpointFragment = { id: string, merchantId: string, url: string, description: string, eventTypes: Array<string> | null, status: WebhookEndpointStatus, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, secretRotatedAt: string | null, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string };

export type ConsoleWebhookAttemptFragment = { id: string, attemptedAt: string, statusCode: number | null, latencyMs: number, responseBody: string | null, error: string | null, succeeded: boolean };

export type ConsoleWebhookDeliveryFragment = { id: string, endpointId: string, webhookId: string, eventId: string | null, eventType: string, status: WebhookDeliveryStatus, attemptCount: number, createdAt: string, lastAttemptAt: string | null, nextAttemptAt: string | null, deliveredAt: string | null, attempts: Array<{ id: string, attemptedAt: string, statusCode: number | null, latencyMs: number, responseBody: string | null, error: string | null, succeeded: boolean }> };

export type ConsoleWebhookEndpointsQueryVariables = Exact<{
  merchantId?: string | number | null | undefined;
}>;


export type ConsoleWebhookEndpointsQuery = { webhookEndpoints: Array<{ id: string, merchantId: string, url: string, description: string, eventTypes: Array<string> | null, status: WebhookEndpointStatus, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, secretRotatedAt: string | null, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string }> };

export type ConsoleWebhookEndpointQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleWebhookEndpointQuery = { webhookEndpoint: { id: string, merchantId: string, url: string, description: string, eventTypes: Array<string> | null, status: WebhookEndpointStatus, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, secretRotatedAt: string | null, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string } | null };

export type ConsoleWebhookDeliveriesQueryVariables = Exact<{
  endpointId: string | number;
  first: number;
  after?: string | null | undefined;
  status?: WebhookDeliveryStatus | null | undefined;
}>;


export type ConsoleWebhookDeliveriesQuery = { webhookDeliveries: { nodes: Array<{ id: string, endpointId: string, webhookId: string, eventId: string | null, eventType: string, status: WebhookDeliveryStatus, attemptCount: number, createdAt: string, lastAttemptAt: string | null, nextAttemptAt: string | null, deliveredAt: string | null, attempts: Array<{ id: string, attemptedAt: string, statusCode: number | null, latencyMs: number, responseBody: string | null, error: string | null, succeeded: boolean }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type ConsoleCreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type ConsoleCreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string | null, endpoint: { id: string, merchantId: string, url: string, description: string, eventTypes: Array<string> | null, status: WebhookEndpointStatus, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, secretRotatedAt: string | null, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: WebhookErrorCode, field: string | null, message: string }> } };

export type ConsoleUpdateWebhookEndpointMutationVariables = Exact<{
  id: string | number;
  input: UpdateWebhookEndpointInput;
}>;


export type ConsoleUpdateWebhookEndpointMutation = { updateWebhookEndpoint: { endpoint: { id: string, merchantId: string, url: string, description: string, eventTypes: Array<string> | null, status: WebhookEndpointStatus, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, secretRotatedAt: string | null, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: WebhookErrorCode, field: string | null, message: string }> } };

export type ConsoleDisableWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDisableWebhookEndpointMutation = { disableWebhookEndpoint: { endpoint: { id: string, merchantId: string, url: string, description: string, eventTypes: Array<string> | null, status: WebhookEndpointStatus, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, secretRotatedAt: string | null, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: WebhookErrorCode, field: string | null, message: string }> } };

export type ConsoleEnableWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEnableWebhookEndpointMutation = { enableWebhookEndpoint: { endpoint: { id: string, merchantId: string, url: string, description: string, eventTypes: Array<string> | null, status: WebhookEndpointStatus, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, secretRotatedAt: string | null, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: WebhookErrorCode, field: string | null, message: string }> } };

export type ConsoleDeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteWebhookEndpointMutation = { deleteWebhookEndpoint: { deletedId: string | null, errors: Array<{ code: WebhookErrorCode, field: string | null, message: string }> } };

export type ConsoleRotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
  graceSeconds?: number | null | undefined;
}>;


export type ConsoleRotateWebhookSecretMutation = { rotateWebhookEndpointSecret: { secret: string | null, endpoint: { id: string, merchantId: string, url: string, description: string, eventTypes: Array<string> | null, status: WebhookEndpointStatus, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, secretRotatedAt: string | null, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: WebhookErrorCode, field: string | null, message: string }> } };

export type ConsoleSendWebhookTestPingMutationVariables = Exact<{
  endpointId: string | number;
}>;


export type ConsoleSendWebhookTestPingMutation = { sendWebhookTestPing: { delivery: { id: string, endpointId: string, webhookId: string, eventId: string | null, eventType: string, status: WebhookDeliveryStatus, attemptCount: number, createdAt: string, lastAttemptAt: string | null, nextAttemptAt: string | null, deliveredAt: string | null, attempts: Array<{ id: string, attemptedAt: string, statusCode: number | null, latencyMs: number, responseBody: string | null, error: string | null, succeeded: boolean }> } | null, errors: Array<{ code: WebhookErrorCode, field: string | null, message: string }> } };

export type ConsoleReplayWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleReplayWebhookDeliveryMutation = { replayWebhookDelivery: { delivery: { id: string, endpointId: string, webhookId: string, eventId: string | null, eventType: string, status: WebhookDeliveryStatus, attemptCount: number, createdAt: string, lastAttemptAt: string | null, nextAttemptAt: string | null, deliveredAt: string | null, attempts: Array<{ id: string, attemptedAt: string, statusCode: number | null, latencyMs: number, responseBody: string | null, error: string | null, succeeded: boolean }> } | null, errors: Array<{ code: WebhookErrorCode, field: string | null, message: string }> } };

export type ConsoleReplayWebhookDeliveriesMutationVariables = Exact<{
  endpointId: string | number;
  since: string;
}>;


export type ConsoleReplayWebhookDeliveriesMutation = { replayWebhookDeliveries: { count: number, errors: Array<{ code: WebhookErrorCode, field: string | null, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ConsoleMerchantFragmentDoc = new TypedDocumentString(`
    fragment ConsoleMerchant on Merchant {
  id
  name
  clientId
  baseUrl
  keyVersion
  status
  createdAt
  updatedAt
}
    `, {"fragmentName":"ConsoleMerchant"}) as unknown as TypedDocumentString<ConsoleMerchantFragment, unknown>;
export const ConsoleCredentialFragmentDoc = new TypedDocumentString(`
    fragment ConsoleCredential on MerchantCredential {
  keyVersion
  current
  merchantKeyFingerprint
  merchantPublicKey
  alipayKeyFingerprint
  createdAt
  retiredAt
}
    `, {"fragmentName":"ConsoleCredential"}) as unknown as TypedDocumentString<ConsoleCredentialFragment, unknown>;
export const ConsoleApiKeyFragmentDoc = new TypedDocumentString(`
    fragment ConsoleApiKey on ApiKey {
  id
  name
  role
  displayPrefix
  merchantId
  createdAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"ConsoleApiKey"}) as unknown as TypedDocumentString<ConsoleApiKeyFragment, unknown>;
export const ConsolePaymentFragmentDoc = new TypedDocumentString(`
    fragment ConsolePayment on Payment {
  id
  authorizationId
  paymentRequestId
  amsPaymentId
  referenceOrderId
  orderDescription
  amount {
    value
    currency
  }
  refundableAmount {
    value
    currency
  }
  refundedAmount {
    value
    currency
  }
  status
  statusReason
  failure {
    code
    message
  }
  paymentMethodType
  paymentTime
  cancelTime
  cancelDeadline
  createdAt
  updatedAt
}
    `, {"fragmentName":"ConsolePayment"}) as unknown as TypedDocumentString<ConsolePaymentFragment, unknown>;
export const ConsoleRefundFragmentDoc = new TypedDocumentString(`
    fragment ConsoleRefund on Refund {
  id
  paymentId
  refundRequestId
  amsRefundId
  amount {
    value
    currency
  }
  status
  statusReason
  failure {
    code
    message
  }
  reason
  refundTime
  createdAt
}
    `, {"fragmentName":"ConsoleRefund"}) as unknown as TypedDocumentString<ConsoleRefundFragment, unknown>;
export const ConsoleDeclarationFragmentDoc = new TypedDocumentString(`
    fragment ConsoleDeclaration on Declaration {
  id
  declarationRequestId
  customsCode
  customsRegion
  amount {
    value
    currency
  }
  status
  statusReason
  customsResultCode
  customsResultDescription
  createdAt
}
    `, {"fragmentName":"ConsoleDeclaration"}) as unknown as TypedDocumentString<ConsoleDeclarationFragment, unknown>;
export const ConsoleAuthorizationFragmentDoc = new TypedDocumentString(`
    fragment ConsoleAuthorization on Authorization {
  id
  status
  statusReason
  failure {
    code
    message
  }
  customerBelongsTo
  authState
  authRedirectUrl
  scopes
  normalUrl
  accessTokenHint
  accessTokenExpiresAt
  hasRefreshToken
  createdAt
  updatedAt
}
    `, {"fragmentName":"ConsoleAuthorization"}) as unknown as TypedDocumentString<ConsoleAuthorizationFragment, unknown>;
export const ConsoleEventFragmentDoc = new TypedDocumentString(`
    fragment ConsoleEvent on Event {
  id
  cursor
  type
  source
  fromStatus
  toStatus
  payload
  createdAt
}
    `, {"fragmentName":"ConsoleEvent"}) as unknown as TypedDocumentString<ConsoleEventFragment, unknown>;
export const ConsoleImportFragmentDoc = new TypedDocumentString(`
    fragment ConsoleImport on ReconciliationImport {
  id
  merchantId
  kind
  layout
  fileName
  periodFrom
  periodTo
  rowCount
  matchedRowCount
  ignoredRowCount
  discrepancyCount
  createdAt
}
    `, {"fragmentName":"ConsoleImport"}) as unknown as TypedDocumentString<ConsoleImportFragment, unknown>;
export const ConsoleDiscrepancyFragmentDoc = new TypedDocumentString(`
    fragment ConsoleDiscrepancy on ReconciliationDiscrepancy {
  id
  importId
  kind
  status
  message
  line
  transactionType
  transactionId
  transactionRequestId
  aggregateId
  aggregateType
  reportAmount {
    value
    currency
  }
  gatewayAmount {
    value
    currency
  }
  reportStatus
  gatewayStatus
  resolutionNote
  resolvedAt
  createdAt
}
    `, {"fragmentName":"ConsoleDiscrepancy"}) as unknown as TypedDocumentString<ConsoleDiscrepancyFragment, unknown>;
export const ConsoleScheduleFragmentDoc = new TypedDocumentString(`
    fragment ConsoleSchedule on Schedule {
  id
  authorizationId
  amount {
    value
    currency
  }
  description
  status
  statusReason
  recurrence {
    frequency
    interval
    anchorDay
    anchorMonth
    rrule
    rule
  }
  timeZone
  startAt
  endAt
  maxCycles
  nextCycleNumber
  nextDueAt
  missedCyclePolicy
  dunning {
    retryOffsetsSeconds
    onRetriesExhausted
  }
  referenceOrderIdTemplate
  createdAt
  updatedAt
}
    `, {"fragmentName":"ConsoleSchedule"}) as unknown as TypedDocumentString<ConsoleScheduleFragment, unknown>;
export const ConsoleScheduleCycleFragmentDoc = new TypedDocumentString(`
    fragment ConsoleScheduleCycle on ScheduleCycle {
  id
  cycleNumber
  dueAt
  status
  amount {
    value
    currency
  }
  attemptCount
  nextAttemptAt
  paymentId
  failure {
    code
    message
  }
  charges {
    id
    attempt
    paymentId
    referenceOrderId
    payment {
      id
      status
    }
  }
}
    `, {"fragmentName":"ConsoleScheduleCycle"}) as unknown as TypedDocumentString<ConsoleScheduleCycleFragment, unknown>;
export const ConsoleWebhookEndpointFragmentDoc = new TypedDocumentString(`
    fragment ConsoleWebhookEndpoint on WebhookEndpoint {
  id
  merchantId
  url
  description
  eventTypes
  status
  disabledReason
  disabledAt
  failingSince
  secretRotatedAt
  previousSecretExpiresAt
  createdAt
  updatedAt
}
    `, {"fragmentName":"ConsoleWebhookEndpoint"}) as unknown as TypedDocumentString<ConsoleWebhookEndpointFragment, unknown>;
export const ConsoleWebhookAttemptFragmentDoc = new TypedDocumentString(`
    fragment ConsoleWebhookAttempt on WebhookAttempt {
  id
  attemptedAt
  statusCode
  latencyMs
  responseBody
  error
  succeeded
}
    `, {"fragmentName":"ConsoleWebhookAttempt"}) as unknown as TypedDocumentString<ConsoleWebhookAttemptFragment, unknown>;
export const ConsoleWebhookDeliveryFragmentDoc = new TypedDocumentString(`
    fragment ConsoleWebhookDelivery on WebhookDelivery {
  id
  endpointId
  webhookId
  eventId
  eventType
  status
  attemptCount
  createdAt
  lastAttemptAt
  nextAttemptAt
  deliveredAt
  attempts {
    ...ConsoleWebhookAttempt
  }
}
    fragment ConsoleWebhookAttempt on WebhookAttempt {
  id
  attemptedAt
  statusCode
  latencyMs
  responseBody
  error
  succeeded
}`, {"fragmentName":"ConsoleWebhookDelivery"}) as unknown as TypedDocumentString<ConsoleWebhookDeliveryFragment, unknown>;
export const ConsoleMerchantsDocument = new TypedDocumentString(`
    query ConsoleMerchants($first: Int!, $after: String) {
  merchants(first: $first, after: $after) {
    nodes {
      ...ConsoleMerchant
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment ConsoleMerchant on Merchant {
  id
  name
  clientId
  baseUrl
  keyVersion
  status
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleMerchantsQuery, ConsoleMerchantsQueryVariables>;
export const ConsoleMerchantDocument = new TypedDocumentString(`
    query ConsoleMerchant($id: ID!) {
  merchant(id: $id) {
    ...ConsoleMerchant
    credentials {
      ...ConsoleCredential
    }
  }
  apiKeys(merchantId: $id) {
    ...ConsoleApiKey
  }
}
    fragment ConsoleMerchant on Merchant {
  id
  name
  clientId
  baseUrl
  keyVersion
  status
  createdAt
  updatedAt
}
fragment ConsoleCredential on MerchantCredential {
  keyVersion
  current
  merchantKeyFingerprint
  merchantPublicKey
  alipayKeyFingerprint
  createdAt
  retiredAt
}
fragment ConsoleApiKey on ApiKey {
  id
  name
  role
  displayPrefix
  merchantId
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<ConsoleMerchantQuery, ConsoleMerchantQueryVariables>;
export const ConsoleCreateMerchantDocument = new TypedDocumentString(`
    mutation ConsoleCreateMerchant($input: CreateMerchantInput!) {
  createMerchant(input: $input) {
    merchant {
      ...ConsoleMerchant
    }
    credential {
      ...ConsoleCredential
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleMerchant on Merchant {
  id
  name
  clientId
  baseUrl
  keyVersion
  status
  createdAt
  updatedAt
}
fragment ConsoleCredential on MerchantCredential {
  keyVersion
  current
  merchantKeyFingerprint
  merchantPublicKey
  alipayKeyFingerprint
  createdAt
  retiredAt
}`) as unknown as TypedDocumentString<ConsoleCreateMerchantMutation, ConsoleCreateMerchantMutationVariables>;
export const ConsoleRotateCredentialsDocument = new TypedDocumentString(`
    mutation ConsoleRotateCredentials($input: RotateMerchantCredentialsInput!) {
  rotateMerchantCredentials(input: $input) {
    merchant {
      ...ConsoleMerchant
    }
    credential {
      ...ConsoleCredential
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleMerchant on Merchant {
  id
  name
  clientId
  baseUrl
  keyVersion
  status
  createdAt
  updatedAt
}
fragment ConsoleCredential on MerchantCredential {
  keyVersion
  current
  merchantKeyFingerprint
  merchantPublicKey
  alipayKeyFingerprint
  createdAt
  retiredAt
}`) as unknown as TypedDocumentString<ConsoleRotateCredentialsMutation, ConsoleRotateCredentialsMutationVariables>;
export const ConsoleDisableMerchantDocument = new TypedDocumentString(`
    mutation ConsoleDisableMerchant($id: ID!) {
  disableMerchant(id: $id) {
    merchant {
      ...ConsoleMerchant
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleMerchant on Merchant {
  id
  name
  clientId
  baseUrl
  keyVersion
  status
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleDisableMerchantMutation, ConsoleDisableMerchantMutationVariables>;
export const ConsoleEnableMerchantDocument = new TypedDocumentString(`
    mutation ConsoleEnableMerchant($id: ID!) {
  enableMerchant(id: $id) {
    merchant {
      ...ConsoleMerchant
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleMerchant on Merchant {
  id
  name
  clientId
  baseUrl
  keyVersion
  status
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleEnableMerchantMutation, ConsoleEnableMerchantMutationVariables>;
export const ConsoleIssueApiKeyDocument = new TypedDocumentString(`
    mutation ConsoleIssueApiKey($input: IssueApiKeyInput!) {
  issueApiKey(input: $input) {
    apiKey {
      ...ConsoleApiKey
    }
    secret
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleApiKey on ApiKey {
  id
  name
  role
  displayPrefix
  merchantId
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<ConsoleIssueApiKeyMutation, ConsoleIssueApiKeyMutationVariables>;
export const ConsoleRevokeApiKeyDocument = new TypedDocumentString(`
    mutation ConsoleRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    apiKey {
      ...ConsoleApiKey
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleApiKey on ApiKey {
  id
  name
  role
  displayPrefix
  merchantId
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<ConsoleRevokeApiKeyMutation, ConsoleRevokeApiKeyMutationVariables>;
export const ConsoleJobsDocument = new TypedDocumentString(`
    query ConsoleJobs($recent: Int!) {
  jobs(recent: $recent) {
    pending
    active
    failed
    dead
    queues {
      queue
      pending
      active
      completed
      failed
    }
    recent {
      id
      queue
      state
      merchantId
      recordId
      retryCount
      createdOn
      startAfter
      completedOn
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleJobsQuery, ConsoleJobsQueryVariables>;
export const ConsoleOutboundDocument = new TypedDocumentString(`
    query ConsoleOutbound {
  outbound {
    merchantId
    endpoint
    breaker
    consecutiveFailures
    inFlight
    maxInFlight
    queued
    lastFailure
  }
}
    `) as unknown as TypedDocumentString<ConsoleOutboundQuery, ConsoleOutboundQueryVariables>;
export const ConsolePaymentsDocument = new TypedDocumentString(`
    query ConsolePayments($first: Int!, $after: String, $filter: PaymentFilter) {
  payments(first: $first, after: $after, filter: $filter) {
    nodes {
      ...ConsolePayment
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment ConsolePayment on Payment {
  id
  authorizationId
  paymentRequestId
  amsPaymentId
  referenceOrderId
  orderDescription
  amount {
    value
    currency
  }
  refundableAmount {
    value
    currency
  }
  refundedAmount {
    value
    currency
  }
  status
  statusReason
  failure {
    code
    message
  }
  paymentMethodType
  paymentTime
  cancelTime
  cancelDeadline
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsolePaymentsQuery, ConsolePaymentsQueryVariables>;
export const ConsolePaymentUpdatedDocument = new TypedDocumentString(`
    subscription ConsolePaymentUpdated($paymentId: ID) {
  paymentUpdated(paymentId: $paymentId) {
    cursor
    payment {
      ...ConsolePayment
    }
  }
}
    fragment ConsolePayment on Payment {
  id
  authorizationId
  paymentRequestId
  amsPaymentId
  referenceOrderId
  orderDescription
  amount {
    value
    currency
  }
  refundableAmount {
    value
    currency
  }
  refundedAmount {
    value
    currency
  }
  status
  statusReason
  failure {
    code
    message
  }
  paymentMethodType
  paymentTime
  cancelTime
  cancelDeadline
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsolePaymentUpdatedSubscription, ConsolePaymentUpdatedSubscriptionVariables>;
export const ConsolePaymentDocument = new TypedDocumentString(`
    query ConsolePayment($id: ID!) {
  payment(id: $id) {
    ...ConsolePayment
    scheduleCharge {
      scheduleId
      cycleNumber
      attempt
    }
  }
  refunds(first: 20, filter: {paymentId: $id}) {
    nodes {
      ...ConsoleRefund
    }
  }
  declarations(first: 10, filter: {paymentId: $id}) {
    nodes {
      ...ConsoleDeclaration
    }
  }
  events(aggregateId: $id, aggregateType: PAYMENT, first: 40) {
    nodes {
      ...ConsoleEvent
    }
  }
}
    fragment ConsolePayment on Payment {
  id
  authorizationId
  paymentRequestId
  amsPaymentId
  referenceOrderId
  orderDescription
  amount {
    value
    currency
  }
  refundableAmount {
    value
    currency
  }
  refundedAmount {
    value
    currency
  }
  status
  statusReason
  failure {
    code
    message
  }
  paymentMethodType
  paymentTime
  cancelTime
  cancelDeadline
  createdAt
  updatedAt
}
fragment ConsoleRefund on Refund {
  id
  paymentId
  refundRequestId
  amsRefundId
  amount {
    value
    currency
  }
  status
  statusReason
  failure {
    code
    message
  }
  reason
  refundTime
  createdAt
}
fragment ConsoleDeclaration on Declaration {
  id
  declarationRequestId
  customsCode
  customsRegion
  amount {
    value
    currency
  }
  status
  statusReason
  customsResultCode
  customsResultDescription
  createdAt
}
fragment ConsoleEvent on Event {
  id
  cursor
  type
  source
  fromStatus
  toStatus
  payload
  createdAt
}`) as unknown as TypedDocumentString<ConsolePaymentQuery, ConsolePaymentQueryVariables>;
export const ConsoleRefundUpdatedDocument = new TypedDocumentString(`
    subscription ConsoleRefundUpdated($paymentId: ID!) {
  refundUpdated(paymentId: $paymentId) {
    cursor
    refund {
      ...ConsoleRefund
    }
  }
}
    fragment ConsoleRefund on Refund {
  id
  paymentId
  refundRequestId
  amsRefundId
  amount {
    value
    currency
  }
  status
  statusReason
  failure {
    code
    message
  }
  reason
  refundTime
  createdAt
}`) as unknown as TypedDocumentString<ConsoleRefundUpdatedSubscription, ConsoleRefundUpdatedSubscriptionVariables>;
export const ConsoleRefundDocument = new TypedDocumentString(`
    mutation ConsoleRefund($input: RefundInput!) {
  refund(input: $input) {
    refund {
      ...ConsoleRefund
    }
    ams {
      status
      code
      message
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleRefund on Refund {
  id
  paymentId
  refundRequestId
  amsRefundId
  amount {
    value
    currency
  }
  status
  statusReason
  failure {
    code
    message
  }
  reason
  refundTime
  createdAt
}`) as unknown as TypedDocumentString<ConsoleRefundMutation, ConsoleRefundMutationVariables>;
export const ConsoleCancelPaymentDocument = new TypedDocumentString(`
    mutation ConsoleCancelPayment($id: ID!) {
  cancelPayment(id: $id) {
    payment {
      ...ConsolePayment
    }
    ams {
      status
      code
      message
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsolePayment on Payment {
  id
  authorizationId
  paymentRequestId
  amsPaymentId
  referenceOrderId
  orderDescription
  amount {
    value
    currency
  }
  refundableAmount {
    value
    currency
  }
  refundedAmount {
    value
    currency
  }
  status
  statusReason
  failure {
    code
    message
  }
  paymentMethodType
  paymentTime
  cancelTime
  cancelDeadline
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleCancelPaymentMutation, ConsoleCancelPaymentMutationVariables>;
export const ConsolePayDocument = new TypedDocumentString(`
    mutation ConsolePay($input: PayInput!) {
  pay(input: $input) {
    payment {
      ...ConsolePayment
    }
    ams {
      status
      code
      message
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsolePayment on Payment {
  id
  authorizationId
  paymentRequestId
  amsPaymentId
  referenceOrderId
  orderDescription
  amount {
    value
    currency
  }
  refundableAmount {
    value
    currency
  }
  refundedAmount {
    value
    currency
  }
  status
  statusReason
  failure {
    code
    message
  }
  paymentMethodType
  paymentTime
  cancelTime
  cancelDeadline
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsolePayMutation, ConsolePayMutationVariables>;
export const ConsoleAuthorizationsDocument = new TypedDocumentString(`
    query ConsoleAuthorizations($first: Int!, $after: String, $filter: AuthorizationFilter) {
  authorizations(first: $first, after: $after, filter: $filter) {
    nodes {
      ...ConsoleAuthorization
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment ConsoleAuthorization on Authorization {
  id
  status
  statusReason
  failure {
    code
    message
  }
  customerBelongsTo
  authState
  authRedirectUrl
  scopes
  normalUrl
  accessTokenHint
  accessTokenExpiresAt
  hasRefreshToken
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleAuthorizationsQuery, ConsoleAuthorizationsQueryVariables>;
export const ConsoleAuthorizationByStateDocument = new TypedDocumentString(`
    query ConsoleAuthorizationByState($authState: String!) {
  authorization(authState: $authState) {
    ...ConsoleAuthorization
  }
}
    fragment ConsoleAuthorization on Authorization {
  id
  status
  statusReason
  failure {
    code
    message
  }
  customerBelongsTo
  authState
  authRedirectUrl
  scopes
  normalUrl
  accessTokenHint
  accessTokenExpiresAt
  hasRefreshToken
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleAuthorizationByStateQuery, ConsoleAuthorizationByStateQueryVariables>;
export const ConsoleConsultDocument = new TypedDocumentString(`
    mutation ConsoleConsult($input: ConsultInput!) {
  consult(input: $input) {
    authorization {
      ...ConsoleAuthorization
    }
    ams {
      status
      code
      message
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleAuthorization on Authorization {
  id
  status
  statusReason
  failure {
    code
    message
  }
  customerBelongsTo
  authState
  authRedirectUrl
  scopes
  normalUrl
  accessTokenHint
  accessTokenExpiresAt
  hasRefreshToken
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleConsultMutation, ConsoleConsultMutationVariables>;
export const ConsoleApplyTokenDocument = new TypedDocumentString(`
    mutation ConsoleApplyToken($input: ApplyTokenInput!) {
  applyToken(input: $input) {
    authorization {
      ...ConsoleAuthorization
    }
    ams {
      status
      code
      message
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleAuthorization on Authorization {
  id
  status
  statusReason
  failure {
    code
    message
  }
  customerBelongsTo
  authState
  authRedirectUrl
  scopes
  normalUrl
  accessTokenHint
  accessTokenExpiresAt
  hasRefreshToken
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleApplyTokenMutation, ConsoleApplyTokenMutationVariables>;
export const ConsoleRevokeAuthorizationDocument = new TypedDocumentString(`
    mutation ConsoleRevokeAuthorization($authorizationId: ID!) {
  revokeAuthorization(authorizationId: $authorizationId) {
    authorization {
      ...ConsoleAuthorization
    }
    ams {
      status
      code
      message
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleAuthorization on Authorization {
  id
  status
  statusReason
  failure {
    code
    message
  }
  customerBelongsTo
  authState
  authRedirectUrl
  scopes
  normalUrl
  accessTokenHint
  accessTokenExpiresAt
  hasRefreshToken
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleRevokeAuthorizationMutation, ConsoleRevokeAuthorizationMutationVariables>;
export const ConsoleAuthorizationUpdatedDocument = new TypedDocumentString(`
    subscription ConsoleAuthorizationUpdated {
  authorizationUpdated {
    cursor
    authorization {
      ...ConsoleAuthorization
    }
  }
}
    fragment ConsoleAuthorization on Authorization {
  id
  status
  statusReason
  failure {
    code
    message
  }
  customerBelongsTo
  authState
  authRedirectUrl
  scopes
  normalUrl
  accessTokenHint
  accessTokenExpiresAt
  hasRefreshToken
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleAuthorizationUpdatedSubscription, ConsoleAuthorizationUpdatedSubscriptionVariables>;
export const ConsoleReconciliationDocument = new TypedDocumentString(`
    query ConsoleReconciliation($merchantId: ID!, $status: DiscrepancyStatus) {
  reconciliationImports(merchantId: $merchantId, first: 10) {
    nodes {
      ...ConsoleImport
    }
  }
  reconciliationDiscrepancies(merchantId: $merchantId, status: $status, first: 30) {
    nodes {
      ...ConsoleDiscrepancy
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment ConsoleImport on ReconciliationImport {
  id
  merchantId
  kind
  layout
  fileName
  periodFrom
  periodTo
  rowCount
  matchedRowCount
  ignoredRowCount
  discrepancyCount
  createdAt
}
fragment ConsoleDiscrepancy on ReconciliationDiscrepancy {
  id
  importId
  kind
  status
  message
  line
  transactionType
  transactionId
  transactionRequestId
  aggregateId
  aggregateType
  reportAmount {
    value
    currency
  }
  gatewayAmount {
    value
    currency
  }
  reportStatus
  gatewayStatus
  resolutionNote
  resolvedAt
  createdAt
}`) as unknown as TypedDocumentString<ConsoleReconciliationQuery, ConsoleReconciliationQueryVariables>;
export const ConsoleImportReportDocument = new TypedDocumentString(`
    mutation ConsoleImportReport($input: ImportSettlementReportInput!) {
  importSettlementReport(input: $input) {
    import {
      ...ConsoleImport
    }
    replayed
    errors {
      code
      field
      message
      line
      column
      value
    }
  }
}
    fragment ConsoleImport on ReconciliationImport {
  id
  merchantId
  kind
  layout
  fileName
  periodFrom
  periodTo
  rowCount
  matchedRowCount
  ignoredRowCount
  discrepancyCount
  createdAt
}`) as unknown as TypedDocumentString<ConsoleImportReportMutation, ConsoleImportReportMutationVariables>;
export const ConsoleResolveDiscrepancyDocument = new TypedDocumentString(`
    mutation ConsoleResolveDiscrepancy($id: ID!, $note: String!) {
  resolveDiscrepancy(id: $id, note: $note) {
    discrepancy {
      ...ConsoleDiscrepancy
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleDiscrepancy on ReconciliationDiscrepancy {
  id
  importId
  kind
  status
  message
  line
  transactionType
  transactionId
  transactionRequestId
  aggregateId
  aggregateType
  reportAmount {
    value
    currency
  }
  gatewayAmount {
    value
    currency
  }
  reportStatus
  gatewayStatus
  resolutionNote
  resolvedAt
  createdAt
}`) as unknown as TypedDocumentString<ConsoleResolveDiscrepancyMutation, ConsoleResolveDiscrepancyMutationVariables>;
export const ConsoleSchedulesDocument = new TypedDocumentString(`
    query ConsoleSchedules($first: Int!, $after: String, $filter: ScheduleFilter) {
  schedules(first: $first, after: $after, filter: $filter) {
    nodes {
      ...ConsoleSchedule
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment ConsoleSchedule on Schedule {
  id
  authorizationId
  amount {
    value
    currency
  }
  description
  status
  statusReason
  recurrence {
    frequency
    interval
    anchorDay
    anchorMonth
    rrule
    rule
  }
  timeZone
  startAt
  endAt
  maxCycles
  nextCycleNumber
  nextDueAt
  missedCyclePolicy
  dunning {
    retryOffsetsSeconds
    onRetriesExhausted
  }
  referenceOrderIdTemplate
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleSchedulesQuery, ConsoleSchedulesQueryVariables>;
export const ConsoleScheduleDocument = new TypedDocumentString(`
    query ConsoleSchedule($id: ID!, $cyclesFirst: Int!, $cyclesAfter: String) {
  schedule(id: $id) {
    ...ConsoleSchedule
    cycles(first: $cyclesFirst, after: $cyclesAfter) {
      nodes {
        ...ConsoleScheduleCycle
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment ConsoleSchedule on Schedule {
  id
  authorizationId
  amount {
    value
    currency
  }
  description
  status
  statusReason
  recurrence {
    frequency
    interval
    anchorDay
    anchorMonth
    rrule
    rule
  }
  timeZone
  startAt
  endAt
  maxCycles
  nextCycleNumber
  nextDueAt
  missedCyclePolicy
  dunning {
    retryOffsetsSeconds
    onRetriesExhausted
  }
  referenceOrderIdTemplate
  createdAt
  updatedAt
}
fragment ConsoleScheduleCycle on ScheduleCycle {
  id
  cycleNumber
  dueAt
  status
  amount {
    value
    currency
  }
  attemptCount
  nextAttemptAt
  paymentId
  failure {
    code
    message
  }
  charges {
    id
    attempt
    paymentId
    referenceOrderId
    payment {
      id
      status
    }
  }
}`) as unknown as TypedDocumentString<ConsoleScheduleQuery, ConsoleScheduleQueryVariables>;
export const ConsoleScheduleEventsDocument = new TypedDocumentString(`
    query ConsoleScheduleEvents($id: ID!, $first: Int!, $after: String) {
  events(aggregateId: $id, aggregateType: SCHEDULE, first: $first, after: $after) {
    nodes {
      ...ConsoleEvent
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment ConsoleEvent on Event {
  id
  cursor
  type
  source
  fromStatus
  toStatus
  payload
  createdAt
}`) as unknown as TypedDocumentString<ConsoleScheduleEventsQuery, ConsoleScheduleEventsQueryVariables>;
export const ConsoleScheduleUpdatedDocument = new TypedDocumentString(`
    subscription ConsoleScheduleUpdated($scheduleId: ID) {
  scheduleUpdated(scheduleId: $scheduleId) {
    cursor
    schedule {
      ...ConsoleSchedule
    }
  }
}
    fragment ConsoleSchedule on Schedule {
  id
  authorizationId
  amount {
    value
    currency
  }
  description
  status
  statusReason
  recurrence {
    frequency
    interval
    anchorDay
    anchorMonth
    rrule
    rule
  }
  timeZone
  startAt
  endAt
  maxCycles
  nextCycleNumber
  nextDueAt
  missedCyclePolicy
  dunning {
    retryOffsetsSeconds
    onRetriesExhausted
  }
  referenceOrderIdTemplate
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleScheduleUpdatedSubscription, ConsoleScheduleUpdatedSubscriptionVariables>;
export const ConsoleCreateScheduleDocument = new TypedDocumentString(`
    mutation ConsoleCreateSchedule($input: CreateScheduleInput!) {
  createSchedule(input: $input) {
    schedule {
      ...ConsoleSchedule
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleSchedule on Schedule {
  id
  authorizationId
  amount {
    value
    currency
  }
  description
  status
  statusReason
  recurrence {
    frequency
    interval
    anchorDay
    anchorMonth
    rrule
    rule
  }
  timeZone
  startAt
  endAt
  maxCycles
  nextCycleNumber
  nextDueAt
  missedCyclePolicy
  dunning {
    retryOffsetsSeconds
    onRetriesExhausted
  }
  referenceOrderIdTemplate
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleCreateScheduleMutation, ConsoleCreateScheduleMutationVariables>;
export const ConsoleUpdateScheduleDocument = new TypedDocumentString(`
    mutation ConsoleUpdateSchedule($input: UpdateScheduleInput!) {
  updateSchedule(input: $input) {
    schedule {
      ...ConsoleSchedule
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleSchedule on Schedule {
  id
  authorizationId
  amount {
    value
    currency
  }
  description
  status
  statusReason
  recurrence {
    frequency
    interval
    anchorDay
    anchorMonth
    rrule
    rule
  }
  timeZone
  startAt
  endAt
  maxCycles
  nextCycleNumber
  nextDueAt
  missedCyclePolicy
  dunning {
    retryOffsetsSeconds
    onRetriesExhausted
  }
  referenceOrderIdTemplate
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleUpdateScheduleMutation, ConsoleUpdateScheduleMutationVariables>;
export const ConsolePauseScheduleDocument = new TypedDocumentString(`
    mutation ConsolePauseSchedule($id: ID!) {
  pauseSchedule(id: $id) {
    schedule {
      ...ConsoleSchedule
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleSchedule on Schedule {
  id
  authorizationId
  amount {
    value
    currency
  }
  description
  status
  statusReason
  recurrence {
    frequency
    interval
    anchorDay
    anchorMonth
    rrule
    rule
  }
  timeZone
  startAt
  endAt
  maxCycles
  nextCycleNumber
  nextDueAt
  missedCyclePolicy
  dunning {
    retryOffsetsSeconds
    onRetriesExhausted
  }
  referenceOrderIdTemplate
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsolePauseScheduleMutation, ConsolePauseScheduleMutationVariables>;
export const ConsoleResumeScheduleDocument = new TypedDocumentString(`
    mutation ConsoleResumeSchedule($id: ID!) {
  resumeSchedule(id: $id) {
    schedule {
      ...ConsoleSchedule
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleSchedule on Schedule {
  id
  authorizationId
  amount {
    value
    currency
  }
  description
  status
  statusReason
  recurrence {
    frequency
    interval
    anchorDay
    anchorMonth
    rrule
    rule
  }
  timeZone
  startAt
  endAt
  maxCycles
  nextCycleNumber
  nextDueAt
  missedCyclePolicy
  dunning {
    retryOffsetsSeconds
    onRetriesExhausted
  }
  referenceOrderIdTemplate
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleResumeScheduleMutation, ConsoleResumeScheduleMutationVariables>;
export const ConsoleCancelScheduleDocument = new TypedDocumentString(`
    mutation ConsoleCancelSchedule($id: ID!) {
  cancelSchedule(id: $id) {
    schedule {
      ...ConsoleSchedule
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleSchedule on Schedule {
  id
  authorizationId
  amount {
    value
    currency
  }
  description
  status
  statusReason
  recurrence {
    frequency
    interval
    anchorDay
    anchorMonth
    rrule
    rule
  }
  timeZone
  startAt
  endAt
  maxCycles
  nextCycleNumber
  nextDueAt
  missedCyclePolicy
  dunning {
    retryOffsetsSeconds
    onRetriesExhausted
  }
  referenceOrderIdTemplate
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleCancelScheduleMutation, ConsoleCancelScheduleMutationVariables>;
export const ConsoleViewerDocument = new TypedDocumentString(`
    query ConsoleViewer {
  viewer {
    role
    apiKeyId
    merchant {
      id
      name
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleViewerQuery, ConsoleViewerQueryVariables>;
export const ConsoleWebhookEndpointsDocument = new TypedDocumentString(`
    query ConsoleWebhookEndpoints($merchantId: ID) {
  webhookEndpoints(merchantId: $merchantId) {
    ...ConsoleWebhookEndpoint
  }
}
    fragment ConsoleWebhookEndpoint on WebhookEndpoint {
  id
  merchantId
  url
  description
  eventTypes
  status
  disabledReason
  disabledAt
  failingSince
  secretRotatedAt
  previousSecretExpiresAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleWebhookEndpointsQuery, ConsoleWebhookEndpointsQueryVariables>;
export const ConsoleWebhookEndpointDocument = new TypedDocumentString(`
    query ConsoleWebhookEndpoint($id: ID!) {
  webhookEndpoint(id: $id) {
    ...ConsoleWebhookEndpoint
  }
}
    fragment ConsoleWebhookEndpoint on WebhookEndpoint {
  id
  merchantId
  url
  description
  eventTypes
  status
  disabledReason
  disabledAt
  failingSince
  secretRotatedAt
  previousSecretExpiresAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleWebhookEndpointQuery, ConsoleWebhookEndpointQueryVariables>;
export const ConsoleWebhookDeliveriesDocument = new TypedDocumentString(`
    query ConsoleWebhookDeliveries($endpointId: ID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {
  webhookDeliveries(
    endpointId: $endpointId
    first: $first
    after: $after
    status: $status
  ) {
    nodes {
      ...ConsoleWebhookDelivery
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment ConsoleWebhookAttempt on WebhookAttempt {
  id
  attemptedAt
  statusCode
  latencyMs
  responseBody
  error
  succeeded
}
fragment ConsoleWebhookDelivery on WebhookDelivery {
  id
  endpointId
  webhookId
  eventId
  eventType
  status
  attemptCount
  createdAt
  lastAttemptAt
  nextAttemptAt
  deliveredAt
  attempts {
    ...ConsoleWebhookAttempt
  }
}`) as unknown as TypedDocumentString<ConsoleWebhookDeliveriesQuery, ConsoleWebhookDeliveriesQueryVariables>;
export const ConsoleCreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    endpoint {
      ...ConsoleWebhookEndpoint
    }
    secret
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleWebhookEndpoint on WebhookEndpoint {
  id
  merchantId
  url
  description
  eventTypes
  status
  disabledReason
  disabledAt
  failingSince
  secretRotatedAt
  previousSecretExpiresAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleCreateWebhookEndpointMutation, ConsoleCreateWebhookEndpointMutationVariables>;
export const ConsoleUpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation ConsoleUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(id: $id, input: $input) {
    endpoint {
      ...ConsoleWebhookEndpoint
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleWebhookEndpoint on WebhookEndpoint {
  id
  merchantId
  url
  description
  eventTypes
  status
  disabledReason
  disabledAt
  failingSince
  secretRotatedAt
  previousSecretExpiresAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleUpdateWebhookEndpointMutation, ConsoleUpdateWebhookEndpointMutationVariables>;
export const ConsoleDisableWebhookEndpointDocument = new TypedDocumentString(`
    mutation ConsoleDisableWebhookEndpoint($id: ID!) {
  disableWebhookEndpoint(id: $id) {
    endpoint {
      ...ConsoleWebhookEndpoint
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleWebhookEndpoint on WebhookEndpoint {
  id
  merchantId
  url
  description
  eventTypes
  status
  disabledReason
  disabledAt
  failingSince
  secretRotatedAt
  previousSecretExpiresAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleDisableWebhookEndpointMutation, ConsoleDisableWebhookEndpointMutationVariables>;
export const ConsoleEnableWebhookEndpointDocument = new TypedDocumentString(`
    mutation ConsoleEnableWebhookEndpoint($id: ID!) {
  enableWebhookEndpoint(id: $id) {
    endpoint {
      ...ConsoleWebhookEndpoint
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleWebhookEndpoint on WebhookEndpoint {
  id
  merchantId
  url
  description
  eventTypes
  status
  disabledReason
  disabledAt
  failingSince
  secretRotatedAt
  previousSecretExpiresAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleEnableWebhookEndpointMutation, ConsoleEnableWebhookEndpointMutationVariables>;
export const ConsoleDeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation ConsoleDeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id) {
    deletedId
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeleteWebhookEndpointMutation, ConsoleDeleteWebhookEndpointMutationVariables>;
export const ConsoleRotateWebhookSecretDocument = new TypedDocumentString(`
    mutation ConsoleRotateWebhookSecret($id: ID!, $graceSeconds: Int) {
  rotateWebhookEndpointSecret(id: $id, graceSeconds: $graceSeconds) {
    endpoint {
      ...ConsoleWebhookEndpoint
    }
    secret
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleWebhookEndpoint on WebhookEndpoint {
  id
  merchantId
  url
  description
  eventTypes
  status
  disabledReason
  disabledAt
  failingSince
  secretRotatedAt
  previousSecretExpiresAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleRotateWebhookSecretMutation, ConsoleRotateWebhookSecretMutationVariables>;
export const ConsoleSendWebhookTestPingDocument = new TypedDocumentString(`
    mutation ConsoleSendWebhookTestPing($endpointId: ID!) {
  sendWebhookTestPing(endpointId: $endpointId) {
    delivery {
      ...ConsoleWebhookDelivery
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleWebhookAttempt on WebhookAttempt {
  id
  attemptedAt
  statusCode
  latencyMs
  responseBody
  error
  succeeded
}
fragment ConsoleWebhookDelivery on WebhookDelivery {
  id
  endpointId
  webhookId
  eventId
  eventType
  status
  attemptCount
  createdAt
  lastAttemptAt
  nextAttemptAt
  deliveredAt
  attempts {
    ...ConsoleWebhookAttempt
  }
}`) as unknown as TypedDocumentString<ConsoleSendWebhookTestPingMutation, ConsoleSendWebhookTestPingMutationVariables>;
export const ConsoleReplayWebhookDeliveryDocument = new TypedDocumentString(`
    mutation ConsoleReplayWebhookDelivery($id: ID!) {
  replayWebhookDelivery(id: $id) {
    delivery {
      ...ConsoleWebhookDelivery
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment ConsoleWebhookAttempt on WebhookAttempt {
  id
  attemptedAt
  statusCode
  latencyMs
  responseBody
  error
  succeeded
}
fragment ConsoleWebhookDelivery on WebhookDelivery {
  id
  endpointId
  webhookId
  eventId
  eventType
  status
  attemptCount
  createdAt
  lastAttemptAt
  nextAttemptAt
  deliveredAt
  attempts {
    ...ConsoleWebhookAttempt
  }
}`) as unknown as TypedDocumentString<ConsoleReplayWebhookDeliveryMutation, ConsoleReplayWebhookDeliveryMutationVariables>;
export const ConsoleReplayWebhookDeliveriesDocument = new TypedDocumentString(`
    mutation ConsoleReplayWebhookDeliveries($endpointId: ID!, $since: DateTimeISO!) {
  replayWebhookDeliveries(endpointId: $endpointId, since: $since) {
    count
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleReplayWebhookDeliveriesMutation, ConsoleReplayWebhookDeliveriesMutationVariables>;