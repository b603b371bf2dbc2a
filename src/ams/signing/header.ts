export interface SignatureHeader {
  algorithm: string;
  keyVersion: string | undefined;
  /** Standard base64 (already URL-decoded). */
  signature: string;
}

export class SignatureHeaderError extends Error {
  override readonly name = 'SignatureHeaderError';
}

/** `algorithm=RSA256,keyVersion=1,signature=<url-encoded base64>` exactly as the Java/Go/Python/PHP SDKs write it. */
export function formatSignatureHeader(base64Signature: string, keyVersion: string | number = 1): string {
  return `algorithm=RSA256,keyVersion=${keyVersion},signature=${encodeURIComponent(base64Signature)}`;
}

function urlDecodeSignature(raw: string): string {
  // PHP's verifier accepts a value that was never URL-encoded; base64 never contains '%', so decode only if present.
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new SignatureHeaderError('signature value is not valid URL encoding');
  }
}

/**
 * Parses the header leniently, as ams-spec §2.6 recommends: parts in any order, spaces after commas, keys in any case,
 * upper- or lower-case percent escapes, values split at the first '='.
 */
export function parseSignatureHeader(value: string | undefined | null): SignatureHeader {
  if (value === undefined || value === null || value.trim() === '') {
    throw new SignatureHeaderError('signature header is missing');
  }
  const fields = new Map<string, string>();
  for (const part of value.split(',')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) throw new SignatureHeaderError(`signature header part "${trimmed.slice(0, 40)}" has no key=value form`);
    fields.set(trimmed.slice(0, eq).trim().toLowerCase(), trimmed.slice(eq + 1).trim());
  }
  const signature = fields.get('signature');
  if (!signature) throw new SignatureHeaderError('signature header has no signature= part');
  const decoded = urlDecodeSignature(signature);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(decoded)) {
    throw new SignatureHeaderError('signature value is not base64 after URL decoding');
  }
  return {
    algorithm: fields.get('algorithm') ?? 'RSA256',
    keyVersion: fields.get('keyversion'),
    signature: decoded,
  };
}
