import { execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { SequencedEvent } from '../../modules/events/event-sequencer.js';
import type { DirectFeed, ResultSource } from './direct-feed.js';
import { SharedResult } from './shared-result.js';

/** Recent events whose result a group keeps: every subscriber reads an event within moments of the first. */
const RESULTS_KEPT = 64;

/**
 * Subscribers with the same document, variables, role and merchant (see shared-execution.ts): their results for an
 * event are identical, so the group computes each once. It executes with the first subscriber's arguments; every
 * member's context is equivalent for execution (same merchant scope, same role).
 */
export class SubscriptionGroup implements ResultSource {
  private readonly results = new LRUCache<string, SharedResult>({ max: RESULTS_KEPT });
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
    }
    return result;
  }

  /** For graphql-ws's own path (replay, errors): the execution result itself. */
  resultFor(event: SequencedEvent): Promise<ExecutionResult> | ExecutionResult {
    return this.shared(event).value;
  }
}
