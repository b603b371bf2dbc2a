/**
 * Deterministic outcomes chosen by magic values (ams-spec §10.3), documented in README.md. The last two digits of an
 * amount's minor-unit value select the scenario; any other ending is the happy path.
 */
export type PayScenario =
  | { kind: 'success' }
  | { kind: 'fail'; code: string; message: string }
  | { kind: 'async'; outcome: 'SUCCESS' | 'FAIL'; userAction?: true }
  | { kind: 'neverFinal' }
  | { kind: 'unknownThenSuccess' };

const PAY_BY_ENDING: Record<string, PayScenario> = {
  '01': { kind: 'fail', code: 'USER_BALANCE_NOT_ENOUGH', message: 'The user balance is not enough for the payment.' },
  '02': { kind: 'async', outcome: 'SUCCESS' },
  '03': { kind: 'async', outcome: 'FAIL' },
  '04': { kind: 'neverFinal' },
  '05': { kind: 'unknownThenSuccess' },
  '06': { kind: 'fail', code: 'RISK_REJECT', message: 'The payment was rejected by risk control.' },
  '07': { kind: 'fail', code: 'USER_AMOUNT_EXCEED_LIMIT', message: "The amount exceeds the user's payment limit." },
  '08': { kind: 'fail', code: 'USER_KYC_NOT_QUALIFIED', message: "The user's KYC is not sufficient for this payment." },
  '09': { kind: 'fail', code: 'PAYMENT_AMOUNT_EXCEED_LIMIT', message: 'The amount exceeds the contract limit.' },
  // The wallet asks the user to confirm (normalUrl / schemeUrl / applinkUrl in the U answer), then it succeeds.
  '14': { kind: 'async', outcome: 'SUCCESS', userAction: true },
};

/** The failure code an async `03` payment ends with. */
export const ASYNC_PAY_FAILURE = { code: 'USER_BALANCE_NOT_ENOUGH', message: 'The user balance is not enough for the payment.' };

export function payScenario(amountValue: string): PayScenario {
  return PAY_BY_ENDING[amountValue.slice(-2).padStart(2, '0')] ?? { kind: 'success' };
}

export type RefundScenario =
  | { kind: 'success' }
  | { kind: 'fail'; code: string; message: string }
  | { kind: 'async'; outcome: 'SUCCESS' | 'FAIL' };

/** Refund amount endings: 11 → F, 12 → U then SUCCESS, 13 → U then FAIL (distinct from pay endings on purpose). */
export function refundScenario(amountValue: string, asyncRequested: boolean): RefundScenario {
  switch (amountValue.slice(-2)) {
    case '11':
      return { kind: 'fail', code: 'MERCHANT_BALANCE_NOT_ENOUGH', message: "The merchant's balance is not enough for the refund." };
    case '12':
      return { kind: 'async', outcome: 'SUCCESS' };
    case '13':
      return { kind: 'async', outcome: 'FAIL' };
    default:
      return asyncRequested ? { kind: 'async', outcome: 'SUCCESS' } : { kind: 'success' };
  }
}

/** The failure code an async `13` refund ends with. */
export const ASYNC_REFUND_FAILURE = { code: 'REFUND_NOT_SUPPORTED', message: 'The wallet rejected the refund.' };

/** Declarations whose amount ends in 03 are rejected by customs. */
export function declarationRejected(amountValue: string): boolean {
  return amountValue.endsWith('03');
}

/** Registrations: a referenceMerchantId containing REJECT is rejected; containing PENDING stays pending. */
export function registrationScenario(referenceMerchantId: string): 'approve' | 'reject' | 'pending' {
  const upper = referenceMerchantId.toUpperCase();
  if (upper.includes('REJECT')) return 'reject';
  if (upper.includes('PENDING')) return 'pending';
  return 'approve';
}
