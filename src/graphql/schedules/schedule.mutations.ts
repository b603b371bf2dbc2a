import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toSchedulePayload } from './schedule.mapping.js';
import { CreateScheduleInput, SchedulePayload, UpdateScheduleInput } from './schedule.types.js';

@Resolver()
export class ScheduleMutations {
  @Authorized('MERCHANT')
  @Mutation(() => SchedulePayload, { description: 'Creates a recurring debit on an ACTIVE authorization. Each cycle is charged as an ordinary Payment.' })
  async createSchedule(@Ctx() context: GraphQLContext, @Arg('input', () => CreateScheduleInput) input: CreateScheduleInput): Promise<SchedulePayload> {
    return toSchedulePayload(await context.services.schedules.create(requireScope(context), input));
  }

  @Authorized('MERCHANT')
  @Mutation(() => SchedulePayload, { description: 'Changes amount (same currency), description, template, metadata, missed-cycle or dunning policy from the next cycle on.' })
  async updateSchedule(@Ctx() context: GraphQLContext, @Arg('input', () => UpdateScheduleInput) input: UpdateScheduleInput): Promise<SchedulePayload> {
    return toSchedulePayload(await context.services.schedules.update(requireScope(context), input.scheduleId, input));
  }

  @Authorized('MERCHANT')
  @Mutation(() => SchedulePayload, { description: 'Stops charging until resumed; occurrences that fall in the pause are skipped.' })
  async pauseSchedule(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<SchedulePayload> {
    return toSchedulePayload(await context.services.schedules.pause(requireScope(context), id));
  }

  @Authorized('MERCHANT')
  @Mutation(() => SchedulePayload, { description: 'Resumes a PAUSED schedule with the next occurrence after now.' })
  async resumeSchedule(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<SchedulePayload> {
    return toSchedulePayload(await context.services.schedules.resume(requireScope(context), id));
  }

  @Authorized('MERCHANT')
  @Mutation(() => SchedulePayload, { description: 'Cancels for good; waiting cycles are cancelled, a charge already in flight still settles.' })
  async cancelSchedule(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<SchedulePayload> {
    return toSchedulePayload(await context.services.schedules.cancel(requireScope(context), id));
  }
}
