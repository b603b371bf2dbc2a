/** The 13 AMS APIs: logical name → production path, idempotency, request/response types (ams-spec §1.6, §3.6). */
import type {
  ApplyTokenRequest,
  ApplyTokenResponse,
  ConsultRequest,
  ConsultResponse,
  RevokeRequest,
  RevokeResponse,
} from './authorization.js';
import {
  APPLY_TOKEN_RESULT_CODES,
  CONSULT_RESULT_CODES,
  REVOKE_RESULT_CODES,
} from './authorization.js';
import type { ResultStatus } from './common.js';
import type {
  DeclareRequest,
  DeclareResponse,
  InquiryDeclarationRequestsRequest,
  InquiryDeclarationRequestsResponse,
} from './customs.js';
import { DECLARE_RESULT_CODES, INQUIRY_DECLARATION_RESULT_CODES } from './customs.js';
import type {
  CancelRequest,
  CancelResponse,
  InquiryPaymentRequest,
  InquiryPaymentResponse,
  PayRequest,
  PayResponse,
} from './payment.js';
import { CANCEL_RESULT_CODES, INQUIRY_PAYMENT_RESULT_CODES, PAY_RESULT_CODES } from './payment.js';
import type { InquiryRefundRequest, InquiryRefundResponse, RefundRequest, RefundResponse } from './refund.js';
import { INQUIRY_REFUND_RESULT_CODES, REFUND_RESULT_CODES } from './refund.js';
import type {
  InquiryRegistrationInfoRequest,
  InquiryRegistrationInfoResponse,
  InquiryRegistrationStatusRequest,
  InquiryRegistrationStatusResponse,
  RegistrationRequest,
  RegistrationResponse,
} from './registration.js';
import {
  INQUIRY_REGISTRATION_INFO_RESULT_CODES,
  INQUIRY_REGISTRATION_STATUS_RESULT_CODES,
  REGISTRATION_RESULT_CODES,
} from './registration.js';

export const AMS_API_NAMES = [
  'consult',
  'applyToken',
  'revoke',
  'pay',
  'inquiryPayment',
  'cancel',
  'refund',
  'inquiryRefund',
  'declare',
  'inquiryDeclarationRequests',
  'registration',
  'inquiryRegistrationStatus',
  'inquiryRegistrationInfo',
] as const;
export type AmsApiName = (typeof AMS_API_NAMES)[number];

/** Request and response body type of every API, for generic code (client, sandbox router). */
export interface AmsApiTypes {
  consult: { request: ConsultRequest; response: ConsultResponse };
  applyToken: { request: ApplyTokenRequest; response: ApplyTokenResponse };
  revoke: { request: RevokeRequest; response: RevokeResponse };
  pay: { request: PayRequest; response: PayResponse };
  inquiryPayment: { request: InquiryPaymentRequest; response: InquiryPaymentResponse };
  cancel: { request: CancelRequest; response: CancelResponse };
  refund: { request: RefundRequest; response: RefundResponse };
  inquiryRefund: { request: InquiryRefundRequest; response: InquiryRefundResponse };
  declare: { request: DeclareRequest; response: DeclareResponse };
  inquiryDeclarationRequests: { request: InquiryDeclarationRequestsRequest; response: InquiryDeclarationRequestsResponse };
  registration: { request: RegistrationRequest; response: RegistrationResponse };
  inquiryRegistrationStatus: { request: InquiryRegistrationStatusRequest; response: InquiryRegistrationStatusResponse };
  inquiryRegistrationInfo: { request: InquiryRegistrationInfoRequest; response: InquiryRegistrationInfoResponse };
}
export type AmsRequestOf<K extends AmsApiName> = AmsApiTypes[K]['request'];
export type AmsResponseOf<K extends AmsApiName> = AmsApiTypes[K]['response'];

/**
 * How a repeat of the same request behaves, which decides whether resending after an unknown outcome is safe:
 * - `request-id`: Antom de-duplicates on this body field (same id + same parameters ⇒ same outcome);
 * - `read-only`: an inquiry, no side effect;
 * - `repeatable`: no key, but the docs say to resend the same request on U / no response;
 * - `none`: a repeat is not safe (applyToken: the authCode is single-use, a repeat after success fails).
 */
export type Idempotency =
  | { kind: 'request-id'; field: string }
  | { kind: 'read-only' }
  | { kind: 'repeatable'; reason: string }
  | { kind: 'none'; reason: string };

