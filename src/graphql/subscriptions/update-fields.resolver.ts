import type { EntityName } from '@mikro-orm/core';
import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
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
import type { AggregateUpdate } from './aggregate-update.js';
import { AuthorizationUpdate, DeclarationUpdate, PaymentUpdate, RefundUpdate, RegistrationUpdate } from './update.types.js';

/** How an update's aggregate field (`field`, the update type's `current` property) reads the aggregate. */
export interface CurrentAggregateSpec<E extends object, N extends object> {
  update: ClassType<AggregateUpdate>;
  field: string;
  node: ClassType<N>;
  entity: EntityName<E>;
  toNode: (row: E) => N;
}

/**
 * The resolver of an update's aggregate as stored now, read through the subscriber's tenant-filtered scope (never
 * another merchant's row) and only when the field is selected.
 */
export function currentAggregateResolverOf<E extends object, N extends object>(spec: CurrentAggregateSpec<E, N>) {
  @Resolver(() => spec.update)
  class CurrentAggregateFields {
    // `name` ties this method to the update type's `current` property, declared under the same GraphQL name.
    @FieldResolver(() => spec.node, { name: spec.field, nullable: true })
    async current(@Root() update: AggregateUpdate, @Ctx() context: GraphQLContext): Promise<N | null> {
      if (!context.scope) return null;
      const row = await context.scope.em.fork().findOne(spec.entity, { id: update.event.aggregateId } as never);
      return row ? spec.toNode(row) : null;
    }
  }
  return CurrentAggregateFields;
}

export const PaymentUpdateFields = currentAggregateResolverOf({
  update: PaymentUpdate,
  field: 'payment',
  node: PaymentType,
  entity: Payment,
  toNode: toPaymentType,
});
export const RefundUpdateFields = currentAggregateResolverOf({
  update: RefundUpdate,
  field: 'refund',
  node: RefundType,
  entity: Refund,
  toNode: toRefundType,
});
export const AuthorizationUpdateFields = currentAggregateResolverOf({
  update: AuthorizationUpdate,
  field: 'authorization',
  node: AuthorizationType,
  entity: Authorization,
  toNode: toAuthorizationType,
});
export const DeclarationUpdateFields = currentAggregateResolverOf({
  update: DeclarationUpdate,
  field: 'declaration',
  node: DeclarationType,
  entity: Declaration,
  toNode: toDeclarationType,
});
export const RegistrationUpdateFields = currentAggregateResolverOf({
  update: RegistrationUpdate,
  field: 'registration',
  node: RegistrationType,
  entity: Registration,
  toNode: toRegistrationType,
});
