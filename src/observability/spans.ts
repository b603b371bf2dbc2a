import { SpanKind, SpanStatusCode, isSpanContextValid, trace, type Attributes, type Span, type Tracer } from '@opentelemetry/api';

export { SpanKind };

const TRACER_NAME = 'antom-autodebit-gateway';
let enabled = false;

/** Set by the tracing setup (observability/tracing.ts); while false every helper here runs the work bare. */
export function setTracingEnabled(on: boolean): void {
  enabled = on;
}

export function tracingEnabled(): boolean {
  return enabled;
}

/** The gateway's tracer (the global provider's, or a no-op one while tracing is off). */
export function gatewayTracer(): Tracer {
  return trace.getTracer(TRACER_NAME);
}

export interface SpanOptions {
  kind?: SpanKind;
  attributes?: Attributes;
  /** Only as a child of a span already active (e.g. SQL: background polling would otherwise be a trace each). */
  childOnly?: boolean;
}

/**
 * The error's class name only: messages can carry values (a database error quotes the row), and spans leave the
 * process. What failed, in detail, is in the log line with the same trace id.
 */
function markFailed(span: Span, error: unknown): void {
  const type = error instanceof Error ? error.name : typeof error;
  span.setAttribute('error.type', type);
  span.setStatus({ code: SpanStatusCode.ERROR, message: type });
}

/** Runs `work` inside a span that is active for everything it awaits; ends it when the work settles. */
export function inSpan<T>(name: string, options: SpanOptions, work: (span: Span | undefined) => Promise<T>): Promise<T> {
  if (!enabled || (options.childOnly && !trace.getActiveSpan())) return work(undefined);
  return gatewayTracer().startActiveSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, ...(options.attributes ? { attributes: options.attributes } : {}) }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Like `inSpan` for a function that may or may not return a promise (a service method): sync results end it at once. */
export function inSpanAnyResult<T>(name: string, work: () => T): T {
  if (!enabled) return work();
  return gatewayTracer().startActiveSpan(name, (span) => {
    let result: T;
    try {
      result = work();
    } catch (error) {
      markFailed(span, error);
      span.end();
      throw error;
    }
    if (!(result instanceof Promise)) {
      span.end();
      return result;
    }
    return result.then(
      (value: unknown) => {
        span.end();
        return value;
      },
      (error: unknown) => {
        markFailed(span, error);
        span.end();
        throw error;
      },
    ) as T;
  });
}

/** `{traceId, spanId}` of the active span, for log records (pino mixin); empty outside a span. */
export function activeTraceFields(): Record<string, string> {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return isSpanContextValid(span.spanContext()) ? { traceId, spanId } : {};
}