export interface AmsEndpoint {
  api: AmsApiName;
  /** Production path; the sandbox path is derived by the client (see `toSandboxPath`). */
  path: string;
  idempotency: Idempotency;
}

const READ_ONLY: Idempotency = { kind: 'read-only' };

/** Every production path is the API's name under its area: `/ams/api/v1/<area>/<api>`. */
function endpoint<K extends AmsApiName>(area: 'authorizations' | 'payments' | 'customs' | 'merchants', api: K, idempotency: Idempotency) {
  return { api, path: `/ams/api/v1/${area}/${api}`, idempotency };
}

export const AMS_ENDPOINTS = {
  consult: endpoint('authorizations', 'consult', { kind: 'repeatable', reason: 'no side effects; docs: on timeout call consult again' }),
  applyToken: endpoint('authorizations', 'applyToken', { kind: 'none', reason: 'authCode is single-use' }),
  revoke: endpoint('authorizations', 'revoke', { kind: 'repeatable', reason: 'naturally idempotent on accessToken; docs: on U call again' }),
  pay: endpoint('payments', 'pay', { kind: 'request-id', field: 'paymentRequestId' }),
  inquiryPayment: endpoint('payments', 'inquiryPayment', READ_ONLY),
  cancel: endpoint('payments', 'cancel', { kind: 'repeatable', reason: 'keyed by the target payment; docs: on U or no response resend' }),
  refund: endpoint('payments', 'refund', { kind: 'request-id', field: 'refundRequestId' }),
  inquiryRefund: endpoint('payments', 'inquiryRefund', READ_ONLY),
  declare: endpoint('customs', 'declare', { kind: 'request-id', field: 'declarationRequestId' }),
  inquiryDeclarationRequests: endpoint('customs', 'inquiryDeclarationRequests', READ_ONLY),
  registration: endpoint('merchants', 'registration', { kind: 'request-id', field: 'registrationRequestId' }),
  inquiryRegistrationStatus: endpoint('merchants', 'inquiryRegistrationStatus', READ_ONLY),
  inquiryRegistrationInfo: endpoint('merchants', 'inquiryRegistrationInfo', READ_ONLY),
} satisfies { readonly [K in AmsApiName]: AmsEndpoint & { api: K } };

/** Whether resending the identical request after an unknown outcome cannot cause a second effect. */
export function isRepeatSafe(api: AmsApiName): boolean {
  return AMS_ENDPOINTS[api].idempotency.kind !== 'none';
}

/** The body field that de-duplicates the request, if the API has one. */
export function idempotencyField(api: AmsApiName): string | undefined {
  const idempotency = AMS_ENDPOINTS[api].idempotency;
  return idempotency.kind === 'request-id' ? idempotency.field : undefined;
}

const API_BY_PATH = new Map<string, AmsApiName>(AMS_API_NAMES.map((api) => [AMS_ENDPOINTS[api].path, api]));

/**
 * The API a requested path addresses, production or sandbox form (query string ignored); undefined for paths AMS
 * does not define (answer `NO_INTERFACE_DEF`).
 */
export function apiForPath(requestedPath: string): AmsApiName | undefined {
  const pathOnly = requestedPath.split('?', 1)[0] ?? '';
  const production = pathOnly.startsWith('/ams/sandbox/api/') ? pathOnly.replace('/ams/sandbox/api/', '/ams/api/') : pathOnly;
  return API_BY_PATH.get(production);
}

/** Result codes documented per API (addendum part B), code → status. Unknown codes may still arrive. */
export const RESULT_CODES_BY_API = {
  consult: CONSULT_RESULT_CODES,
  applyToken: APPLY_TOKEN_RESULT_CODES,
  revoke: REVOKE_RESULT_CODES,
  pay: PAY_RESULT_CODES,
  inquiryPayment: INQUIRY_PAYMENT_RESULT_CODES,
  cancel: CANCEL_RESULT_CODES,
  refund: REFUND_RESULT_CODES,
  inquiryRefund: INQUIRY_REFUND_RESULT_CODES,
  declare: DECLARE_RESULT_CODES,
  inquiryDeclarationRequests: INQUIRY_DECLARATION_RESULT_CODES,
  registration: REGISTRATION_RESULT_CODES,
  inquiryRegistrationStatus: INQUIRY_REGISTRATION_STATUS_RESULT_CODES,
  inquiryRegistrationInfo: INQUIRY_REGISTRATION_INFO_RESULT_CODES,
} as const satisfies { readonly [K in AmsApiName]: Readonly<Record<string, ResultStatus>> };
