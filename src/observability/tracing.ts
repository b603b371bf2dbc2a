import { context, propagation, trace } from '@opentelemetry/api';
import type { Sampler, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-node';
import type { TracingConfig } from '../config/tracing-env.js';
import { setTracingEnabled } from './spans.js';

export interface Tracing {
  readonly enabled: boolean;
  /** Flushes what is buffered and unregisters the provider (so a later gateway in the same process can register). */
  shutdown(): Promise<void>;
}

const OFF: Tracing = { enabled: false, shutdown: async () => undefined };

/** The SDK is loaded only when tracing is on: it is most of a second of start-up on these machines. */
type Sdk = typeof import('@opentelemetry/sdk-trace-node');

function samplerOf(sdk: Sdk, config: TracingConfig): Sampler {
  const { AlwaysOffSampler, AlwaysOnSampler, ParentBasedSampler, TraceIdRatioBasedSampler } = sdk;
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

async function processorOf(sdk: Sdk, config: TracingConfig, exporter: SpanExporter | undefined): Promise<SpanProcessor> {
  // A given exporter (tests: InMemorySpanExporter) gets every span at once, in order.
  if (exporter) return new sdk.SimpleSpanProcessor(exporter);
  if (config.exporter === 'console') return new sdk.SimpleSpanProcessor(new sdk.ConsoleSpanExporter());
  const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
  return new sdk.BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesUrl, headers: { ...config.headers } }));
}

/**
 * OpenTelemetry tracing for this process: off unless OTEL_TRACES_EXPORTER names an exporter (or a test passes one).
 * Registers a Node tracer provider globally (AsyncLocalStorage context, W3C trace context propagation); the spans
 * themselves are made at the gateway's own seams (shared/spans.ts): the GraphQL operation, service calls, AMS HTTP
 * calls and SQL statements. One tracing gateway per process: the provider is global.
 */
export async function startTracing(config: TracingConfig, exporter?: SpanExporter): Promise<Tracing> {
  if (!exporter && config.exporter === 'none') return OFF;
  const sdk = await import('@opentelemetry/sdk-trace-node');
  const { resourceFromAttributes } = await import('@opentelemetry/resources');
  const provider = new sdk.NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName }),
    sampler: samplerOf(sdk, config),
    spanProcessors: [await processorOf(sdk, config, exporter)],
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
