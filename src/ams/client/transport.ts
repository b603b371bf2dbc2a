import type { IncomingHttpHeaders } from 'node:http';

export interface HttpPost {
  url: URL;
  headers: Record<string, string>;
  body: Buffer;
  timeoutMs: number;
  /**
   * False for APIs that must not be sent twice (applyToken): the transport then opens a fresh connection, since a
   * pooled socket that the server is closing fails with a reset that can only be reported as "outcome unknown".
   */
  resendSafe: boolean;
}

export interface HttpReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Larger answers are not AMS answers; refusing them bounds memory. */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/**
 * The seam between the AMS client and an HTTP library (stripe-node's HttpClient). An implementation sends the body
 * bytes exactly as given and rejects with:
 * - `AmsNotSentError` when no connection was ever made, so no byte can have reached AMS;
 * - `AmsOutcomeUnknownError` for anything after the connection was up (including a reused keep-alive socket);
 * - `AmsResponseError('MALFORMED_RESPONSE')` for a body over `MAX_RESPONSE_BYTES`.
 */
export interface Transport {
  post(request: HttpPost): Promise<HttpReply>;
  /** Releases pooled connections the transport owns. */
  close(): void;
}
