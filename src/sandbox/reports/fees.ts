import type { LedgerEntry } from './ledger.js';

/**
 * Simulated processing fee: 1.8 % of the transaction amount, rounded half-even to the currency's minor unit (A.3:
 * banker's rounding). Charged on PAYMENT (negative), returned pro rata on REFUND (positive, as in the addendum's
 * sample) and in full on CANCEL (a cancelled payment is refunded "without fee", ams-spec §7.2). The rate is a sandbox
 * invention, not Antom's: real rates are per contract.
 */
export const SIMULATED_FEE_BASIS_POINTS = 180n;

/** n / d rounded half to even (d > 0). */
export function divideHalfEven(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  let quotient = abs / d;
  const remainder = abs % d;
  if (remainder * 2n > d || (remainder * 2n === d && quotient % 2n === 1n)) quotient += 1n;
  return negative ? -quotient : quotient;
}

export function feeOf(amountMinor: bigint): bigint {
  return divideHalfEven(amountMinor * SIMULATED_FEE_BASIS_POINTS, 10_000n);
}

/** Signed fee in minor units: negative when charged to the merchant, positive when returned. */
export function entryFee(entry: LedgerEntry): bigint {
  switch (entry.type) {
    case 'PAYMENT':
      return -feeOf(entry.amountMinor);
    case 'REFUND':
      return feeOf(-entry.amountMinor);
    case 'CANCEL':
      return feeOf(-entry.amountMinor);
  }
}
