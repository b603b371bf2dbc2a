import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { GraphQLContext } from '../core/context.js';

const CACHE_LIMIT = 2_048;

/**
 * graphql-ws's `subscribe`, with one change: the per-event execution is shared. Without it every subscriber runs
 * the whole GraphQL execution for every event — at 10 000 subscribers that, not the database, is the fan-out cost.
 * Subscribers with the same document, variables, role and merchant get the SAME result object for the same event
 * (the result depends on nothing else: the root is the event, and any aggregate field is read through a scope of that
 * same merchant), so it is executed once and each subscriber only serialises and sends it.
 */
export class SharedSubscriptionExecution {
  private readonly results = new Map<string, Promise<ExecutionResult> | ExecutionResult>();
  /** Documents are shared between subscribers (see websocket.ts), so their printed text is too. */
  private readonly printed = new WeakMap<object, string>();

  readonly subscribe = async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source as ExecutionResult;
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
    return mapIterator(source, (event) => this.resultFor(event, key, args));
  };

  private resultFor(event: unknown, key: string, args: ExecutionArgs): Promise<ExecutionResult> | ExecutionResult {
    const id = (event as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return execute({ ...args, rootValue: event });
    const cacheKey = `${id}\u0000${key}`;
    let result = this.results.get(cacheKey);
    if (!result) {
      result = execute({ ...args, rootValue: event });
      this.results.set(cacheKey, result);
      // Insertion order = age: drop the oldest. Every subscriber reads an event within moments of the first.
      if (this.results.size > CACHE_LIMIT) this.results.delete(this.results.keys().next().value!);
    }
    return result;
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterableIterator<unknown> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] === 'function';
}

/** Maps an async iterator; `return()` reaches the source, so an unsubscribe ends the event stream at once. */
function mapIterator<T, R>(source: AsyncIterableIterator<T>, map: (value: T) => Promise<R> | R): AsyncIterableIterator<R> {
  const iterator: AsyncIterableIterator<R> = {
    async next() {
      const step = await source.next();
      if (step.done) return { done: true, value: undefined };
      return { done: false, value: await map(step.value) };
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    async throw(error?: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
