import { MAX_IDEMPOTENCY_KEY_LENGTH } from '../shared/idempotency.js';
import type { InputChecker } from '../shared/input-checks.js';
import type { MerchantRegistrationInfo } from '../../ams/index.js';
import type { AddressInput } from '../shared/wire-inputs.js';
import {
  checkLogo,
  checkMerchantAddress,
  checkRegistrationDetail,
  checkWebsites,
  type LogoInput,
  type RegistrationDetailInput,
  type WebSiteInput,
} from './merchant-info-inputs.js';
import type { RegistrationErrorCode } from './registration-errors.js';

export const PRODUCT_CODES = ['AGREEMENT_PAYMENT', 'CASHIER_PAYMENT'] as const;

export interface RegisterMerchantInput {
  referenceMerchantId: string;
  merchantDisplayName: string;
  merchantMcc?: string | null;
  productCodes?: string[] | null;
  websiteUrl?: string | null;
  legalName?: string | null;
  region?: string | null;
  registrationRequestId?: string | null;
  idempotencyKey?: string | null;
  /** The full merchantInfo (SDK names); the flat websiteUrl / region / legalName above are shorthands for them. */
  logo?: LogoInput | null;
  websites?: WebSiteInput[] | null;
  merchantAddress?: AddressInput | null;
  registrationDetail?: RegistrationDetailInput | null;
  passThroughInfo?: string | null;
}

export interface NormalisedRegistration {
  referenceMerchantId: string;
  merchantDisplayName: string;
  merchantMcc: string | null;
  productCodes: string[];
  websiteUrl: string | null;
  legalName: string | null;
  region: string | null;
  registrationRequestId: string | null;
  idempotencyKey: string | null;
  /** merchantInfo exactly as sent to AMS. */
  merchantInfo: MerchantRegistrationInfo;
  passThroughInfo: string | null;
}

/** A shorthand and its full form must not both be given: which one was meant would be a guess. */
function oneOf(check: InputChecker<RegistrationErrorCode>, shorthand: string, full: string, both: boolean): void {
  if (both) check.add('INVALID', full, `give ${full} or ${shorthand}, not both`);
}

export function checkRegistrationInput(input: RegisterMerchantInput, check: InputChecker<RegistrationErrorCode>): NormalisedRegistration | null {
  const referenceMerchantId = check.requestId('referenceMerchantId', input.referenceMerchantId, 64);
  if (referenceMerchantId === null && !input.referenceMerchantId?.trim()) check.add('REQUIRED', 'referenceMerchantId', 'referenceMerchantId is required');
  const merchantDisplayName = check.required('merchantDisplayName', input.merchantDisplayName, 256);
  const merchantMcc = check.optional('merchantMcc', input.merchantMcc, 32);
  if (merchantMcc !== null && !/^\d{4}$/.test(merchantMcc)) check.add('INVALID', 'merchantMcc', `merchantMcc "${merchantMcc}" is not a 4-digit MCC`);
  const productCodes = input.productCodes && input.productCodes.length > 0 ? input.productCodes : ['AGREEMENT_PAYMENT'];
  for (const code of productCodes) {
    if (!(PRODUCT_CODES as readonly string[]).includes(code)) check.add('INVALID', 'productCodes', `product code "${code}" is not one of ${PRODUCT_CODES.join(', ')}`);
  }
  const websiteUrl = check.url('websiteUrl', input.websiteUrl, 2048, false);
  const legalName = check.optional('legalName', input.legalName, 256);
  const region = check.optional('region', input.region, 2);
  if (region !== null && !/^[A-Z]{2}$/.test(region)) check.add('INVALID', 'region', `region "${region}" is not an ISO 3166 alpha-2 code`);
  const registrationRequestId = check.requestId('registrationRequestId', input.registrationRequestId, 64);
  const idempotencyKey = check.optional('idempotencyKey', input.idempotencyKey, MAX_IDEMPOTENCY_KEY_LENGTH);
  oneOf(check, 'websiteUrl', 'websites', Boolean(input.websiteUrl && input.websites?.length));
  oneOf(check, 'region', 'merchantAddress', Boolean(input.region && input.merchantAddress));
  oneOf(check, 'legalName', 'registrationDetail.legalName', Boolean(input.legalName && input.registrationDetail?.legalName));
  const logo = checkLogo(check, input.logo);
  const websites = checkWebsites(check, input.websites) ?? (websiteUrl ? [{ url: websiteUrl, type: 'TRADING' }] : null);
  const merchantAddress = checkMerchantAddress(check, input.merchantAddress) ?? (region ? { region } : null);
  const detail = checkRegistrationDetail(check, input.registrationDetail);
  const registrationDetail = legalName ? { legalName, ...detail } : detail;
  const passThroughInfo = check.optional('passThroughInfo', input.passThroughInfo, 2048);
  if (!check.ok || referenceMerchantId === null || !merchantDisplayName) return null;
  const merchantInfo: MerchantRegistrationInfo = {
    referenceMerchantId,
    merchantDisplayName,
    ...(merchantMcc ? { merchantMCC: merchantMcc } : {}),
    ...(logo ? { logo } : {}),
    ...(websites ? { websites } : {}),
    ...(merchantAddress ? { merchantAddress } : {}),
    ...(registrationDetail ? { registrationDetail } : {}),
  };
  return {
    referenceMerchantId,
    merchantDisplayName,
    merchantMcc,
    productCodes,
    websiteUrl: websites?.[0]?.url ?? null,
    legalName: registrationDetail?.legalName ?? null,
    region: merchantAddress?.region ?? null,
    registrationRequestId,
    idempotencyKey,
    merchantInfo,
    passThroughInfo,
  };
}
