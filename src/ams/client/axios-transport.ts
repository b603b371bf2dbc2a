import type { Agent, ClientRequest, IncomingHttpHeaders, IncomingMessage, RequestOptions } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { TLSSocket } from 'node:tls';
import axios, { type AxiosHeaders, type AxiosInstance } from 'axios';
import { createKeepAliveAgent, createSingleUseAgent } from './agents.js';
import { AmsResponseError } from './errors.js';
import { classifyNetworkError, type AttemptFacts } from './network-errors.js';
import { MAX_RESPONSE_BYTES, type HttpPost, type HttpReply, type Transport } from './transport.js';

export interface AxiosTransportOptions {
  protocol: 'http:' | 'https:';
  /** A caller's agent (its own pool, TLS trust); used for every API and never destroyed by `close()`. */
  agent?: Agent;
}

/**
 * Watches one attempt's socket through axios's `transport` option (the documented way to supply the request
 * function): "connected" is true from the moment a byte could be written, so a failure before it is "not sent".
 */
function watchedRequest(facts: AttemptFacts, protocol: string) {
  const send = protocol === 'https:' ? httpsRequest : httpRequest;
  return {
    request(options: RequestOptions, onResponse: (res: IncomingMessage) => void): ClientRequest {
      const req = send(options, onResponse);
      req.on('socket', (socket) => {
        // When in doubt, count as connected: misreading "maybe sent" as "not sent" could cause a double effect.
        if (req.reusedSocket || !socket.connecting) {
          facts.connected = true;
          return;
        }
        // For TLS the request is written only after the handshake, so a handshake failure is still "not sent".
        socket.once(socket instanceof TLSSocket ? 'secureConnect' : 'connect', () => {
          facts.connected = true;
        });
      });
      return req;
    },
  };
}

/** Reads the body with the size cap; any failure here comes after AMS received the request. */
async function readCapped(body: Readable, facts: AttemptFacts): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_RESPONSE_BYTES) {
        body.destroy();
        throw new AmsResponseError('MALFORMED_RESPONSE', `response body exceeds ${MAX_RESPONSE_BYTES} bytes`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof AmsResponseError) throw error;
    throw classifyNetworkError(error, { ...facts, connected: true });
  }
  // A connection closed before the declared length ends the stream early without an error on some Node versions.
  if (!body.readableEnded) throw classifyNetworkError(new Error('connection closed while reading the response'), { ...facts, connected: true });
  return Buffer.concat(chunks);
}

/** The AMS transport on axios: one POST per call, no redirects, no proxy, no decompression, raw bytes both ways. */
export class AxiosTransport implements Transport {
  private readonly http: AxiosInstance = axios.create();
  private readonly protocol: 'http:' | 'https:';
  private readonly pooled: Agent;
  private readonly fresh: Agent;
  private readonly ownsAgents: boolean;

  constructor(options: AxiosTransportOptions) {
    this.protocol = options.protocol;
    this.ownsAgents = options.agent === undefined;
    this.pooled = options.agent ?? createKeepAliveAgent(options.protocol);
    this.fresh = options.agent ?? createSingleUseAgent(options.protocol);
  }

  async post(post: HttpPost): Promise<HttpReply> {
    const facts: AttemptFacts = { connected: false, timedOut: false, timeoutMs: post.timeoutMs };
    const deadline = new AbortController();
    // One deadline for connect + response, like the SDKs; axios's own `timeout` restarts on socket activity.
    const timer = setTimeout(() => {
      facts.timedOut = true;
      deadline.abort();
    }, post.timeoutMs);
    const agent = post.resendSafe ? this.pooled : this.fresh;
    try {
      const response = await this.http
        .request<Readable>({
          url: post.url.href,
          method: 'POST',
          // identity: the response signature covers the bytes as sent, so nothing may transform them.
          headers: { ...post.headers, 'accept-encoding': 'identity' },
          data: post.body,
          transformRequest: [],
          transformResponse: [],
          responseType: 'stream',
          decompress: false,
          maxRedirects: 0,
          proxy: false,
          validateStatus: () => true,
          signal: deadline.signal,
          transport: watchedRequest(facts, this.protocol),
          ...(this.protocol === 'https:' ? { httpsAgent: agent } : { httpAgent: agent }),
        })
        .catch((error: unknown) => {
          throw classifyNetworkError(error, facts);
        });
      deadline.signal.addEventListener('abort', () => response.data.destroy(), { once: true });
      const body = await readCapped(response.data, facts);
      return { status: response.status, headers: (response.headers as AxiosHeaders).toJSON() as IncomingHttpHeaders, body };
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    if (!this.ownsAgents) return;
    this.pooled.destroy();
    this.fresh.destroy();
  }
}
