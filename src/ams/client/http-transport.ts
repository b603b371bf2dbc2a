import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { TLSSocket } from 'node:tls';
import { AmsNotSentError, AmsOutcomeUnknownError, AmsResponseError, type AmsNotSentCode } from './errors.js';

export interface HttpPost {
  url: URL;
  headers: Record<string, string>;
  body: Buffer;
  timeoutMs: number;
}

export interface HttpReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Larger answers are not AMS answers; refusing them bounds memory. */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

const NOT_SENT_BY_ERRNO: Record<string, AmsNotSentCode> = {
  ECONNREFUSED: 'CONNECTION_REFUSED',
  ENOTFOUND: 'DNS_FAILURE',
  EAI_AGAIN: 'DNS_FAILURE',
  EAI_FAIL: 'DNS_FAILURE',
  EHOSTUNREACH: 'NETWORK_UNREACHABLE',
  ENETUNREACH: 'NETWORK_UNREACHABLE',
  EADDRNOTAVAIL: 'NETWORK_UNREACHABLE',
};

class AttemptTimeout extends Error {}

/**
 * Keep-alive agents: one TLS handshake per connection instead of per call. Idle sockets are dropped after
 * `idleTimeoutMs`, below common server keep-alive timeouts (Node's default is 5 s): reusing a socket the server is
 * closing fails with a reset that has to be reported as "outcome unknown", which for applyToken is costly.
 * (The agent's socket timeout only destroys free sockets; active requests are bounded by our own timer.)
 */
export function createKeepAliveAgent(protocol: 'http:' | 'https:', maxSockets = 64, idleTimeoutMs = 4_000): HttpAgent {
  const options = {
    keepAlive: true,
    keepAliveMsecs: 1_000,
    maxSockets,
    maxFreeSockets: 16,
    timeout: idleTimeoutMs,
    scheduling: 'lifo' as const,
  };
  return protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options);
}

/**
 * An agent that opens a new connection per request. Used for APIs where a resend is unsafe (applyToken): a reused
 * keep-alive socket that the server is closing at that moment fails with a reset that must be reported as "outcome
 * unknown", and for a single-use authCode that outcome costs a whole new authorization.
 */
export function createSingleUseAgent(protocol: 'http:' | 'https:'): HttpAgent {
  return protocol === 'https:' ? new HttpsAgent({ keepAlive: false }) : new HttpAgent({ keepAlive: false });
}

/**
 * One POST. Errors distinguish "no connection was ever made" (NOT_SENT) from everything after the connection was up
 * (UNKNOWN): once connected, the request bytes may have reached AMS even if no answer comes back. A reused keep-alive
 * socket counts as connected, since a reset on it can happen after the server read the request.
 */
export function postOnce(post: HttpPost, agent: HttpAgent): Promise<HttpReply> {
  return new Promise<HttpReply>((resolve, reject) => {
    const send = post.url.protocol === 'https:' ? httpsRequest : httpRequest;
    let connected = false;
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };

    const req = send(post.url, {
      method: 'POST',
      agent,
      headers: { ...post.headers, 'content-length': String(post.body.length) },
    });

    const timer = setTimeout(() => req.destroy(new AttemptTimeout()), post.timeoutMs);

    req.on('socket', (socket) => {
      // When in doubt, count as connected: misreading "maybe sent" as "not sent" could cause a double effect.
      if (req.reusedSocket || !socket.connecting) {
        connected = true;
        return;
      }
      // For TLS the request is written only after the handshake, so a handshake failure is still "not sent".
      socket.once(socket instanceof TLSSocket ? 'secureConnect' : 'connect', () => {
        connected = true;
      });
    });

    req.on('error', (error: NodeJS.ErrnoException) => finish(() => reject(classifyNetworkError(error, connected, post.timeoutMs))));

    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) {
          res.destroy();
          finish(() => reject(new AmsResponseError('MALFORMED_RESPONSE', `response body exceeds ${MAX_RESPONSE_BYTES} bytes`)));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () =>
        finish(() => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })),
      );
      // A reset or timeout in the middle of the body: the request was certainly received.
      res.on('error', (error: NodeJS.ErrnoException) => finish(() => reject(classifyNetworkError(error, true, post.timeoutMs))));
      // After 'end' this is a no-op; before it, the connection died mid-body.
      res.on('close', () =>
        finish(() => reject(new AmsOutcomeUnknownError('CONNECTION_RESET', 'connection closed while reading the response'))),
      );
    });

    req.end(post.body);
  });
}

function classifyNetworkError(
  error: NodeJS.ErrnoException,
  connected: boolean,
  timeoutMs: number,
): AmsNotSentError | AmsOutcomeUnknownError {
  if (error instanceof AttemptTimeout) {
    return connected
      ? new AmsOutcomeUnknownError('TIMEOUT', `no response within ${timeoutMs} ms after sending`)
      : new AmsNotSentError('CONNECT_TIMEOUT', `could not connect within ${timeoutMs} ms`);
  }
  const errno = error.code ?? '';
  if (!connected) {
    const code = NOT_SENT_BY_ERRNO[errno] ?? 'CONNECT_FAILED';
    return new AmsNotSentError(code, `connection failed before sending (${errno || error.message})`, { cause: error });
  }
  if (errno === 'ECONNRESET' || errno === 'EPIPE' || error.message === 'socket hang up') {
    return new AmsOutcomeUnknownError('CONNECTION_RESET', `connection reset after sending (${errno || error.message})`, {
      cause: error,
    });
  }
  return new AmsOutcomeUnknownError('NETWORK_ERROR', `network error after sending (${errno || error.message})`, {
    cause: error,
  });
}
