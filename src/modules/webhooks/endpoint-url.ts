import { isIP } from 'node:net';
import { isBlockedAddress } from './address-guard.js';

export interface UrlPolicy {
  allowHttp: boolean;
  allowPrivateAddresses: boolean;
}

const MAX_URL_LENGTH = 2048;

/**
 * Checks an endpoint URL at registration: absolute https (http only when allowed), no credentials, no fragment, and
 * no IP literal in a blocked range. Host names are resolved at connect time instead (address-guard.ts), since what a
 * name resolves to can change after registration. Returns the normalised URL or the problem.
 */
export function checkEndpointUrl(raw: string, policy: UrlPolicy): { url: string } | { problem: string } {
  const text = raw.trim();
  if (text.length === 0) return { problem: 'is required' };
  if (text.length > MAX_URL_LENGTH) return { problem: `must be at most ${MAX_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'must be an absolute URL, e.g. https://example.com/webhooks' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'must use https' };
  if (url.protocol === 'http:' && !policy.allowHttp) return { problem: 'must use https (plain http is not allowed by this gateway: WEBHOOK_ALLOW_HTTP)' };
  if (url.username || url.password) return { problem: 'must not contain credentials' };
  if (url.hash) return { problem: 'must not contain a fragment' };
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!policy.allowPrivateAddresses) {
    if (isIP(host) && isBlockedAddress(host)) {
      return { problem: 'must not point to a loopback, private or link-local address (WEBHOOK_ALLOW_PRIVATE_ADDRESSES)' };
    }
    if (host === 'localhost' || host.endsWith('.localhost')) return { problem: 'must not point to localhost (WEBHOOK_ALLOW_PRIVATE_ADDRESSES)' };
  }
  return { url: url.toString() };
}
