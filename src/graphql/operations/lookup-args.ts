import { ArgsType, Field, ID } from 'type-graphql';

/** `id` plus each of `keys`, all optional: the arguments of a query that finds one record by whichever key is given. */
export type LookupArgs<K extends string> = { id?: string | null } & { [P in K]?: string | null };

/**
 * The arguments `id: ID` and one `String` per key, in that order, for a lookup query such as
 * `payment(id, paymentRequestId, amsPaymentId)`; the service decides which given key wins.
 */
export function lookupArgsOf<K extends string>(...keys: K[]): new () => LookupArgs<K> {
  @ArgsType()
  class Lookup {
    @Field(() => ID, { nullable: true })
    id?: string | null;
  }
  for (const key of keys) Field(() => String, { nullable: true })(Lookup.prototype, key);
  return Lookup as new () => LookupArgs<K>;
}
