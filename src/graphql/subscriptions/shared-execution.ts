import { createSourceEventStream, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { SequencedEvent } from '../../modules/events/event-sequencer.js';
import type { GraphQLContext } from '../core/context.js';
import { DirectFeed } from './direct-feed.js';
import { EventIterator } from './event-iterator.js';
import { SubscriptionGroup } from './subscription-group.js';

/**
 * graphql-ws's `subscribe`, with the per-event work shared. Subscribers with the same document, variables, role and
 * merchant get the SAME result for the same event (the result depends on nothing else: the root is the event, and any
 * aggregate field is read through a scope of that same merchant), so a `SubscriptionGroup` executes and serialises it
 * once. Live events then skip graphql-ws's per-subscriber machinery: the group's `DirectFeed` writes the ready-made
 * `next` message to each member's socket. Replayed events, and any result carrying errors, go through graphql-ws.
 */
export class SharedSubscriptionExecution {
  private readonly groups = new Map<string, SubscriptionGroup>();
  /** Documents are shared between subscribers (see websocket.ts), so their printed text is too. */
  private readonly printed = new WeakMap<object, string>();

  readonly subscribe = async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source as ExecutionResult;
    const group = this.join(args);
    const leave = once(() => {
      if (group.leave() === 0) this.groups.delete(group.key);
    });
    const context = args.contextValue as GraphQLContext | undefined;
    const connection = context?.connection;
    if (source instanceof EventIterator && connection?.direct && context) {
      group.feed ??= new DirectFeed(context.services.eventHub, group);
      source.useDirectTarget(group.feed.targetFor(connection.direct));
    }
    return mapIterator(source as AsyncIterableIterator<SequencedEvent>, (event) => group.resultFor(event), leave);
  };

  private join(args: ExecutionArgs): SubscriptionGroup {
    const context = args.contextValue as GraphQLContext | undefined;
    let text = this.printed.get(args.document);
    if (text === undefined) {
      text = print(args.document);
      this.printed.set(args.document, text);
    }
    const key = [
      text,
      args.operationName ?? '',
      JSON.stringify(args.variableValues ?? {}),
      context?.auth?.role ?? '-',
      context?.auth?.merchantId ?? '*',
    ].join('\u0000');
    let group = this.groups.get(key);
    if (!group) {
      // Executed with a context of its own: the first subscriber's would keep its socket alive as long as the group.
      group = new SubscriptionGroup(key, { ...args, contextValue: context?.forGroup?.() ?? context });
      this.groups.set(key, group);
    }
    group.join();
    return group;
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterableIterator<unknown> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] === 'function';
}

function once(fn: () => void): () => void {
  let called = false;
  return () => {
    if (called) return;
    called = true;
    fn();
  };
}

/** Maps an async iterator; `return()` reaches the source, so an unsubscribe ends the event stream at once. */
function mapIterator<T, R>(source: AsyncIterableIterator<T>, map: (value: T) => Promise<R> | R, onEnd: () => void): AsyncIterableIterator<R> {
  const iterator: AsyncIterableIterator<R> = {
    async next() {
      const step = await source.next();
      if (step.done) {
        onEnd();
        return { done: true, value: undefined };
      }
      return { done: false, value: await map(step.value) };
    },
    async return() {
      onEnd();
      await source.return?.();
      return { done: true, value: undefined };
    },
    async throw(error?: unknown) {
      onEnd();
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
