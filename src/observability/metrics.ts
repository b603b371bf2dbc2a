import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds; from a cached read to an AMS timeout (the longest configurable is 15 s). */
const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];
/** Commit → subscriber: milliseconds normally, seconds when a long transaction holds the sequencer back. */
const LAG_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Every metric of one gateway instance, on its own registry (tests run several gateways in one process). Labels are
 * bounded: schema field names, AMS API names and result codes, notification kinds and refusal reasons, queue names,
 * merchant ids at most — never a payment id or a caller-chosen string.
 *
 * Modules that land later (webhooks, schedules) register theirs with `registry` (see `counter`/`histogram`/`gauge`):
 * the `agw_` prefix and the same label rules apply.
 */
export class GatewayMetrics {
  readonly registry = new Registry();

  readonly graphqlDuration = this.histogram('agw_graphql_operation_duration_seconds', 'GraphQL operations over HTTP by root field, type and outcome (ok or the extensions.code of the first error)', ['operation', 'type', 'outcome']);
  readonly amsCalls = this.counter('agw_ams_calls_total', 'AMS call attempts by API, result status (S, F, U, or ERROR for transport/protocol errors) and result or error code', ['api', 'status', 'code']);
  readonly amsDuration = this.histogram('agw_ams_call_duration_seconds', 'AMS call attempt latency by API and result status', ['api', 'status']);
  readonly amsRetries = this.counter('agw_ams_retries_total', 'AMS resends of an identical request, by API', ['api']);
  readonly notifications = this.counter('agw_notifications_total', 'AMS notifications received, by kind and outcome (applied, duplicate, noop, anomaly, unmatched, refused) and refusal reason', ['kind', 'outcome', 'reason']);
  readonly deliveryLag = this.histogram('agw_event_delivery_lag_seconds', 'From an event being written to its release to this instance\'s subscribers', [], LAG_BUCKETS);
  readonly jobFailures = this.counter('agw_job_failures_total', 'Job runs that failed in this instance (pg-boss retries them; past the limit they go to the dead-letter queue)', ['queue']);

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry });
  }

  /** A gauge whose value `collect` sets at scrape time (sockets, subscriptions, pools, breakers, queues). */
  gauge<L extends string>(name: string, help: string, labelNames: readonly L[], collect: (gauge: Gauge<L>) => void | Promise<void>): Gauge<L> {
    const gauge: Gauge<L> = new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        gauge.reset();
        await collect(gauge);
      },
    });
    return gauge;
  }

  counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
    return new Counter<L>({ name, help, labelNames, registers: [this.registry] });
  }

  histogram<L extends string>(name: string, help: string, labelNames: readonly L[], buckets = LATENCY_BUCKETS): Histogram<L> {
    return new Histogram<L>({ name, help, labelNames, buckets, registers: [this.registry] });
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
