/**
 * Minor-unit exponents (ISO 4217) for converting between the APIs' minor units and the report files' major units
 * (ams-addendum A.3: "amounts are in the major unit of the currency"). Codes not listed have 2 decimals.
 */
const EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0,
  XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

export function currencyExponent(currency: string): number {
  return EXPONENTS[currency] ?? 2;
}

/** Minor units (a signed integer as bigint or decimal string) → the major-unit decimal string, e.g. -5000 USD → "-50.00". */
export function minorToMajor(minor: bigint | string, currency: string): string {
  const value = typeof minor === 'bigint' ? minor : BigInt(minor);
  const exponent = currencyExponent(currency);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

const MAJOR = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * A major-unit decimal string → minor units, exactly; null when it is not a plain decimal or carries more decimals
 * than the currency has (a report row with "1.005" USD cannot be an amount, and rounding it would hide the problem).
 * Trailing zeros beyond the exponent are tolerated ("299.000" JPY-style exports).
 */
export function majorToMinor(major: string, currency: string): bigint | null {
  const match = MAJOR.exec(major.trim());
  if (!match) return null;
  const exponent = currencyExponent(currency);
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > exponent) return null;
  const minor = BigInt((match[2] ?? '0') + fraction.padEnd(exponent, '0'));
  return match[1] ? -minor : minor;
}
