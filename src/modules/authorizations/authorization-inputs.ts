import type { Env } from '../../ams/index.js';
import type { InputChecker } from '../shared/input-checks.js';
import { checkEnv, OS_TYPES, TERMINAL_TYPES, type EnvInput } from '../shared/wire-inputs.js';
import { MAX_IDEMPOTENCY_KEY_LENGTH } from '../shared/idempotency.js';
import type { AuthorizationErrorCode } from './authorization-errors.js';

export const SCOPES = ['AGREEMENT_PAY', 'BASE_USER_INFO', 'USER_INFO', 'USER_LOGIN_ID', 'HASH_LOGIN_ID', 'SEND_OTP'] as const;

export interface ConsultInput {
  customerBelongsTo: string;
  authRedirectUrl: string;
  authState?: string | null;
  scopes?: string[] | null;
  terminalType?: string | null;
  osType?: string | null;
  osVersion?: string | null;
  /** A secondary merchant's referenceMerchantId, registered and COMPLETED (registerMerchant). */
  authClientId?: string | null;
  idempotencyKey?: string | null;
  /** ISO 3166 alpha-2; AMS requires it on the GAGW contract (default: the merchant's). */
  merchantRegion?: string | null;
  /** Whether the agreement is for recurring payments; PayPay requires it. */
  recurringPayment?: boolean | null;
  env?: EnvInput | null;
  /** The account holder, for wallets that check it. The certificate number is sent, never stored. */
  authMetaData?: { accountHolderName?: string | null; accountHolderCertNo?: string | null } | null;
}

export interface NormalisedConsult {
  customerBelongsTo: string;
  authRedirectUrl: string;
  authState: string | null;
  scopes: string[];
  terminalType: string;
  osType: string | null;
  osVersion: string | null;
  authClientId: string | null;
  idempotencyKey: string | null;
  merchantRegion: string | null;
  recurringPayment: boolean | null;
  env: Env | null;
  authMetaData: { accountHolderName?: string; accountHolderCertNo?: string } | null;
}

export function checkConsultInput(input: ConsultInput, check: InputChecker<AuthorizationErrorCode>): NormalisedConsult | null {
  const customerBelongsTo = check.required('customerBelongsTo', input.customerBelongsTo, 64);
  if (customerBelongsTo !== undefined && !/^[A-Z0-9_]+$/.test(customerBelongsTo)) {
    check.add('INVALID', 'customerBelongsTo', `customerBelongsTo "${customerBelongsTo}" is not a wallet code such as GCASH or ALIPAY_HK`);
  }
  const authRedirectUrl = check.url('authRedirectUrl', input.authRedirectUrl, 1024, true);
  const authState = check.optional('authState', input.authState, 256);
  const scopes = input.scopes && input.scopes.length > 0 ? input.scopes : ['AGREEMENT_PAY'];
  if (scopes.length > 4) check.add('INVALID', 'scopes', `scopes has ${scopes.length} entries; at most 4 are allowed`);
  for (const scope of scopes) {
    if (!(SCOPES as readonly string[]).includes(scope)) check.add('INVALID', 'scopes', `scope "${scope}" is not one of ${SCOPES.join(', ')}`);
  }
  const terminalType = input.terminalType ? check.oneOf('terminalType', input.terminalType, TERMINAL_TYPES) : 'WEB';
  const osType = input.osType ? (check.oneOf('osType', input.osType, OS_TYPES) ?? null) : null;
  if ((terminalType === 'APP' || terminalType === 'WAP') && osType === null && !input.osType) {
    check.add('REQUIRED', 'osType', 'osType is required when terminalType is APP or WAP');
  }
  const osVersion = check.optional('osVersion', input.osVersion, 16);
  const authClientId = check.requestId('authClientId', input.authClientId, 64);
  const idempotencyKey = check.optional('idempotencyKey', input.idempotencyKey, MAX_IDEMPOTENCY_KEY_LENGTH);
  const merchantRegion = check.region('merchantRegion', input.merchantRegion);
  const recurringPayment = input.recurringPayment ?? null;
  if (customerBelongsTo === 'PAYPAY' && recurringPayment === null) {
    check.add('REQUIRED', 'recurringPayment', 'recurringPayment is required when customerBelongsTo is PAYPAY');
  }
  const env = checkEnv(check, 'env', input.env);
  let authMetaData: NormalisedConsult['authMetaData'] = null;
  if (input.authMetaData) {
    const accountHolderName = check.optional('authMetaData.accountHolderName', input.authMetaData.accountHolderName, 128);
    const accountHolderCertNo = check.optional('authMetaData.accountHolderCertNo', input.authMetaData.accountHolderCertNo, 64);
    authMetaData = { ...(accountHolderName ? { accountHolderName } : {}), ...(accountHolderCertNo ? { accountHolderCertNo } : {}) };
  }
  if (!check.ok || customerBelongsTo === undefined || authRedirectUrl === null || terminalType === undefined) return null;
  return { customerBelongsTo, authRedirectUrl, authState, scopes, terminalType, osType, osVersion, authClientId, idempotencyKey, merchantRegion, recurringPayment, env, authMetaData };
}
