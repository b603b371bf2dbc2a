import { Arg, Authorized, Ctx, Mutation, type ArgOptions } from 'type-graphql';
import type { GraphQLContext } from './context.js';
import type { Role } from '../../modules/access/roles.js';

/** A GraphQL type as type-graphql's decorators take it (`() => ID`, `() => PaymentStatusEnum`). */
type TypeFunc = Parameters<typeof Arg>[1];

/** One mutation of a table: who may call it, what it answers, its arguments after the context, and what it does. */
export interface MutationRow {
  role: Role;
  payload: TypeFunc;
  description: string;
  args: ReadonlyArray<readonly [name: string, type: TypeFunc, options?: ArgOptions]>;
  /** The resolver: the request's context, then the arguments in the order of `args`. */
  run: (context: GraphQLContext, ...args: never[]) => Promise<unknown>;
}

/**
 * Declares each row as a mutation of `resolver`, exactly as type-graphql's decorators declare a written method
 * (`@Authorized(role) @Mutation(payload, { description }) name(@Ctx() context, @Arg(…) a, …)`; core/fields.ts declares
 * fields the same way): for mutations that differ only in their data, one row each instead of a method each.
 */
export function declareMutations(resolver: abstract new () => object, rows: Record<string, MutationRow>): void {
  const prototype = resolver.prototype as Record<string, unknown>;
  for (const [name, row] of Object.entries(rows)) {
    const run = row.run as (context: GraphQLContext, ...args: unknown[]) => Promise<unknown>;
    prototype[name] = (context: GraphQLContext, ...args: unknown[]) => run(context, ...args);
    const method = Object.getOwnPropertyDescriptor(prototype, name)!;
    Authorized(row.role)(prototype, name, method);
    Mutation(row.payload, { description: row.description })(prototype, name, method);
    Ctx()(prototype, name, 0);
    row.args.forEach(([argName, type, options], i) => Arg(argName, type, options ?? {})(prototype, name, i + 1));
  }
}
