import { execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { SequencedEvent } from '../../modules/events/event-sequencer.js';
import type { DirectFeed } from './direct-feed.js';

/** Recent events whose result a group keeps: every subscriber reads an event within moments of the first. */
const RESULTS_KEPT = 64;

/**
 * One event's result for one group: executed once, serialised once. `json` is undefined while the execution runs,
 * null when the result carries errors (graphql-ws's path formats and logs those), else the `payload` of the
 * graphql-ws `next` message as JSON text.
 */
export class SharedResult {
  json: string | null | undefined;
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
    this.json = result && !result.errors ? JSON.stringify(result) : null;
    const waiters = this.waiters;
    this.waiters = undefined;
    if (waiters) for (const waiter of waiters) waiter();
  }
}

/**
 * Subscribers with the same document, variables, role and merchant (see shared-execution.ts): their results for an
 * event are identical, so the group computes each once. It executes with the first subscriber's arguments; every
 * member's context is equivalent for execution (same merchant scope, same role).
 */
export class SubscriptionGroup {
  private readonly results = new Map<string, SharedResult>();
  private members = 0;
  /** Live delivery for the members that can take it (created on first use, see shared-execution.ts). */
  feed: DirectFeed | undefined;

  constructor(
    readonly key: string,
    private readonly args: ExecutionArgs,
  ) {}

  join(): void {
    this.members++;
  }

  /** Returns how many members are left. */
  leave(): number {
    return --this.members;
  }

  shared(event: SequencedEvent): SharedResult {
    let result = this.results.get(event.id);
    if (!result) {
      result = new SharedResult(execute({ ...this.args, rootValue: event }));
      this.results.set(event.id, result);
      // Insertion order = age: drop the oldest.
      if (this.results.size > RESULTS_KEPT) this.results.delete(this.results.keys().next().value!);
    }
    return result;
  }

  /** For graphql-ws's own path (replay, errors): the execution result itself. */
  resultFor(event: SequencedEvent): Promise<ExecutionResult> | ExecutionResult {
    return this.shared(event).value;
  }
}

function isPromise<T>(value: Promise<T> | T): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
