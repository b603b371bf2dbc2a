import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { AggregateType } from '../../modules/events/event.entity.js';
import { encodeCursor } from '../../modules/pagination.js';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toConnection } from '../core/connection.js';
import { pageRequest } from '../operations/list-args.js';
import { AggregateTypeEnum, EventConnection, EventRecordType } from './event.types.js';

@Resolver()
export class EventQueries {
  @Authorized()
  @Query(() => EventConnection, { description: 'The event log, oldest first, after a cursor; merchants see their own, admins all.' })
  async events(
    @Ctx() context: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('aggregateId', () => ID, { nullable: true }) aggregateId: string | null,
    @Arg('aggregateType', () => AggregateTypeEnum, { nullable: true }) aggregateType: AggregateType | null,
  ): Promise<EventConnection> {
    const page = pageRequest({ first, after });
    const result = await context.services.events.list(requireScope(context), { ...page, aggregateId, aggregateType });
    return toConnection(EventConnection, result, (e) => Object.assign(new EventRecordType(), { ...e, cursor: encodeCursor(e.id) }));
  }
}
