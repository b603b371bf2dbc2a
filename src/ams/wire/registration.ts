/** registration, inquiryRegistrationStatus, inquiryRegistrationInfo (ams-spec §5.11–§5.13). */
import type { Address, AmsResponseBody, ProductCode } from './common.js';
import { resultCodeTable } from './common.js';

export interface Logo {
  logoName?: string;
  logoUrl?: string;
}

export interface WebSite {
  name?: string;
  url: string;
  desc?: string;
  type?: 'COMPANY_INTRODUCE' | 'TRADING' | (string & {});
}

export interface Attachment {
  attachmentType: string;
  file?: string;
  attachmentName?: string;
  fileKey?: string;
}

export interface ContactInfo {
  contactNo: string;
  contactType: string;
}

export interface RegistrationDetail {
  legalName?: string;
  attachments?: Attachment[];
  contactInfo?: ContactInfo[];
  registrationType?: string;
  registrationNo?: string;
  registrationAddress?: Address;
  businessType?: string;
  registrationEffectiveDate?: string;
  registrationExpireDate?: string;
}

export interface MerchantRegistrationInfo {
  /** Must be globally unique. */
  referenceMerchantId: string;
  merchantDisplayName?: string;
  merchantMCC?: string;
  logo?: Logo;
  websites?: WebSite[];
  merchantAddress?: Address;
  registrationDetail?: RegistrationDetail;
}

/** Only required for `IN_STORE_PAYMENT`; the SDKs do not model it, so it stays loose. */
export type StoreRegistrationInfo = Record<string, unknown>;

export interface RegistrationRequest {
  /** Idempotency key. */
  registrationRequestId: string;
  /** Capitalised `URL` on the wire. */
  registrationNotifyURL?: string;
  passThroughInfo?: string;
  merchantInfo: MerchantRegistrationInfo;
  productCodes: ProductCode[];
  storeInfo?: StoreRegistrationInfo;
}

export interface RegistrationResponse extends AmsResponseBody {
  passThroughInfo?: string;
}

export interface InquiryRegistrationStatusRequest {
  registrationRequestId?: string;
  referenceMerchantId?: string;
  referenceStoreId?: string;
}

/** `COMPLETED` and `APPROVED` are confirmed; pending/rejected spellings are not (spec §11.8). */
export type RegistrationStatus = 'COMPLETED' | 'APPROVED' | 'PENDING' | 'PROCESSING' | 'REJECTED' | (string & {});

export interface RegistrationResult {
  registrationStatus?: RegistrationStatus;
  rejectReasons?: string;
}

export interface PspRegistrationResult {
  pspName?: string;
  registrationResult?: RegistrationResult;
}

export interface InquiryRegistrationStatusResponse extends AmsResponseBody {
  registrationResult?: RegistrationResult;
  pspRegistrationResultList?: PspRegistrationResult[];
}

export interface InquiryRegistrationInfoRequest {
  referenceMerchantId: string;
  referenceStoreId?: string;
}

export interface InquiryRegistrationInfoResponse extends AmsResponseBody {
  merchantInfo?: MerchantRegistrationInfo;
  storeInfo?: StoreRegistrationInfo;
  productCodes?: ProductCode[];
}

export const REGISTRATION_RESULT_CODES = resultCodeTable([
  'ACCESS_DENIED',
  'INVALID_CLIENT',
  'INVALID_SIGNATURE',
  'KEY_NOT_FOUND',
  'NO_INTERFACE_DEF',
  'PARAM_ILLEGAL',
  'PROCESS_FAIL',
  'REPEAT_REGISTRATION',
  'REPEAT_REQ_INCONSISTENT',
  'SYSTEM_ERROR',
]);
export type RegistrationResultCode = keyof typeof REGISTRATION_RESULT_CODES;

export const INQUIRY_REGISTRATION_STATUS_RESULT_CODES = resultCodeTable([
  'INVALID_CLIENT',
  'INVALID_SIGNATURE',
  'MEDIA_TYPE_NOT_ACCEPTABLE',
  'METHOD_NOT_SUPPORTED',
  'REPEAT_REQ_INCONSISTENT',
  'RECORD_NOT_FOUND',
  'PARAM_ILLEGAL',
]);
export type InquiryRegistrationStatusResultCode = keyof typeof INQUIRY_REGISTRATION_STATUS_RESULT_CODES;

/** Not-found behaviour is [UNCONFIRMED]; `RECORD_NOT_FOUND` mirrors inquiryRegistrationStatus. */
export const INQUIRY_REGISTRATION_INFO_RESULT_CODES = resultCodeTable([
  'INVALID_CLIENT',
  'INVALID_SIGNATURE',
  'RECORD_NOT_FOUND',
  'PARAM_ILLEGAL',
  'PROCESS_FAIL',
]);
export type InquiryRegistrationInfoResultCode = keyof typeof INQUIRY_REGISTRATION_INFO_RESULT_CODES;
