import type { Agent } from 'node:http';
import type { KeyObject } from 'node:crypto';
import type { Logger } from '../../shared/logger.js';
import type { Secret } from '../../shared/secret.js';
import type { AmsApiName } from '../wire/endpoints.js';
import type { AmsClientHooks } from './hooks.js';
import type { RetryOptions } from './retry-policy.js';
import type { Transport } from './transport.js';

/** Java `EndPointConstants` plus the other documented region domains (ams-spec §1.4). */
export const AMS_REGION_DOMAINS = {
  SG: 'https://open-sea-global.alipay.com',
  US: 'https://open-na-global.alipay.com',
  DE: 'https://open-de-global.alipay.com',
} as const;

/** One merchant's AMS credentials. */
export interface AmsCredentials {
  /** `SANDBOX_...` ids are routed to `/ams/sandbox/api` automatically. */
  clientId: string;
  /** A region domain (`AMS_REGION_DOMAINS`) or any base URL, e.g. `http://127.0.0.1:4000`; a path prefix is kept. */
  baseUrl: string;
  /** PKCS#8 base64 (the SDK format), PKCS#1, PEM, or a parsed key. */
  merchantPrivateKey: string | Secret<string> | KeyObject;
  /** Antom's public key: X.509 SPKI base64, PEM, or a parsed key. */
  alipayPublicKey: string | KeyObject;
  /** `keyVersion` in the Signature header; the SDKs default to 1. */
  keyVersion?: string | number;
  /** Only for ISVs calling on behalf of a merchant. */
  agentToken?: string | Secret<string>;
}

export interface AmsClientOptions extends AmsCredentials {
  /** Per-API timeouts in ms, each covering connect + response of one attempt. */
  timeoutsMs?: Partial<Record<AmsApiName, number>>;
  /** Timeout for APIs not listed in `timeoutsMs`; default 15 s (the SDKs' value). */
  defaultTimeoutMs?: number;
  retry?: Partial<RetryOptions>;
  hooks?: AmsClientHooks;
  /** Receives the same redacted events as the hooks. */
  logger?: Logger;
  /** A shared agent for the default (axios) transport; by default each client owns its agents. */
  agent?: Agent;
  /** Another HTTP implementation; `agent` is then ignored and `close()` leaves it open. */
  transport?: Transport;
  /**
   * Wraps the transport in use (the given one or the default axios one), e.g. to put each attempt in a tracing span;
   * the wrapper must pass `close()` on.
   */
  decorateTransport?: (transport: Transport) => Transport;
  /** Default false: an unsigned S is rejected (fail closed). */
  allowUnsignedSuccess?: boolean;
  /** Default true: an unsigned F/U is accepted with `signatureVerified: false`. */
  allowUnsignedFailure?: boolean;
  sandboxExemptPrefixes?: readonly string[];
  /** Source of `Request-Time` (epoch ms); injectable for tests. */
  now?: () => number;
  /** Source of jitter in [0, 1); injectable for tests. */
  random?: () => number;
  /** Waits between attempts; injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  userAgent?: string;
}

/** Antom's Auto Debit guide recommends 10 s for pay; the SDKs use 15 s everywhere else. */
export const DEFAULT_TIMEOUTS_MS: Readonly<Partial<Record<AmsApiName, number>>> = { pay: 10_000 };
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface CallOptions {
  timeoutMs?: number;
  /** Overrides `retry.maxAttempts` for this call. */
  maxAttempts?: number;
}
