import { context, propagation, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NodeTracerProvider,
  ParentBasedSampler,
  SimpleSpanProcessor,
  TraceIdRatioBasedSampler,
  type Sampler,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-node';
import type { TracingConfig } from '../config/tracing-env.js';
import { setTracingEnabled } from '../shared/spans.js';

export interface Tracing {
  readonly enabled: boolean;
  /** Flushes what is buffered and unregisters the provider (so a later gateway in the same process can register). */
  shutdown(): Promise<void>;
}

const OFF: Tracing = { enabled: false, shutdown: async () => undefined };

function samplerOf(config: TracingConfig): Sampler {
  const ratio = new TraceIdRatioBasedSampler(config.samplerRatio);
  switch (config.sampler) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratio;
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: ratio });
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

function processorOf(config: TracingConfig, exporter: SpanExporter | undefined): SpanProcessor | undefined {
  // A given exporter (tests: InMemorySpanExporter) gets every span at once, in order.
  if (exporter) return new SimpleSpanProcessor(exporter);
  if (config.exporter === 'console') return new SimpleSpanProcessor(new ConsoleSpanExporter());
  if (config.exporter === 'otlp') return new BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesUrl, headers: { ...config.headers } }));
  return undefined;
}

/**
 * OpenTelemetry tracing for this process: off unless OTEL_TRACES_EXPORTER names an exporter (or a test passes one).
 * Registers a Node tracer provider globally (AsyncLocalStorage context, W3C trace context propagation); the spans
 * themselves are made at the gateway's own seams (shared/spans.ts): the GraphQL operation, service calls, AMS HTTP
 * calls and SQL statements. One tracing gateway per process: the provider is global.
 */
export function startTracing(config: TracingConfig, exporter?: SpanExporter): Tracing {
  const processor = processorOf(config, exporter);
  if (!processor) return OFF;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName }),
    sampler: samplerOf(config),
    spanProcessors: [processor],
  });
  provider.register();
  setTracingEnabled(true);
  return {
    enabled: true,
    shutdown: async () => {
      setTracingEnabled(false);
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}
