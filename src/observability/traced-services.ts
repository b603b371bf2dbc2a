import type { Services } from '../modules/services.js';
import { inSpanAnyResult } from './spans.js';

/** The business services whose calls get a span each (`payments.pay`, `refunds.refund`, …). */
const TRACED = ['merchants', 'apiKeys', 'authorizations', 'payments', 'refunds', 'declarations', 'registrations', 'notifications', 'reconciliation', 'webhooks', 'schedules'] as const;

function traced<T extends object>(service: T, name: string): T {
  return new Proxy(service, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function' || typeof property !== 'string' || property === 'constructor') return value;
      return (...args: unknown[]) => inSpanAnyResult(`${name}.${property}`, () => Reflect.apply(value, target, args) as unknown);
    },
  });
}

/**
 * The same services, each business call in a span of its own: the seam between the adapters (resolvers, routes, jobs)
 * and the modules, where a trace shows which operation ran. Only built when tracing is on (no proxy otherwise).
 */
export function traceServices(services: Services): Services {
  const wrapped: Record<string, unknown> = { ...services };
  for (const key of TRACED) wrapped[key] = traced(services[key], key);
  return wrapped as unknown as Services;
}
