import type { KeyObject } from 'node:crypto';
import { Secret } from '../../shared/secret.js';
import { formatSignatureHeader, parsePrivateKey, parsePublicKey, signMessageAsync } from '../signing/index.js';
import {
  AMS_ENDPOINTS,
  idempotencyField,
  isRepeatSafe,
  type AmsApiName,
  type AmsRequestOf,
  type AmsResponseOf,
} from '../wire/endpoints.js';
import {
  DEFAULT_TIMEOUT_MS,
  DEFAULT_TIMEOUTS_MS,
  type AmsClientOptions,
  type CallOptions,
} from './config.js';
import { AmsError, AmsOutcomeUnknownError } from './errors.js';
import { combineHooks, loggerHooks, withLazyParts, type AmsClientHooks } from './hooks.js';
import { AxiosTransport } from './axios-transport.js';
import type { HttpReply, Transport } from './transport.js';
import { redactHeaders, redactRawBody, redactSecrets } from './redaction.js';
import { interpretResponse, type SignaturePolicy } from './response.js';
import type { AmsResult } from './result.js';
import { DEFAULT_RETRY_OPTIONS, backoffDelayMs, shouldRetryError, shouldRetryResult, type RetryOptions } from './retry-policy.js';
import { resolveRequestPath } from '../wire/sandbox-path.js';

const CONTENT_TYPE = 'application/json; charset=UTF-8';

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function reveal(value: string | Secret<string>): string {
  return value instanceof Secret ? value.reveal() : value;
}

/**
 * A client for one AMS credential set (one merchant). Knows nothing about tenants or storage.
 *
 * Each call serialises the body once and signs exactly those bytes. A retry resends the identical bytes — so the
 * same request id — with a fresh Request-Time and signature.
 */
export class AmsClient {
  readonly clientId: string;
  private readonly baseUrl: URL;
  private readonly basePath: string;
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  private readonly keyVersion: string | number;
  private readonly agentToken: string | undefined;
  private readonly transport: Transport;
  private readonly ownsTransport: boolean;
  private readonly hooks: Required<AmsClientHooks>;
  private readonly retry: RetryOptions;
  private readonly signaturePolicy: SignaturePolicy;
  private readonly options: AmsClientOptions;

  constructor(options: AmsClientOptions) {
    this.options = options;
    this.clientId = options.clientId;
    if (this.clientId.trim() === '') throw new TypeError('clientId is empty');
    this.baseUrl = new URL(options.baseUrl);
    if (this.baseUrl.protocol !== 'http:' && this.baseUrl.protocol !== 'https:') {
      throw new TypeError(`baseUrl must be http(s), got ${this.baseUrl.protocol}`);
    }
    this.basePath = this.baseUrl.pathname.replace(/\/+$/, '');
    const privateKey = options.merchantPrivateKey;
    this.privateKey = parsePrivateKey(
      typeof privateKey === 'string' || privateKey instanceof Secret ? reveal(privateKey) : privateKey,
      'merchant private key',
    );
    this.publicKey = parsePublicKey(options.alipayPublicKey, 'Alipay public key');
    this.keyVersion = options.keyVersion ?? 1;
    this.agentToken = options.agentToken === undefined ? undefined : reveal(options.agentToken);
    this.ownsTransport = options.transport === undefined;
    const transport = options.transport ?? new AxiosTransport({ protocol: this.baseUrl.protocol, agent: options.agent });
    this.transport = options.decorateTransport ? options.decorateTransport(transport) : transport;
    this.hooks = combineHooks(options.hooks, options.logger ? loggerHooks(options.logger) : undefined);
    this.retry = { ...DEFAULT_RETRY_OPTIONS, ...options.retry };
    this.signaturePolicy = {
      allowUnsignedSuccess: options.allowUnsignedSuccess ?? false,
      allowUnsignedFailure: options.allowUnsignedFailure ?? true,
    };
  }

