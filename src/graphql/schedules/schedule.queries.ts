import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toConnection } from '../core/connection.js';
import { listConnection, PageArgs, pageRequest } from '../operations/list-args.js';
import { toScheduleCycleType, toScheduleType } from './schedule.mapping.js';
import { ScheduleConnection, ScheduleCycleConnection, ScheduleCycleFilter, ScheduleCycleType, ScheduleFilter, ScheduleType } from './schedule.types.js';

@Resolver()
export class ScheduleQueries {
  @Authorized()
  @Query(() => ScheduleType, { nullable: true })
  async schedule(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<ScheduleType | null> {
    const found = await context.services.schedules.find(requireScope(context), id);
    return found ? toScheduleType(found) : null;
  }

  @Authorized()
  @Query(() => ScheduleConnection, { description: 'Newest first.' })
  schedules(
    @Ctx() context: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ScheduleFilter, { nullable: true }) filter: ScheduleFilter | null,
  ): Promise<ScheduleConnection> {
    const query = { connection: ScheduleConnection, toNode: toScheduleType, filter, page };
    return listConnection(query, (f, p) => context.services.schedules.list(requireScope(context), f, p));
  }

  @Authorized()
  @Query(() => ScheduleCycleType, { nullable: true })
  async scheduleCycle(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<ScheduleCycleType | null> {
    const found = await context.services.schedules.findCycle(requireScope(context), id);
    return found ? toScheduleCycleType(found) : null;
  }

  @Authorized()
  @Query(() => ScheduleCycleConnection, { description: 'One schedule’s cycles in cycle order; without scheduleId every cycle, newest first.' })
  async scheduleCycles(
    @Ctx() context: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('scheduleId', () => ID, { nullable: true }) scheduleId: string | null,
    @Arg('filter', () => ScheduleCycleFilter, { nullable: true }) filter: ScheduleCycleFilter | null,
  ): Promise<ScheduleCycleConnection> {
    const result = await context.services.schedules.listCycles(requireScope(context), { scheduleId, status: filter?.status ?? null }, pageRequest(page));
    return toConnection(ScheduleCycleConnection, result, toScheduleCycleType);
  }
}
