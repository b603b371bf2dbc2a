/** consult, applyToken, revoke (ams-spec §5.1–§5.3; result codes: addendum B.6–B.8). */
import type {
  AmsDateTime,
  AmsResponseBody,
  CustomerBelongsTo,
  Env,
  OsType,
  PspCustomerInfo,
  ResultStatus,
  ScopeType,
  TerminalType,
} from './common.js';

export interface AuthMetaData {
  accountHolderName?: string;
  accountHolderCertNo?: string;
}

export interface CodeDetail {
  codeValueType?: 'BARCODE' | 'QRCODE' | (string & {});
  codeValue?: string;
  displayType?: 'TEXT' | 'SMALLIMAGE' | 'MIDDLEIMAGE' | 'BIGIMAGE' | 'IMAGE' | (string & {});
}

export interface AuthCodeForm {
  codeDetails?: CodeDetail[];
}

export interface ConsultRequest {
  customerBelongsTo: CustomerBelongsTo;
  authRedirectUrl: string;
  /** For Auto Debit: `["AGREEMENT_PAY"]`; at most 4. */
  scopes: ScopeType[];
  /** Merchant-generated; echoed in the redirect and in notifyAuthorization. */
  authState: string;
  terminalType?: TerminalType;
  osType?: OsType;
  osVersion?: string;
  env?: Env;
  authClientId?: string;
  authNotifyUrl?: string;
  merchantRegion?: string;
  merchantAccountId?: string;
  recurringPayment?: boolean;
  authMetaData?: AuthMetaData;
  extendInfo?: string;
}

export interface ConsultResponse extends AmsResponseBody {
  authUrl?: string;
  normalUrl?: string;
  schemeUrl?: string;
  applinkUrl?: string;
  appIdentifier?: string;
  authCodeForm?: AuthCodeForm;
  extendInfo?: string;
}

interface ApplyTokenCommon {
  customerBelongsTo: CustomerBelongsTo;
  merchantRegion?: string;
  merchantAccountId?: string;
  extendInfo?: string;
}

export interface ApplyTokenByAuthCodeRequest extends ApplyTokenCommon {
  grantType: 'AUTHORIZATION_CODE';
  authCode: string;
}

export interface ApplyTokenByRefreshTokenRequest extends ApplyTokenCommon {
  grantType: 'REFRESH_TOKEN';
  refreshToken: string;
}

/** Discriminated by `grantType`: each mode requires its own credential field. */
export type ApplyTokenRequest = ApplyTokenByAuthCodeRequest | ApplyTokenByRefreshTokenRequest;

export interface ApplyTokenResponse extends AmsResponseBody {
  accessToken?: string;
  accessTokenExpiryTime?: AmsDateTime;
  /** Absent when the wallet does not support refresh (the access token is then long-lived). */
  refreshToken?: string;
  refreshTokenExpiryTime?: AmsDateTime;
  userLoginId?: string;
  pspCustomerInfo?: PspCustomerInfo;
  extendInfo?: string;
}

export interface RevokeRequest {
  accessToken: string;
  merchantAccountId?: string;
  extendInfo?: string;
}

export interface RevokeResponse extends AmsResponseBody {
  extendInfo?: string;
}

export const CONSULT_RESULT_CODES = {
  SUCCESS: 'S',
  ACCESS_DENIED: 'F',
  CLIENT_FORBIDDEN_ACCESS_API: 'F',
  INVALID_ACCESS_TOKEN: 'F',
  INVALID_API: 'F',
  INVALID_CLIENT_STATUS: 'F',
  INVALID_SIGNATURE: 'F',
  KEY_NOT_FOUND: 'F',
  MERCHANT_NOT_REGISTERED: 'F',
  NO_INTERFACE_DEF: 'F',
  NO_PAY_OPTIONS: 'F',
  OAUTH_FAILED: 'F',
  PARAM_ILLEGAL: 'F',
  PAYMENT_NOT_QUALIFIED: 'F',
  PROCESS_FAIL: 'F',
  RISK_REJECT: 'F',
  SYSTEM_ERROR: 'F',
  UNKNOWN_CLIENT: 'F',
  REQUEST_TRAFFIC_EXCEED_LIMIT: 'U',
  UNKNOWN_EXCEPTION: 'U',
} as const satisfies Record<string, ResultStatus>;
export type ConsultResultCode = keyof typeof CONSULT_RESULT_CODES;

export const APPLY_TOKEN_RESULT_CODES = {
  SUCCESS: 'S',
  ACCESS_DENIED: 'F',
  CLIENT_FORBIDDEN_ACCESS_API: 'F',
  INVALID_ACCESS_TOKEN: 'F',
  INVALID_API: 'F',
  INVALID_AUTHCODE: 'F',
  INVALID_CLIENT_STATUS: 'F',
  INVALID_REFRESH_TOKEN: 'F',
  INVALID_SIGNATURE: 'F',
  KEY_NOT_FOUND: 'F',
  NO_INTERFACE_DEF: 'F',
  NO_PAY_OPTIONS: 'F',
  OAUTH_FAILED: 'F',
  PARAM_ILLEGAL: 'F',
  PROCESS_FAIL: 'F',
  SYSTEM_ERROR: 'F',
  UNKNOWN_CLIENT: 'F',
  USER_NOT_EXIST: 'F',
  USER_STATUS_ABNORMAL: 'F',
  AUTH_IN_PROCESS: 'U',
  REQUEST_TRAFFIC_EXCEED_LIMIT: 'U',
  UNKNOWN_EXCEPTION: 'U',
} as const satisfies Record<string, ResultStatus>;
export type ApplyTokenResultCode = keyof typeof APPLY_TOKEN_RESULT_CODES;

export const REVOKE_RESULT_CODES = {
  SUCCESS: 'S',
  ACCESS_DENIED: 'F',
  CLIENT_FORBIDDEN_ACCESS_API: 'F',
  INVALID_ACCESS_TOKEN: 'F',
  INVALID_API: 'F',
  INVALID_CLIENT_STATUS: 'F',
  INVALID_SIGNATURE: 'F',
  KEY_NOT_FOUND: 'F',
  NO_INTERFACE_DEF: 'F',
  OAUTH_FAILED: 'F',
  PARAM_ILLEGAL: 'F',
  PROCESS_FAIL: 'F',
  SYSTEM_ERROR: 'F',
  UNKNOWN_CLIENT: 'F',
  REQUEST_TRAFFIC_EXCEED_LIMIT: 'U',
  UNKNOWN_EXCEPTION: 'U',
} as const satisfies Record<string, ResultStatus>;
export type RevokeResultCode = keyof typeof REVOKE_RESULT_CODES;
