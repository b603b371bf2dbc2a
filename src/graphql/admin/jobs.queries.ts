import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { gatewayError } from '../core/error-codes.js';
import { JobsOverviewType, OutboundLaneType } from './jobs.types.js';

@Resolver()
export class JobsQueries {
  @Authorized('PLATFORM_ADMIN')
  @Query(() => JobsOverviewType, { description: 'Durable jobs: pending / active / completed counts per queue (failed: as of pg-boss\'s last state check), dead letters, and the sync jobs this instance enqueued most recently (admin only).' })
  async jobs(@Ctx() context: GraphQLContext, @Arg('recent', () => Int, { defaultValue: 20 }) recent: number): Promise<JobsOverviewType> {
    if (recent < 0 || recent > 200) throw gatewayError('BAD_USER_INPUT', 'recent must be between 0 and 200');
    requireScope(context);
    const stats = await context.services.jobStats.read(recent);
    return Object.assign(new JobsOverviewType(), stats);
  }

  @Authorized('PLATFORM_ADMIN')
  @Query(() => [OutboundLaneType], { description: "Per-merchant in-flight calls toward AMS and circuit breaker state, in the instance answering (admin only)." })
  outbound(@Ctx() context: GraphQLContext): OutboundLaneType[] {
    requireScope(context);
    return context.services.outbound.status().map((lane) => Object.assign(new OutboundLaneType(), lane));
  }
}
