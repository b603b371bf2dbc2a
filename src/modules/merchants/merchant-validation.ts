import { createPrivateKey, type KeyObject } from 'node:crypto';
import { KeyFormatError, keyFingerprint, parsePrivateKey, parsePublicKey } from '../../ams/signing/index.js';
import { problem, type Problem } from '../outcome.js';
import { InputChecker } from '../shared/input-checks.js';
import type { MerchantErrorCode } from './merchant-errors.js';
import { AMS_REGION_BASE_URLS, type AmsRegion } from './regions.js';

type Problems = Problem<MerchantErrorCode>[];

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** `https://` + the longest DNS name (253) + `:65535`, rounded up. */
const MAX_ORIGIN_LENGTH = 300;

/**
 * The AMS origin from exactly one of `region` / `baseUrl`. Plain http is allowed only on loopback (sandbox). An origin
 * and nothing more: the AMS client appends the API paths (and the sandbox rewrite) itself.
 */
export function resolveBaseUrl(region: AmsRegion | null, baseUrl: string | null, problems: Problems): string | null {
  if (region !== null && baseUrl !== null) {
    problems.push(problem('INVALID', 'baseUrl', 'give either region or baseUrl, not both'));
    return null;
  }
  if (region !== null) return AMS_REGION_BASE_URLS[region];
  if (baseUrl === null || baseUrl.trim() === '') {
    problems.push(problem('REQUIRED', 'baseUrl', 'give the AMS region or the endpoint baseUrl'));
    return null;
  }
  if (baseUrl.trim().length > MAX_ORIGIN_LENGTH) {
    problems.push(problem('INVALID', 'baseUrl', `baseUrl is longer than ${MAX_ORIGIN_LENGTH} characters; give the AMS origin only (scheme, host, port)`));
    return null;
  }
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    problems.push(problem('INVALID', 'baseUrl', 'baseUrl is not an absolute URL (e.g. https://open-sea-global.alipay.com)'));
    return null;
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!secure) {
    problems.push(problem('INVALID', 'baseUrl', 'baseUrl must use https (plain http only on localhost)'));
    return null;
  }
  if (url.search || url.hash || url.username || url.password || url.pathname !== '/') {
    problems.push(problem('INVALID', 'baseUrl', 'baseUrl must be an origin (scheme, host, port): no path, credentials, query or fragment'));
    return null;
  }
  return url.origin;
}

export function checkName(name: string, problems: Problems): string | null {
  const trimmed = name.trim();
  if (trimmed === '') problems.push(problem('REQUIRED', 'name', 'name is required'));
  else if (trimmed.length > 200) problems.push(problem('INVALID', 'name', 'name is longer than 200 characters'));
  else return trimmed;
  return null;
}

export function checkClientId(clientId: string, problems: Problems): string | null {
  const trimmed = clientId.trim();
  if (trimmed === '') problems.push(problem('REQUIRED', 'clientId', 'clientId (the AMS Client-Id) is required'));
  else if (!/^[A-Za-z0-9_.-]{1,64}$/.test(trimmed)) {
    problems.push(problem('INVALID', 'clientId', 'clientId must be 1-64 letters, digits, "_", "-" or "."'));
  } else return trimmed;
  return null;
}

function isPrivateKey(text: string): boolean {
  if (/-----BEGIN (RSA |ENCRYPTED )?PRIVATE KEY-----/.test(text)) return true;
  const der = Buffer.from(text.replace(/\s+/g, ''), 'base64');
  return (['pkcs8', 'pkcs1'] as const).some((type) => {
    try {
      createPrivateKey({ key: der, format: 'der', type });
      return true;
    } catch {
      return false;
    }
  });
}

export interface ValidatedKeys {
  merchantPrivateKey: KeyObject;
  alipayPublicKey: KeyObject;
}

/** Parses both keys now, so a bad key is refused at onboarding, not at the first payment. */
export function checkKeys(merchantPrivateKey: string, alipayPublicKey: string, problems: Problems): ValidatedKeys | null {
  let privateKey: KeyObject | null = null;
  let publicKey: KeyObject | null = null;
  try {
    privateKey = parsePrivateKey(merchantPrivateKey, 'merchantPrivateKey');
  } catch (error) {
    if (!(error instanceof KeyFormatError)) throw error;
    problems.push(problem('INVALID_KEY', 'merchantPrivateKey', error.message));
  }
  try {
    // node:crypto derives a public key from private key DER without complaint, so parsePublicKey alone would
    // accept a private key pasted into this field. Refuse it: it is a mistake, and a secret in the wrong place.
    if (isPrivateKey(alipayPublicKey)) {
      throw new KeyFormatError("alipayPublicKey is a private key; give Alipay's public key from the AMS dashboard");
    }
    publicKey = parsePublicKey(alipayPublicKey, 'alipayPublicKey');
  } catch (error) {
    if (!(error instanceof KeyFormatError)) throw error;
    problems.push(problem('INVALID_KEY', 'alipayPublicKey', error.message));
  }
  if (!privateKey || !publicKey) return null;
  if (keyFingerprint(privateKey) === keyFingerprint(publicKey)) {
    // The commonest onboarding mistake: pasting the merchant's own public key where Alipay's belongs.
    problems.push(
      problem(
        'INVALID_KEY',
        'alipayPublicKey',
        "alipayPublicKey is the merchant's own public key; give Alipay's public key from the AMS dashboard",
      ),
    );
    return null;
  }
  return { merchantPrivateKey: privateKey, alipayPublicKey: publicKey };
}

/** The go-live settings of createMerchant / rotateMerchantCredentials; `undefined` = not given, null = cleared. */
export interface GoLiveSettings {
  keyVersion: string | null;
  merchantRegion?: string | null;
  settlementCurrency?: string | null;
}

/**
 * `keyVersion` as bound on the Antom Dashboard (digits, as the Dashboard numbers them), the default `merchantRegion`
 * (ISO 3166 alpha-2) and settlement currency (ISO 4217). A blank region or currency clears the default.
 */
export function checkGoLiveSettings(
  input: { keyVersion?: string | null; merchantRegion?: string | null; settlementCurrency?: string | null },
  problems: Problems,
): GoLiveSettings {
  const check = new InputChecker<MerchantErrorCode>();
  const keyVersion = check.optional('keyVersion', input.keyVersion, 9);
  if (keyVersion !== null && !/^\d+$/.test(keyVersion)) {
    check.add('INVALID', 'keyVersion', `keyVersion "${keyVersion}" is not the Antom Dashboard's key version (a number such as 1 or 2)`);
  }
  const settings: GoLiveSettings = { keyVersion: check.ok ? keyVersion : null };
  if (input.merchantRegion !== undefined) settings.merchantRegion = check.region('merchantRegion', input.merchantRegion);
  if (input.settlementCurrency !== undefined) settings.settlementCurrency = check.currency('settlementCurrency', input.settlementCurrency);
  problems.push(...check.problems);
  return settings;
}
