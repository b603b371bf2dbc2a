import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

/**
 * Keep-alive agents: one TLS handshake per connection instead of per call. Idle sockets are dropped after
 * `idleTimeoutMs`, below common server keep-alive timeouts (Node's default is 5 s): reusing a socket the server is
 * closing fails with a reset that has to be reported as "outcome unknown", which for applyToken is costly.
 * (The agent's socket timeout only destroys free sockets; active requests are bounded by the transport's own timer.)
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
