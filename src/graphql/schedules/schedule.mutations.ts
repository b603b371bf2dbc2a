import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { declareMutations, type MutationRow } from '../core/declared-mutations.js';
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
}

/** The schedule's state changes that take only its id: one mutation each, of one shape. */
const stateChange = (change: 'pause' | 'resume' | 'cancel', description: string): MutationRow => ({
  role: 'MERCHANT',
  payload: () => SchedulePayload,
  description,
  args: [['id', () => ID]],
  run: async (context: GraphQLContext, id: string) => toSchedulePayload(await context.services.schedules[change](requireScope(context), id)),
});

declareMutations(ScheduleMutations, {
  pauseSchedule: stateChange('pause', 'Stops charging until resumed; occurrences that fall in the pause are skipped.'),
  resumeSchedule: stateChange('resume', 'Resumes a PAUSED schedule with the next occurrence after now.'),
  cancelSchedule: stateChange('cancel', 'Cancels for good; waiting cycles are cancelled, a charge already in flight still settles.'),
});
