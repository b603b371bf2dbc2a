import type { OperationDeps } from './operation-deps.js';

/** A module's operation: the module's dependencies first, then what the caller passes (its scope and arguments). */
type Operation = (deps: OperationDeps, ...args: never[]) => unknown;

/** The operations as the service's methods: the caller passes everything but the dependencies. */
export type BoundOperations<T extends Record<string, Operation>> = {
  [K in keyof T]: T[K] extends (deps: OperationDeps, ...args: infer A) => infer R ? (...args: A) => R : never;
};

/**
 * The base of a module's service whose methods are the module's operation functions with its dependencies bound,
 * instead of one hand-written forwarding method each:
 *
 *   export class PaymentService extends operationsOf({ pay, cancel: cancelPayment, inquire: inquiryPayment }) {
 *     find(…) { … }   // reads and anything that is more than a forward stay ordinary methods
 *   }
 *
 * The methods sit on the prototype, as written ones would: the tracing proxy (observability/traced-services.ts) and
 * subclasses see no difference.
 */
export function operationsOf<T extends Record<string, Operation>>(operations: T): new (deps: OperationDeps) => BoundOperations<T> & { readonly deps: OperationDeps } {
  class Operations {
    constructor(readonly deps: OperationDeps) {}
  }
  for (const [name, operation] of Object.entries(operations)) {
    Object.defineProperty(Operations.prototype, name, {
      value(this: Operations, ...args: never[]) {
        return operation(this.deps, ...args);
      },
      writable: true,
      configurable: true,
    });
  }
  return Operations as new (deps: OperationDeps) => BoundOperations<T> & { readonly deps: OperationDeps };
}
