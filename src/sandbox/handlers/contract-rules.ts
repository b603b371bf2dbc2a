import type { Fields } from '../pipeline/fields.js';
import { failed, ParamIllegal, type AmsResult } from '../results.js';
import type { Client } from '../state/clients.js';
import { GAGW_REGIONS, OS_TYPES, TERMINAL_TYPES } from './wallets.js';

/**
 * Rules real Antom enforces from a client's contract and from the request's own fields (ams-golive.md "Rules"), in
 * one place for consult, applyToken and pay.
 */

/** `merchantRegion` (Java AlipayAuthConsultRequest / AlipayPayRequest doc): US, JP, PK, SG; required on GAGW. */
export function readMerchantRegion(client: Client, fields: Fields): string | undefined {
  const region = fields.optOneOf('merchantRegion', GAGW_REGIONS);
  if (region === undefined && client.gagw) throw new ParamIllegal('merchantRegion', 'is required for merchants on the GAGW contract');
  return region;
}

/** An `env` object (or consult's top-level terminal fields): APP and WAP terminals must name their `osType`. */
export function readEnv(env: Fields | undefined): void {
  if (!env) return;
  const terminalType = env.optOneOf('terminalType', TERMINAL_TYPES);
  const osType = env.optOneOf('osType', OS_TYPES);
  env.optString('osVersion', 16);
  if ((terminalType === 'APP' || terminalType === 'WAP') && osType === undefined) {
    throw new ParamIllegal(env.path('osType'), `is required when terminalType is ${terminalType}`);
  }
}

/** PayPay asks every consult whether the agreement is for recurring payments. */
export function readRecurringPayment(fields: Fields, customerBelongsTo: string): void {
  if (fields.raw('recurringPayment') === undefined && customerBelongsTo === 'PAYPAY') {
    throw new ParamIllegal('recurringPayment', 'is required when customerBelongsTo is PAYPAY');
  }
  fields.bool('recurringPayment', false);
}

/**
 * SETTLE_CONTRACT_NOT_MATCH: a contract with several settlement currencies needs one named, and a named currency
 * must be one of the contract's. Null when the pay may go on.
 */
export function settlementProblem(client: Client, settlementCurrency: string | undefined): AmsResult | null {
  const contract = client.settlementCurrencies;
  if (settlementCurrency === undefined) {
    if (contract.length > 1) {
      return failed('SETTLE_CONTRACT_NOT_MATCH', `the contract settles in ${contract.join(', ')}: name one in settlementStrategy.settlementCurrency`);
    }
    return null;
  }
  if (contract.length > 0 && !contract.includes(settlementCurrency)) {
    return failed('SETTLE_CONTRACT_NOT_MATCH', `settlement currency ${settlementCurrency} is not in the contract (${contract.join(', ')})`);
  }
  return null;
}
