import { currencyExponent } from '../../shared/currencies.js';
import type { Amount } from '../pipeline/fields.js';

/** Customs declarations are in CNY (ams-spec §5.9): what AMS reports as a payment's customsDeclarationAmount. */
export const CUSTOMS_CURRENCY = 'CNY';

/**
 * Fixed sandbox rates, CNY per 1 major unit, so that tests can predict customsDeclarationAmount. Not market rates:
 * real Antom converts at its own rate of the payment day.
 */
const CNY_PER_UNIT: Readonly<Record<string, number>> = { USD: 7.1, EUR: 7.7, GBP: 9, HKD: 0.91, JPY: 0.048, PHP: 0.125, SGD: 5.3, MYR: 1.5, KRW: 0.0053 };

/** The payment amount in CNY minor units (fen), rounded down; unknown currencies convert 1:1 per major unit. */
export function customsAmountOf(amount: Amount): Amount {
  if (amount.currency === CUSTOMS_CURRENCY) return amount;
  const major = Number(amount.value) / 10 ** currencyExponent(amount.currency);
  const fen = Math.floor(major * (CNY_PER_UNIT[amount.currency] ?? 1) * 100);
  return { currency: CUSTOMS_CURRENCY, value: String(Math.max(fen, 1)) };
}
