import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Schedule } from '../../modules/schedules/schedule.entity.js';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toConnection } from '../core/connection.js';
import { PageArgs, pageRequest } from '../operations/list-args.js';
import { currentAggregateResolverOf } from '../subscriptions/update-fields.resolver.js';
import { toPaymentType } from '../payments/payment.mapping.js';
import { PaymentType } from '../payments/payment.types.js';
import { toScheduleChargeType, toScheduleCycleType, toScheduleType } from './schedule.mapping.js';
import { ScheduleChargeType, ScheduleCycleConnection, ScheduleCycleType, ScheduleType, ScheduleUpdate } from './schedule.types.js';

@Resolver(() => ScheduleType)
export class ScheduleFields {
  @FieldResolver(() => ScheduleCycleConnection, { description: 'Its cycles in cycle order.' })
  async cycles(@Ctx() context: GraphQLContext, @Root() schedule: ScheduleType, @Args(() => PageArgs) page: PageArgs): Promise<ScheduleCycleConnection> {
    const result = await context.services.schedules.listCycles(requireScope(context), { scheduleId: schedule.id }, pageRequest(page));
    return toConnection(ScheduleCycleConnection, result, toScheduleCycleType);
  }
}

@Resolver(() => ScheduleCycleType)
export class ScheduleCycleFields {
  @FieldResolver(() => [ScheduleChargeType], { description: 'Its charge attempts, first first.' })
  async charges(@Ctx() context: GraphQLContext, @Root() cycle: ScheduleCycleType): Promise<ScheduleChargeType[]> {
    return (await context.services.schedules.chargesOfCycle(requireScope(context), cycle.id)).map(toScheduleChargeType);
  }
}

@Resolver(() => ScheduleChargeType)
export class ScheduleChargeFields {
  @FieldResolver(() => PaymentType, { nullable: true, description: 'The attempt’s Payment (inquiry, refund, cancel work on it as on any payment).' })
  async payment(@Ctx() context: GraphQLContext, @Root() charge: ScheduleChargeType): Promise<PaymentType | null> {
    const found = await context.services.payments.find(requireScope(context), { paymentRequestId: charge.paymentRequestId });
    return found ? toPaymentType(found) : null;
  }
}

/** The link from an ordinary Payment back to the schedule and cycle it charged (null for other payments). */
@Resolver(() => PaymentType)
export class PaymentScheduleFields {
  @FieldResolver(() => ScheduleChargeType, { nullable: true, description: 'Set when a schedule made this payment: its schedule, cycle and attempt.' })
  async scheduleCharge(@Ctx() context: GraphQLContext, @Root() payment: PaymentType): Promise<ScheduleChargeType | null> {
    const charge = await context.services.schedules.chargeOfPayment(requireScope(context), payment.paymentRequestId);
    return charge ? toScheduleChargeType(charge) : null;
  }
}

export const ScheduleUpdateFields = currentAggregateResolverOf({
  update: ScheduleUpdate,
  field: 'schedule',
  node: ScheduleType,
  entity: Schedule,
  toNode: toScheduleType,
});
