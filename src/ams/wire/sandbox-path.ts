/** Sandbox routing exactly as the five official SDKs do it (ams-spec §1.5). */

export const SANDBOX_CLIENT_ID_PREFIX = 'SANDBOX_';

export function isSandboxClientId(clientId: string): boolean {
  return clientId.startsWith(SANDBOX_CLIENT_ID_PREFIX);
}

/** Replaces the FIRST `/ams/api` with `/ams/sandbox/api`; paths without it are returned unchanged. */
export function toSandboxPath(path: string): string {
  return path.replace('/ams/api', '/ams/sandbox/api');
}

export interface RequestPathOptions {
  /**
   * Path prefixes that stay on the production path even for a sandbox client id. The SDKs keep such a list (empty as
   * of 2026-08), so it is configurable here too.
   */
  sandboxExemptPrefixes?: readonly string[];
}

/**
 * The path actually requested and signed. The rewrite happens before signing because the signature covers the
 * requested path, not the logical endpoint.
 */
export function resolveRequestPath(clientId: string, path: string, options: RequestPathOptions = {}): string {
  if (!isSandboxClientId(clientId)) return path;
  const exempt = options.sandboxExemptPrefixes ?? [];
  if (exempt.some((prefix) => path.startsWith(prefix))) return path;
  return toSandboxPath(path);
}
