/** The 13 Auto Debit APIs the sandbox simulates, by logical name (ams-spec §1.6). */
export const API_PATHS = {
  consult: 'authorizations/consult',
  applyToken: 'authorizations/applyToken',
  revoke: 'authorizations/revoke',
  pay: 'payments/pay',
  inquiryPayment: 'payments/inquiryPayment',
  cancel: 'payments/cancel',
  refund: 'payments/refund',
  inquiryRefund: 'payments/inquiryRefund',
  declare: 'customs/declare',
  inquiryDeclarationRequests: 'customs/inquiryDeclarationRequests',
  registration: 'merchants/registration',
  inquiryRegistrationStatus: 'merchants/inquiryRegistrationStatus',
  inquiryRegistrationInfo: 'merchants/inquiryRegistrationInfo',
} as const;

export type ApiName = keyof typeof API_PATHS;

export const API_NAMES = Object.keys(API_PATHS) as ApiName[];

const BY_ENDPOINT = new Map<string, ApiName>(API_NAMES.map((name) => [`v1/${API_PATHS[name]}`, name]));

/** Production and sandbox prefixes (ams-spec §1.5); both are served. */
const PREFIXES = ['/ams/api/', '/ams/sandbox/api/'];

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

export function isAmsPath(path: string): boolean {
  return path.startsWith('/ams/');
}

/** Maps `/ams/api/v1/payments/pay` or `/ams/sandbox/api/v1/payments/pay` to `pay`; anything else is undefined. */
export function routeApi(path: string): ApiName | undefined {
  for (const prefix of PREFIXES) {
    if (path.startsWith(prefix)) return BY_ENDPOINT.get(path.slice(prefix.length));
  }
  return undefined;
}
