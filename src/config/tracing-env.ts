import { z } from 'zod';

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/**
 * Tracing with OpenTelemetry, configured by the standard `OTEL_*` variables (the subset the gateway honours; see the
 * README, "Tracing"). Off unless OTEL_TRACES_EXPORTER names an exporter. Merged into env-schema.ts.
 */
export const tracingEnvSchema = z.object({
  OTEL_SDK_DISABLED: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('false')),
  /** `none` (default: tracing off), `otlp` (OTLP over HTTP), `console` (spans printed on stdout, development). */
  OTEL_TRACES_EXPORTER: z.preprocess(emptyAsUndefined, z.enum(['none', 'otlp', 'console'], { error: 'expected none, otlp or console' }).default('none')),
  /** Base URL of an OTLP/HTTP collector; traces go to `<endpoint>/v1/traces`. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.preprocess(emptyAsUndefined, z.url({ error: 'expected an absolute http(s) URL' }).default('http://localhost:4318')),
  /** The full traces URL, when it is not `<OTEL_EXPORTER_OTLP_ENDPOINT>/v1/traces`. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.preprocess(emptyAsUndefined, z.url({ error: 'expected an absolute http(s) URL' }).optional()),
  /** `key=value,key2=value2` sent with every export (an API key for a hosted collector, say). */
  OTEL_EXPORTER_OTLP_HEADERS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\s*[^=,\s]+\s*=[^,]*(,\s*[^=,\s]+\s*=[^,]*)*$/, 'expected key=value pairs separated by commas')
      .optional(),
  ),
  OTEL_SERVICE_NAME: z.preprocess(emptyAsUndefined, z.string().min(1).default('antom-autodebit-gateway')),
  /** always_on, always_off, traceidratio, parentbased_always_on (default), parentbased_always_off, parentbased_traceidratio. */
  OTEL_TRACES_SAMPLER: z.preprocess(
    emptyAsUndefined,
    z
      .enum(['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'], {
        error: 'expected always_on, always_off, traceidratio, parentbased_always_on, parentbased_always_off or parentbased_traceidratio',
      })
      .default('parentbased_always_on'),
  ),
  /** The ratio for the traceidratio samplers, 0..1. */
  OTEL_TRACES_SAMPLER_ARG: z.preprocess(emptyAsUndefined, z.coerce.number().min(0).max(1).default(1)),
});

export type TracingEnv = z.infer<typeof tracingEnvSchema>;
export type TracingSampler = TracingEnv['OTEL_TRACES_SAMPLER'];

export interface TracingConfig {
  readonly exporter: 'none' | 'otlp' | 'console';
  /** The OTLP/HTTP traces URL. */
  readonly tracesUrl: string;
  /** Headers for the collector (may hold a credential: never logged). */
  readonly headers: Readonly<Record<string, string>>;
  readonly serviceName: string;
  readonly sampler: TracingSampler;
  readonly samplerRatio: number;
}

function parseHeaders(value: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const pair of value?.split(',') ?? []) {
    const at = pair.indexOf('=');
    headers[decodeURIComponent(pair.slice(0, at).trim())] = decodeURIComponent(pair.slice(at + 1).trim());
  }
  return headers;
}

export function tracingConfigOf(e: TracingEnv): TracingConfig {
  return {
    exporter: e.OTEL_SDK_DISABLED === 'true' ? 'none' : e.OTEL_TRACES_EXPORTER,
    tracesUrl: e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? `${e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`,
    headers: parseHeaders(e.OTEL_EXPORTER_OTLP_HEADERS),
    serviceName: e.OTEL_SERVICE_NAME,
    sampler: e.OTEL_TRACES_SAMPLER,
    samplerRatio: e.OTEL_TRACES_SAMPLER_ARG,
  };
}
