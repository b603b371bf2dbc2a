import type { HttpPost, HttpReply, Transport } from '../ams/index.js';
import { inSpan, SpanKind, tracingEnabled } from './spans.js';

/**
 * Each AMS HTTP attempt in a client span (method, host and path only: the body is signed business data), given to
 * the AMS client as `decorateTransport` so that the library itself knows nothing of tracing.
 */
export function tracedAmsTransport(transport: Transport): Transport {
  return {
    post(post: HttpPost): Promise<HttpReply> {
      if (!tracingEnabled()) return transport.post(post);
      const attributes = { 'http.request.method': 'POST', 'server.address': post.url.hostname, 'url.path': post.url.pathname };
      return inSpan(`POST ${post.url.pathname}`, { kind: SpanKind.CLIENT, attributes }, async (span) => {
        const reply = await transport.post(post);
        span?.setAttribute('http.response.status_code', reply.status);
        return reply;
      });
    },
    close: () => transport.close(),
  };
}
