/**
 * ISO 4217: every active alpha-3 code with its minor-unit exponent, in one table. The exponent converts between the
 * APIs' minor units and the report files' major units (ams-addendum A.3: "amounts are in the major unit of the
 * currency"); the codes decide which currencies an amount may name (an unknown code is refused before anything is
 * persisted). Codes ISO gives no minor unit (metals, SDR, test codes) count as 2 decimals.
 */
const CODES_BY_EXPONENT: Readonly<Record<0 | 2 | 3 | 4, string>> = {
  0: 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF',
  2:
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE ' +
    'CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD ' +
    'HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU ' +
    'MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG ' +
    'SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES ' +
    'WST XAG XAU XBA XBB XBC XBD XCD XCG XDR XPD XPT XSU XTS XUA YER ZAR ZMW ZWG ZWL',
  3: 'BHD IQD JOD KWD LYD OMR TND',
  4: 'CLF UYW',
};

const EXPONENTS: ReadonlyMap<string, number> = new Map(
  Object.entries(CODES_BY_EXPONENT).flatMap(([exponent, codes]) => codes.split(' ').map((code) => [code, Number(exponent)] as const)),
);

export function isIsoCurrency(code: string): boolean {
  return EXPONENTS.has(code);
}

/** Decimals of a currency's minor unit; 2 for a code not in the table (the caller has refused unknown codes). */
export function currencyExponent(currency: string): number {
  return EXPONENTS.get(currency) ?? 2;
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
