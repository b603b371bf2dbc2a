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
}

/** The schedule's state changes that take only its id: one mutation each, of one shape. */
const STATE_CHANGES = {
  pauseSchedule: { change: 'pause', description: 'Stops charging until resumed; occurrences that fall in the pause are skipped.' },
  resumeSchedule: { change: 'resume', description: 'Resumes a PAUSED schedule with the next occurrence after now.' },
  cancelSchedule: { change: 'cancel', description: 'Cancels for good; waiting cycles are cancelled, a charge already in flight still settles.' },
} as const;

// Declared as type-graphql's decorators would declare written methods (core/fields.ts declares fields the same way).
for (const [name, { change, description }] of Object.entries(STATE_CHANGES)) {
  const prototype = ScheduleMutations.prototype as unknown as Record<string, unknown>;
  prototype[name] = async (context: GraphQLContext, id: string): Promise<SchedulePayload> =>
    toSchedulePayload(await context.services.schedules[change](requireScope(context), id));
  const method = Object.getOwnPropertyDescriptor(prototype, name)!;
  Authorized('MERCHANT')(prototype, name, method);
  Mutation(() => SchedulePayload, { description })(prototype, name, method);
  Ctx()(prototype, name, 0);
  Arg('id', () => ID)(prototype, name, 1);
}
