import { Field, ObjectType } from 'type-graphql';
import type { SequencedEvent } from '../../modules/events/event-sequencer.js';
import { encodeCursor } from '../../modules/pagination.js';
import { AuthorizationType } from '../authorizations/authorization.types.js';
import { DeclarationType } from '../declarations/declaration.types.js';
import { EventRecordType } from '../events/event.types.js';
import { PaymentType } from '../payments/payment.types.js';
import { RefundType } from '../refunds/refund.types.js';
import { RegistrationType } from '../registrations/registration.types.js';
import { AggregateUpdate } from './aggregate-update.js';

export function toEventNode(event: SequencedEvent): EventRecordType {
  return Object.assign(new EventRecordType(), { ...event, cursor: encodeCursor(event.id) });
}

@ObjectType({ description: 'A payment changed (or an anomaly was recorded for it).', simpleResolvers: true })
export class PaymentUpdate extends AggregateUpdate {
  @Field(() => PaymentType, { name: 'payment', nullable: true, description: 'The payment as stored now.' })
  current?: PaymentType | null;
}

@ObjectType({ description: 'A refund changed.', simpleResolvers: true })
export class RefundUpdate extends AggregateUpdate {
  @Field(() => RefundType, { name: 'refund', nullable: true })
  current?: RefundType | null;
}

@ObjectType({ description: 'An authorization changed (authCode received, tokens issued, refreshed, revoked).', simpleResolvers: true })
export class AuthorizationUpdate extends AggregateUpdate {
  @Field(() => AuthorizationType, { name: 'authorization', nullable: true })
  current?: AuthorizationType | null;
}

@ObjectType({ description: 'A customs declaration changed.', simpleResolvers: true })
export class DeclarationUpdate extends AggregateUpdate {
  @Field(() => DeclarationType, { name: 'declaration', nullable: true })
  current?: DeclarationType | null;
}

@ObjectType({ description: 'A secondary-merchant registration changed.', simpleResolvers: true })
export class RegistrationUpdate extends AggregateUpdate {
  @Field(() => RegistrationType, { name: 'registration', nullable: true })
  current?: RegistrationType | null;
}

export function toUpdate<T extends AggregateUpdate>(Class: new () => T, event: SequencedEvent): T {
  return Object.assign(new Class(), { cursor: encodeCursor(event.id), event: toEventNode(event) });
}