  /** The path this client requests (and signs) for an API, sandbox rewrite included. */
  requestPath(api: AmsApiName): string {
    const apiPath = resolveRequestPath(this.clientId, AMS_ENDPOINTS[api].path, {
      sandboxExemptPrefixes: this.options.sandboxExemptPrefixes ?? [],
    });
    return this.basePath + apiPath;
  }

  timeoutFor(api: AmsApiName): number {
    return this.options.timeoutsMs?.[api] ?? DEFAULT_TIMEOUTS_MS[api] ?? this.options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /**
   * Calls one API. Resolves with the S/F/U result; rejects with an `AmsError` whose `outcome` says whether the
   * request may have had an effect (`UNKNOWN`: handle exactly like U) or certainly did not (`NOT_SENT`).
   */
  async call<K extends AmsApiName>(
    api: K,
    request: AmsRequestOf<K>,
    callOptions: CallOptions = {},
  ): Promise<AmsResult<AmsResponseOf<K>>> {
    const path = this.requestPath(api);
    const url = new URL(path, this.baseUrl);
    const body = Buffer.from(JSON.stringify(request), 'utf8');
    const requestId = this.requestIdOf(api, request);
    let redacted: { body: unknown } | undefined;
    const redactedBody = () => (redacted ??= { body: redactSecrets(request) }).body;
    const timeoutMs = callOptions.timeoutMs ?? this.timeoutFor(api);
    const maxAttempts = Math.max(1, callOptions.maxAttempts ?? this.retry.maxAttempts);
    const sleep = this.options.sleep ?? defaultSleep;
    const resendSafe = isRepeatSafe(api);
    // Once an attempt may have reached AMS, a later "not sent" must not make the whole call look unsent.
    let possiblyDelivered: AmsOutcomeUnknownError | undefined;
    let lastUnknownResult: AmsResult<AmsResponseOf<K>> | undefined;

    for (let attempt = 1; ; attempt++) {
      const headers = await this.signedHeaders(path, body);
      this.hooks.onRequest(
        withLazyParts({ api, attempt, method: 'POST' as const, url: url.href, requestId }, { headers: () => redactHeaders(headers), body: redactedBody }),
      );
      const started = performance.now();
      try {
        const reply: HttpReply = await this.transport.post({ url, headers, body, timeoutMs, resendSafe });
        this.hooks.onResponse(
          withLazyParts(
            { api, attempt, requestId, durationMs: Math.round(performance.now() - started), httpStatus: reply.status },
            { headers: () => redactHeaders(reply.headers), body: () => redactRawBody(reply.body) },
          ),
        );
        const outcome = interpretResponse<AmsResponseOf<K>>(reply, { path, clientId: this.clientId }, this.publicKey, this.signaturePolicy);
        if (attempt < maxAttempts && shouldRetryResult(api, outcome.status, outcome.code)) {
          lastUnknownResult = { ...outcome, attempts: attempt } as AmsResult<AmsResponseOf<K>>;
          possiblyDelivered = undefined;
          const delayMs = backoffDelayMs(attempt, this.retry, this.options.random);
          this.hooks.onRetry({ api, attempt, requestId, reason: `U:${outcome.code}`, delayMs });
          await sleep(delayMs);
          continue;
        }
        return { ...outcome, attempts: attempt } as AmsResult<AmsResponseOf<K>>;
      } catch (caught) {
        if (!(caught instanceof AmsError)) throw caught;
        const error = this.finalise(caught, api, attempt, possiblyDelivered);
        if (error.outcome === 'UNKNOWN') {
          possiblyDelivered = error as AmsOutcomeUnknownError;
          lastUnknownResult = undefined;
        }
        const willRetry = attempt < maxAttempts && shouldRetryError(api, caught);
        const retryDelayMs = willRetry ? backoffDelayMs(attempt, this.retry, this.options.random) : undefined;
        this.hooks.onError({
          api,
          attempt,
          requestId,
          durationMs: Math.round(performance.now() - started),
          error: { name: error.name, code: error.code, outcome: error.outcome, message: error.message, httpStatus: error.httpStatus },
          willRetry,
          retryDelayMs,
        });
        if (retryDelayMs === undefined) {
          // AMS already answered U to an earlier attempt; a resend that never left does not change that answer.
          if (error.outcome === 'NOT_SENT' && lastUnknownResult !== undefined) return { ...lastUnknownResult, attempts: attempt };
          throw error;
        }
        this.hooks.onRetry({ api, attempt, requestId, reason: caught.code, delayMs: retryDelayMs });
        await sleep(retryDelayMs);
      }
    }
  }

  /** Releases the keep-alive sockets of a transport this client created. */
  close(): void {
    if (this.ownsTransport) this.transport.close();
  }

  consult(request: AmsRequestOf<'consult'>, options?: CallOptions) {
    return this.call('consult', request, options);
  }
  applyToken(request: AmsRequestOf<'applyToken'>, options?: CallOptions) {
    return this.call('applyToken', request, options);
  }
  revoke(request: AmsRequestOf<'revoke'>, options?: CallOptions) {
    return this.call('revoke', request, options);
  }
  pay(request: AmsRequestOf<'pay'>, options?: CallOptions) {
    return this.call('pay', request, options);
  }
  inquiryPayment(request: AmsRequestOf<'inquiryPayment'>, options?: CallOptions) {
    return this.call('inquiryPayment', request, options);
  }
  cancel(request: AmsRequestOf<'cancel'>, options?: CallOptions) {
    return this.call('cancel', request, options);
  }
  refund(request: AmsRequestOf<'refund'>, options?: CallOptions) {
    return this.call('refund', request, options);
  }
  inquiryRefund(request: AmsRequestOf<'inquiryRefund'>, options?: CallOptions) {
    return this.call('inquiryRefund', request, options);
  }
  declare(request: AmsRequestOf<'declare'>, options?: CallOptions) {
    return this.call('declare', request, options);
  }
  inquiryDeclarationRequests(request: AmsRequestOf<'inquiryDeclarationRequests'>, options?: CallOptions) {
    return this.call('inquiryDeclarationRequests', request, options);
  }
  registration(request: AmsRequestOf<'registration'>, options?: CallOptions) {
    return this.call('registration', request, options);
  }
  inquiryRegistrationStatus(request: AmsRequestOf<'inquiryRegistrationStatus'>, options?: CallOptions) {
    return this.call('inquiryRegistrationStatus', request, options);
  }
  inquiryRegistrationInfo(request: AmsRequestOf<'inquiryRegistrationInfo'>, options?: CallOptions) {
    return this.call('inquiryRegistrationInfo', request, options);
  }

  private async signedHeaders(path: string, body: Buffer): Promise<Record<string, string>> {
    const requestTime = String((this.options.now ?? Date.now)());
    const signature = await signMessageAsync(
      { method: 'POST', path, clientId: this.clientId, time: requestTime, body },
      this.privateKey,
    );
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPE,
      'client-id': this.clientId,
      'request-time': requestTime,
      signature: formatSignatureHeader(signature, this.keyVersion),
      'user-agent': this.options.userAgent ?? 'antom-autodebit-gateway-ams-client',
    };
    if (this.agentToken !== undefined) headers['agent-token'] = this.agentToken;
    return headers;
  }

  private requestIdOf(api: AmsApiName, request: object): string | undefined {
    const field = idempotencyField(api);
    if (field === undefined) return undefined;
    const value = (request as Record<string, unknown>)[field];
    return typeof value === 'string' ? value : undefined;
  }

  private finalise(error: AmsError, api: AmsApiName, attempt: number, earlier: AmsOutcomeUnknownError | undefined): AmsError {
    let final = error;
    if (error.outcome === 'NOT_SENT' && earlier !== undefined) {
      final = new AmsOutcomeUnknownError(
        earlier.code,
        `${earlier.message}; a later resend was not sent (${error.code})`,
        { api, httpStatus: earlier.httpStatus, cause: error },
      );
    }
    final.api = api;
    final.attempts = attempt;
    return final;
  }
}
