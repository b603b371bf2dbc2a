/**
 * The API key of this tab. sessionStorage: it survives reloads and the round trip through the wallet's consent page,
 * is gone when the tab closes, and is never put in a URL (URLs end up in logs, history and Referer headers).
 */
const KEY = 'agw-console:api-key';

export function storedApiKey(): string | null {
  return sessionStorage.getItem(KEY);
}

export function storeApiKey(apiKey: string): void {
  sessionStorage.setItem(KEY, apiKey);
}

export function forgetApiKey(): void {
  sessionStorage.removeItem(KEY);
}
