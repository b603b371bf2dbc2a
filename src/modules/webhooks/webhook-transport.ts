import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import axios, { type AxiosInstance } from 'axios';
import { blockedMessage, guardedLookup, isBlockedAddress } from './address-guard.js';
import type { WebhookHeaders } from './webhook-signer.js';

/** What the delivery log keeps of an answer's body. */
export const RESPONSE_BODY_LIMIT = 1024;

export interface TransportSettings {
  timeoutMs: number;
  allowPrivateAddresses: boolean;
}

export interface AttemptResult {
  /** 2xx: delivered. */
  ok: boolean;
  statusCode: number | null;
  latencyMs: number;
  /** The first RESPONSE_BODY_LIMIT bytes of the answer, as text. */
  responseBody: string | null;
  /** Why no answer counted (timeout, refused, blocked address, redirect …); null for a 2xx. */
  error: string | null;
}

/**
 * Posts signed messages with axios: no redirects (a 3xx is a failed attempt), no proxy from the environment, one
 * time limit over the whole attempt, keep-alive agents whose DNS lookup refuses blocked addresses (SSRF), and an
 * answer body read only up to what the log keeps.
 */
export class WebhookTransport {
  private readonly client: AxiosInstance;
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;

  constructor(private readonly settings: TransportSettings) {
    const lookup = settings.allowPrivateAddresses ? undefined : guardedLookup;
    this.httpAgent = new http.Agent({ keepAlive: true, ...(lookup ? { lookup } : {}) });
    this.httpsAgent = new https.Agent({ keepAlive: true, ...(lookup ? { lookup } : {}) });
    this.client = axios.create({
      httpAgent: this.httpAgent,
      httpsAgent: this.httpsAgent,
      proxy: false,
      maxRedirects: 0,
      timeout: settings.timeoutMs,
      responseType: 'stream',
      decompress: false,
      validateStatus: () => true,
      transformRequest: [(data: unknown) => data],
    });
  }

  async post(url: string, headers: WebhookHeaders, body: string): Promise<AttemptResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const refusal = this.refuseLiteral(url);
    if (refusal) return { ok: false, statusCode: null, latencyMs: 0, responseBody: null, error: refusal };
    const signal = AbortSignal.timeout(this.settings.timeoutMs);
    try {
      const response = await this.client.post<Readable>(url, body, {
        headers: { ...headers, 'content-type': 'application/json', 'user-agent': 'agw-webhooks/1' },
        signal,
      });
      const responseBody = await readPrefix(response.data, RESPONSE_BODY_LIMIT, signal);
      const ok = response.status >= 200 && response.status < 300;
      return {
        ok,
        statusCode: response.status,
        latencyMs: elapsed(),
        responseBody,
        error: ok ? null : response.status >= 300 && response.status < 400 ? 'redirects are not followed' : null,
      };
    } catch (error) {
      return { ok: false, statusCode: null, latencyMs: elapsed(), responseBody: null, error: describe(error, this.settings.timeoutMs) };
    }
  }

  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  /** Node skips the agent's lookup for IP-literal hosts, so those are checked here. */
  private refuseLiteral(url: string): string | null {
    if (this.settings.allowPrivateAddresses) return null;
    const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
    return isIP(host) && isBlockedAddress(host) ? blockedMessage(host, host) : null;
  }
}

/** Reads up to `limit` bytes, then stops (the rest is not waited for: a huge or endless answer costs nothing). */
async function readPrefix(stream: Readable, limit: number, signal: AbortSignal): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      if (signal.aborted) break;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      chunks.push(buffer);
      size += buffer.length;
      if (size >= limit) break;
    }
  } catch {
    // The answer's status already counts; a body cut off mid-way is only shown shorter.
  } finally {
    stream.destroy();
  }
  if (size === 0) return null;
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

function describe(error: unknown, timeoutMs: number): string {
  if (axios.isCancel(error) || (error instanceof Error && (error.name === 'CanceledError' || error.name === 'AbortError'))) {
    return `timed out after ${timeoutMs} ms`;
  }
  if (axios.isAxiosError(error)) {
    if (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT') return `timed out after ${timeoutMs} ms`;
    const cause = error.cause instanceof Error ? error.cause : undefined;
    if (cause?.name === 'BlockedAddressError') return cause.message;
    return `${error.code ?? 'ERROR'}: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
