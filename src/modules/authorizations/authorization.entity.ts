import { column } from '../../persistence/columns.js';
import type { AuthCodeForm, PspCustomerInfo } from '../../ams/index.js';
import { OperationRecord, operationRecordSchema } from '../shared/aggregate-columns.js';
import type { AuthorizationStatus } from './authorization-status.js';

/**
 * One user's Auto Debit agreement with one wallet: the consult, then the tokens. The authCode and both tokens are
 * stored only encrypted (bound to this row and column) and never leave the service; the SHA-256 of the access token
 * finds the row when AMS reports TOKEN_CANCELED for it.
 */
export class Authorization extends OperationRecord<AuthorizationStatus> {
  customerBelongsTo!: string;
  /** Secondary merchant (acquirer/platform case): consult's authClientId, sent again as the pay order's merchant. */
  authClientId: string | null = null;
  authState!: string;
  authRedirectUrl!: string;
  scopes: string[] = [];
  terminalType: string | null = null;
  osType: string | null = null;
  normalUrl: string | null = null;
  schemeUrl: string | null = null;
  applinkUrl: string | null = null;
  appIdentifier: string | null = null;
  authCodeEncrypted: string | null = null;
  accessTokenEncrypted: string | null = null;
  accessTokenHash: string | null = null;
  /** The last 4 characters, to tell tokens apart in support conversations. */
  accessTokenHint: string | null = null;
  accessTokenExpiresAt: Date | null = null;
  refreshTokenEncrypted: string | null = null;
  refreshTokenExpiresAt: Date | null = null;
  /** Whether AMS issued a refresh token (readable without touching the encrypted column). */
  hasRefreshToken: boolean = false;
  tokenIssuedAt: Date | null = null;
  /** Sent with consult, and again with applyToken and every refresh (GAGW contracts need it). */
  merchantRegion: string | null = null;
  /** consult's QR code (desktop flows show it). */
  authCodeForm: AuthCodeForm | null = null;
  /** applyToken's userLoginId, masked (AMS masks it; we mask again whatever arrives). */
  userLoginId: string | null = null;
  pspCustomerInfo: PspCustomerInfo | null = null;
}

export const AuthorizationSchema = operationRecordSchema(Authorization, 'authorizations', {
  uniques: [{ name: 'authorizations_merchant_auth_state_unique', properties: ['merchantId', 'authState'] }],
  indexes: [
    { name: 'authorizations_access_token_hash_index', properties: ['accessTokenHash'] },
    { name: 'authorizations_merchant_id_customer_belongs_to_id_index', properties: ['merchantId', 'customerBelongsTo', 'id'] },
  ],
  properties: {
    customerBelongsTo: column.text,
    authClientId: column.optionalText,
    authState: column.text,
    authRedirectUrl: column.text,
    scopes: column.json,
    terminalType: column.optionalText,
    osType: column.optionalText,
    normalUrl: column.optionalText,
    schemeUrl: column.optionalText,
    applinkUrl: column.optionalText,
    appIdentifier: column.optionalText,
    authCodeEncrypted: column.optionalText,
    accessTokenEncrypted: column.optionalText,
    accessTokenHash: column.optionalText,
    accessTokenHint: column.optionalText,
    accessTokenExpiresAt: column.optionalTimestamp,
    refreshTokenEncrypted: column.optionalText,
    refreshTokenExpiresAt: column.optionalTimestamp,
    hasRefreshToken: { type: 'boolean', default: false },
    tokenIssuedAt: column.optionalTimestamp,
    merchantRegion: column.optionalText,
    authCodeForm: column.optionalJson,
    userLoginId: column.optionalText,
    pspCustomerInfo: column.optionalJson,
  },
});
