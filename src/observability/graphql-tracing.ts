import type { ApolloServerPlugin } from '@apollo/server';
import { context, propagation, SpanKind, SpanStatusCode, trace, TraceFlags } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import { gatewayTracer, tracingEnabled } from './spans.js';
import { rootField } from './graphql-metrics-plugin.js';

/** The response header carrying the trace id (hex), next to X-Request-Id; `traceparent` is sent too (W3C). */
export const TRACE_ID_HEADER = 'X-Trace-Id';

/**
 * The span of one HTTP GraphQL operation, as an express middleware placed right before Apollo's: it continues a
 * caller's trace (a `traceparent` header), runs the rest of the request in the span's context (so service, AMS and
 * SQL spans become its children), answers with `X-Trace-Id` and `traceparent`, and ends with the response.
 * `graphqlTracingPlugin` names it after the operation once Apollo has parsed it.
 */
export function graphqlTracingMiddleware(): RequestHandler {
  return (req, res, next) => {
    if (!tracingEnabled()) {
      next();
      return;
    }
    const parent = propagation.extract(context.active(), req.headers);
    const span = gatewayTracer().startSpan(
      `${req.method} ${req.baseUrl || req.path}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, 'url.path': req.baseUrl || req.path, 'request.id': String(res.locals.requestId ?? '') } },
      parent,
    );
    const { traceId, spanId, traceFlags } = span.spanContext();
    res.setHeader(TRACE_ID_HEADER, traceId);
    res.setHeader('traceparent', `00-${traceId}-${spanId}-${(traceFlags & TraceFlags.SAMPLED ? 1 : 0).toString(16).padStart(2, '0')}`);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    res.once('finish', end);
    res.once('close', end);
    context.with(trace.setSpan(parent, span), next);
  };
}

/**
 * Names the operation's span `graphql <type> <first root field>` (schema names only, like the metrics labels: no
 * caller-chosen string, no argument value) and marks it failed with the closed error code of the first error.
 */
export function graphqlTracingPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const span = trace.getActiveSpan();
      if (!span) return {};
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          const field = rootField(operation);
          span.updateName(`graphql ${operation.operation} ${field}`);
          span.setAttributes({ 'graphql.operation.type': operation.operation, 'graphql.operation.root_field': field });
        },
        async willSendResponse({ response }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const code = body?.errors?.[0]?.extensions?.code;
          if (body?.errors?.length) {
            span.setAttribute('graphql.error.code', typeof code === 'string' ? code : 'INTERNAL');
            if (code === 'INTERNAL' || code === undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: 'INTERNAL' });
          }
        },
      };
    },
  };
}
