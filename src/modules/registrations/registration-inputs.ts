import { MAX_IDEMPOTENCY_KEY_LENGTH } from '../shared/idempotency.js';
import type { InputChecker } from '../shared/input-checks.js';
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
  if (!check.ok || referenceMerchantId === null || !merchantDisplayName) return null;
  return { referenceMerchantId, merchantDisplayName, merchantMcc, productCodes, websiteUrl, legalName, region, registrationRequestId, idempotencyKey };
}
