/** consult, applyToken, revoke (ams-spec §5.1–§5.3; result codes: addendum B.6–B.8). */
import type {
  AmsDateTime,
  AmsResponseBody,
  CustomerBelongsTo,
  Env,
  OsType,
  PspCustomerInfo,
  ScopeType,
  TerminalType,
} from './common.js';
import { resultCodeTable } from './common.js';

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

/** The failures consult, applyToken and revoke all answer; each adds its own. */
const AUTHORIZATION_API_FAILURES = [
  'ACCESS_DENIED',
  'CLIENT_FORBIDDEN_ACCESS_API',
  'INVALID_ACCESS_TOKEN',
  'INVALID_API',
  'INVALID_CLIENT_STATUS',
  'INVALID_SIGNATURE',
  'KEY_NOT_FOUND',
  'NO_INTERFACE_DEF',
  'OAUTH_FAILED',
  'PARAM_ILLEGAL',
  'PROCESS_FAIL',
  'SYSTEM_ERROR',
  'UNKNOWN_CLIENT',
] as const;

export const CONSULT_RESULT_CODES = resultCodeTable([
  ...AUTHORIZATION_API_FAILURES,
  'MERCHANT_NOT_REGISTERED',
  'NO_PAY_OPTIONS',
  'PAYMENT_NOT_QUALIFIED',
  'RISK_REJECT',
]);
export type ConsultResultCode = keyof typeof CONSULT_RESULT_CODES;

export const APPLY_TOKEN_RESULT_CODES = resultCodeTable(
  [
    ...AUTHORIZATION_API_FAILURES,
    'INVALID_AUTHCODE',
    'INVALID_REFRESH_TOKEN',
    'NO_PAY_OPTIONS',
    'USER_NOT_EXIST',
    'USER_STATUS_ABNORMAL',
  ],
  ['AUTH_IN_PROCESS'],
);
export type ApplyTokenResultCode = keyof typeof APPLY_TOKEN_RESULT_CODES;

export const REVOKE_RESULT_CODES = resultCodeTable(AUTHORIZATION_API_FAILURES);
export type RevokeResultCode = keyof typeof REVOKE_RESULT_CODES;
