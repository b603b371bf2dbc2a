import type { KeyObject } from 'node:crypto';
import type { OffsetClock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { ClientRegistration } from './state/clients.js';

/** Antom's documented resend gaps (ams-spec §6.2): attempt 1 at once, then 2 m, 10 m, 10 m, 1 h, 2 h, 6 h, 15 h. */
export const ANTOM_RETRY_GAPS_SECONDS = [0, 120, 600, 600, 3600, 7200, 21600, 54000] as const;

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Where the key pair is kept; null/undefined with no `privateKey` = an in-memory key for this run only. */
  dataDir?: string | null;
  /** The sandbox's ("Alipay's") private key: PKCS#8/PKCS#1 base64 or PEM, or a KeyObject. */
  privateKey?: string | KeyObject;
  /**
   * Serve HTTPS with this PEM certificate and key instead of plain HTTP. The official Python SDK
   * (global-open-sdk-python) connects with TLS to port 443 of the gateway URL's host and ignores the URL's scheme and
   * port, so to use it unchanged run the sandbox with `tls` on port 443.
   */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Merchants registered at start. */
  clients?: ClientRegistration[];
  /** Base URL written into authUrl/normalUrl; default the listening URL (set it behind a proxy). */
  publicUrl?: string;
  clock?: OffsetClock;
  logger?: Logger;
  /** Multiplies the notification retry gaps: 0.001 turns 2 minutes into 120 ms. Default 1. */
  notificationTimeScale?: number;
  /** 'schedule' (production: 8 attempts) or 'never' (Antom's sandbox: one attempt). Default 'schedule'. */
  notificationRetries?: 'schedule' | 'never';
  /** Gaps before each attempt, seconds; default ANTOM_RETRY_GAPS_SECONDS. */
  retryGapsSeconds?: readonly number[];
  /** Per-attempt HTTP timeout for notification delivery. Default 10 s. */
  notificationTimeoutMs?: number;
  /** Sandbox-time delay before an asynchronous outcome (U payment, async refund, declaration, registration). Default 3 s. */
  asyncDelayMs?: number;
  /** Largest accepted request body. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Cap per in-memory store (payments, refunds, tokens, …); least recently used entries go first. Default 100 000. */
  stateLimit?: number;
  /** Seed of the fault RNG; same seed + same traffic = same faults. */
  faultSeed?: number;
  /** Token lifetimes (ams-spec §7.4 simulator defaults). */
  authCodeTtlSeconds?: number;
  accessTokenTtlSeconds?: number;
  refreshTokenTtlSeconds?: number;
  /** Whether the access token replaced by a refresh stays usable (unconfirmed in AMS; default false). */
  refreshKeepsOldAccessToken?: boolean;
  /** Send notifyAuthorization TOKEN_CANCELED on merchant revoke too, not only on wallet unbind (default false). */
  notifyOnRevoke?: boolean;
  /** Revoking a dead token: INVALID_ACCESS_TOKEN (default) or SUCCESS. */
  revokeDeadToken?: 'INVALID_ACCESS_TOKEN' | 'SUCCESS';
  /** Send notifyPayment for payments that were final in the pay response too (default true). */
  notifySyncPaymentResults?: boolean;
}

export type ResolvedOptions = Required<
  Omit<SandboxOptions, 'privateKey' | 'tls' | 'clients' | 'publicUrl' | 'clock' | 'logger' | 'dataDir' | 'faultSeed'>
>;

export function resolveOptions(options: SandboxOptions): ResolvedOptions {
  const scale = options.notificationTimeScale ?? 1;
  if (!(scale >= 0)) throw new RangeError('notificationTimeScale must be >= 0');
  return {
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    notificationTimeScale: scale,
    notificationRetries: options.notificationRetries ?? 'schedule',
    retryGapsSeconds: options.retryGapsSeconds ?? ANTOM_RETRY_GAPS_SECONDS,
    notificationTimeoutMs: options.notificationTimeoutMs ?? 10_000,
    asyncDelayMs: options.asyncDelayMs ?? 3_000,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    stateLimit: options.stateLimit ?? 100_000,
    authCodeTtlSeconds: options.authCodeTtlSeconds ?? 600,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 30 * 86_400,
    refreshTokenTtlSeconds: options.refreshTokenTtlSeconds ?? 90 * 86_400,
    refreshKeepsOldAccessToken: options.refreshKeepsOldAccessToken ?? false,
    notifyOnRevoke: options.notifyOnRevoke ?? false,
    revokeDeadToken: options.revokeDeadToken ?? 'INVALID_ACCESS_TOKEN',
    notifySyncPaymentResults: options.notifySyncPaymentResults ?? true,
  };
}
