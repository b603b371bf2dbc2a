import { INQUIRY_FAILURES, resultCodeTable } from './common.js';
/** declare, inquiryDeclarationRequests (ams-spec §5.9–§5.10). Declaration-specific codes are [UNCONFIRMED]. */
import type { AmsDateTime, AmsResponseBody, Amount, UserName } from './common.js';

export interface CustomsInfo {
  /** e.g. `ZONGSHU`, `ZHENGZHOU`, `NINGBO`, `SHANGHAI_CBT`. */
  customsCode: string;
  /** `CN`. */
  region: string;
}

export interface MerchantCustomsInfo {
  merchantCustomsCode: string;
  merchantCustomsName: string;
}

export type CertificateType =
  | 'ENTERPRISE_REGISTRATION'
  | 'LICENSE_INFO'
  | 'ID_CARD'
  | 'PASSPORT'
  | 'DRIVING_LICENSE'
  | 'CPF'
  | 'CNPJ'
  | (string & {});

export interface Certificate {
  certificateType: CertificateType;
  certificateNo: string;
  holderName?: UserName;
}

export interface DeclareRequest {
  /** Idempotency key (1–32 chars). */
  declarationRequestId: string;
  paymentId: string;
  declarationAmount: Amount;
  customs: CustomsInfo;
  merchantCustomsInfo: MerchantCustomsInfo;
  splitOrder: boolean;
  /**
   * Required when `splitOrder` is true. Java/Go/PHP/.NET send `subOrderId`; Python and the Chinese docs spell
   * `suborderId` (spec §11.3). Clients send `subOrderId`; the sandbox accepts both.
   */
  subOrderId?: string;
  suborderId?: string;
  buyerCertificate?: Certificate;
}

export type IdentityCheckResult = 'CHECK_PASSED' | 'CHECK_NOT_PASSED' | (string & {});
export type ClearingChannel = 'CUP' | 'NUCC' | 'OTHER' | (string & {});

export interface DeclareResponse extends AmsResponseBody {
  customsPaymentId?: string;
  customsOrderId?: string;
  identityCheckResult?: IdentityCheckResult;
  clearingChannel?: ClearingChannel;
  clearingTransactionId?: string;
  customsProviderRegistrationId?: string;
}

export interface InquiryDeclarationRequestsRequest {
  /** 1–10 IDs. */
  declarationRequestIds: string[];
}

export interface DeclarationRecord {
  declarationRequestId?: string;
  customsPaymentId?: string;
  customsOrderId?: string;
  customs?: CustomsInfo;
  merchantCustomsInfo?: MerchantCustomsInfo;
  declarationAmount?: Amount;
  splitOrder?: boolean;
  /** Values [UNCONFIRMED]; the sandbox uses PROCESSING → SUCCESS / FAIL. */
  declarationRequestStatus?: string;
  lastModifiedTime?: AmsDateTime;
  customsDeclarationResultCode?: string;
  customsDeclarationResultDesc?: string;
  customsDeclarationReturnTime?: AmsDateTime;
}

export interface InquiryDeclarationRequestsResponse extends AmsResponseBody {
  declarationRequestsNotFound?: string[];
  declarationRecords?: DeclarationRecord[];
}

export const DECLARE_RESULT_CODES = resultCodeTable([
  'ACCESS_DENIED',
  'INVALID_SIGNATURE',
  'KEY_NOT_FOUND',
  'NO_INTERFACE_DEF',
  'ORDER_NOT_EXIST',
  'ORDER_STATUS_INVALID',
  'PARAM_ILLEGAL',
  'PROCESS_FAIL',
  'REPEAT_REQ_INCONSISTENT',
  'SYSTEM_ERROR',
]);
export type DeclareResultCode = keyof typeof DECLARE_RESULT_CODES;

export const INQUIRY_DECLARATION_RESULT_CODES = resultCodeTable(INQUIRY_FAILURES);
export type InquiryDeclarationResultCode = keyof typeof INQUIRY_DECLARATION_RESULT_CODES;
