/** Minor units ("1050") and ISO 4217 currency → "10.50"; the exponent comes from the browser's ICU data. */
export function currencyExponent(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Minor units → a plain decimal in major units ("1050" PHP → "10.50"), exact. */
export function minorToDecimal(value: string, currency: string): string {
  const exponent = currencyExponent(currency);
  const negative = value.startsWith('-');
  const digits = (negative ? value.slice(1) : value).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** "1050" PHP → "10.50 PHP", thousands grouped. */
export function formatMinor(value: string, currency: string): string {
  const [whole = '', fraction] = minorToDecimal(value, currency).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}${fraction === undefined ? '' : `.${fraction}`} ${currency}`;
}

/**
 * "10.5" PHP → "1050": exact string arithmetic (no floating point). Returns the input unchanged when it is not a
 * plain decimal, so the gateway's own validation names the problem.
 */
export function toMinor(amount: string, currency: string): string {
  const text = amount.trim();
  const exponent = currencyExponent(currency);
  const found = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!found) return text;
  const fraction = found[2] ?? '';
  if (fraction.length > exponent) return text;
  const minor = (found[1] ?? '') + fraction.padEnd(exponent, '0');
  return minor.replace(/^0+(?=\d)/, '');
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
}

export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}
