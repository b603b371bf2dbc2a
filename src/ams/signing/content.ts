/** The parts of a signed AMS message: a request, a response (signed with the request's method and path) or a notification. */
export interface SignedMessageParts {
  /** HTTP method; AMS only uses POST. */
  method: string;
  /** Path plus query as requested, without scheme and host (the sandbox prefix included when used). */
  path: string;
  clientId: string;
  /** `Request-Time` or `Response-Time` header value, byte for byte. */
  time: string;
  /** The exact body bytes on the wire; never re-serialised. */
  body: string | Buffer;
}

/** `<METHOD> <PATH>\n<Client-Id>.<Time>.<Body>` as UTF-8 bytes (ams-spec §2.2). */
export function contentToSign(parts: SignedMessageParts): Buffer {
  const head = Buffer.from(`${parts.method} ${parts.path}\n${parts.clientId}.${parts.time}.`, 'utf8');
  const body = typeof parts.body === 'string' ? Buffer.from(parts.body, 'utf8') : parts.body;
  return Buffer.concat([head, body]);
}
