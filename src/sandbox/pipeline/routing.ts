import { AMS_API_NAMES, AMS_ENDPOINTS, type AmsApiName } from '../../ams/wire/index.js';

/** The 13 Auto Debit APIs by logical name; the wire module's endpoint table is the single source of paths. */
export type ApiName = AmsApiName;

export const API_NAMES: readonly ApiName[] = AMS_API_NAMES;

const PRODUCTION_PREFIX = '/ams/api/';

/** `v1/payments/pay` → `pay`, from the production paths of AMS_ENDPOINTS. */
const BY_ENDPOINT = new Map<string, ApiName>(
  API_NAMES.map((name) => [AMS_ENDPOINTS[name].path.slice(PRODUCTION_PREFIX.length), name]),
);

/** Production and sandbox prefixes (ams-spec §1.5); both are served. */
const PREFIXES = [PRODUCTION_PREFIX, '/ams/sandbox/api/'];

/**
 * The request target as it must be signed: path plus query, without scheme and host. The official Python SDK sends
 * the absolute form (`POST http://host:port/ams/... HTTP/1.1`); its signature covers only the path part.
 */
export function signedPathOf(requestTarget: string): string {
  if (/^https?:\/\//i.test(requestTarget)) {
    const afterScheme = requestTarget.indexOf('//') + 2;
    const slash = requestTarget.indexOf('/', afterScheme);
    if (slash < 0) {
      const query = requestTarget.indexOf('?', afterScheme);
      return query < 0 ? '/' : `/${requestTarget.slice(query)}`;
    }
    return requestTarget.slice(slash);
  }
  return requestTarget;
}

/** The path without its query string. */
export function pathOnly(signedPath: string): string {
  const query = signedPath.indexOf('?');
  return query < 0 ? signedPath : signedPath.slice(0, query);
}

/** Maps `/ams/api/v1/payments/pay` or `/ams/sandbox/api/v1/payments/pay` to `pay`; anything else is undefined. */
export function routeApi(path: string): ApiName | undefined {
  for (const prefix of PREFIXES) {
    if (path.startsWith(prefix)) return BY_ENDPOINT.get(path.slice(prefix.length));
  }
  return undefined;
}
