import type { ExecutionResult } from 'graphql';

/**
 * One event's result for one group: executed once, serialised once. `json` is undefined while the execution runs,
 * null when the result carries errors (graphql-ws's path formats and logs those), else the `payload` of the
 * graphql-ws `next` message as JSON text.
 */
export class SharedResult {
  json: string | null | undefined;
  /** The result `json` serialises, once known. */
  result: ExecutionResult | null | undefined;
  private waiters: Array<() => void> | undefined;

  constructor(readonly value: Promise<ExecutionResult> | ExecutionResult) {
    if (isPromise(value)) {
      value.then(
        (result) => this.settle(result),
        () => this.settle(null),
      );
    } else this.settle(value);
  }

  /** Runs `callback` once the result is known (synchronously if it already is). */
  whenSettled(callback: () => void): void {
    if (this.json !== undefined) callback();
    else (this.waiters ??= []).push(callback);
  }

  private settle(result: ExecutionResult | null): void {
    // The same payload graphql-ws would send: the result without `errors` (there are none on this path).
    this.result = result;
    this.json = result && !result.errors ? JSON.stringify(result) : null;
    const waiters = this.waiters;
    this.waiters = undefined;
    if (waiters) for (const waiter of waiters) waiter();
  }
}

function isPromise<T>(value: Promise<T> | T): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
