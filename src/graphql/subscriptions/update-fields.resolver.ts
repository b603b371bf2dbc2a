import type { EntityName } from '@mikro-orm/core';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Authorization } from '../../modules/authorizations/authorization.entity.js';
import { Declaration } from '../../modules/declarations/declaration.entity.js';
import { Payment } from '../../modules/payments/payment.entity.js';
import { Refund } from '../../modules/refunds/refund.entity.js';
import { Registration } from '../../modules/registrations/registration.entity.js';
import { toAuthorizationType } from '../authorizations/authorization.mapping.js';
import { AuthorizationType } from '../authorizations/authorization.types.js';
import type { GraphQLContext } from '../core/context.js';
import { toDeclarationType } from '../declarations/declaration.mapping.js';
import { DeclarationType } from '../declarations/declaration.types.js';
import { toPaymentType } from '../payments/payment.mapping.js';
import { PaymentType } from '../payments/payment.types.js';
import { toRefundType } from '../refunds/refund.mapping.js';
import { RefundType } from '../refunds/refund.types.js';
import { toRegistrationType } from '../registrations/registration.mapping.js';
import { RegistrationType } from '../registrations/registration.types.js';
import { AuthorizationUpdate, DeclarationUpdate, PaymentUpdate, RefundUpdate, RegistrationUpdate } from './update.types.js';

/** The aggregate as stored now, through the subscriber's tenant-filtered scope (never another merchant's row). */
async function load<E extends object>(context: GraphQLContext, entity: EntityName<E>, id: string): Promise<E | null> {
  if (!context.scope) return null;
  return context.scope.em.fork().findOne(entity, { id } as never);
}

@Resolver(() => PaymentUpdate)
export class PaymentUpdateFields {
  @FieldResolver(() => PaymentType, { nullable: true })
  async payment(@Root() update: PaymentUpdate, @Ctx() context: GraphQLContext): Promise<PaymentType | null> {
    const row = await load(context, Payment, update.event.aggregateId);
    return row ? toPaymentType(row) : null;
  }
}

@Resolver(() => RefundUpdate)
export class RefundUpdateFields {
  @FieldResolver(() => RefundType, { nullable: true })
  async refund(@Root() update: RefundUpdate, @Ctx() context: GraphQLContext): Promise<RefundType | null> {
    const row = await load(context, Refund, update.event.aggregateId);
    return row ? toRefundType(row) : null;
  }
}

@Resolver(() => AuthorizationUpdate)
export class AuthorizationUpdateFields {
  @FieldResolver(() => AuthorizationType, { nullable: true })
  async authorization(@Root() update: AuthorizationUpdate, @Ctx() context: GraphQLContext): Promise<AuthorizationType | null> {
    const row = await load(context, Authorization, update.event.aggregateId);
    return row ? toAuthorizationType(row) : null;
  }
}

@Resolver(() => DeclarationUpdate)
export class DeclarationUpdateFields {
  @FieldResolver(() => DeclarationType, { nullable: true })
  async declaration(@Root() update: DeclarationUpdate, @Ctx() context: GraphQLContext): Promise<DeclarationType | null> {
    const row = await load(context, Declaration, update.event.aggregateId);
    return row ? toDeclarationType(row) : null;
  }
}

@Resolver(() => RegistrationUpdate)
export class RegistrationUpdateFields {
  @FieldResolver(() => RegistrationType, { nullable: true })
  async registration(@Root() update: RegistrationUpdate, @Ctx() context: GraphQLContext): Promise<RegistrationType | null> {
    const row = await load(context, Registration, update.event.aggregateId);
    return row ? toRegistrationType(row) : null;
  }
}
