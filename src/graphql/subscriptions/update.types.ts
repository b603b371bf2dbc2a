import { Field, ObjectType } from 'type-graphql';
import type { SequencedEvent } from '../../modules/events/event-sequencer.js';
import { encodeCursor } from '../../modules/pagination.js';
import { AuthorizationType } from '../authorizations/authorization.types.js';
import { DeclarationType } from '../declarations/declaration.types.js';
import { EventRecordType } from '../events/event.types.js';
import { PaymentType } from '../payments/payment.types.js';
import { RefundType } from '../refunds/refund.types.js';
import { RegistrationType } from '../registrations/registration.types.js';

export function toEventNode(event: SequencedEvent): EventRecordType {
  return Object.assign(new EventRecordType(), { ...event, cursor: encodeCursor(event.id) });
}

// One change pushed to a subscriber: the event (with its resume cursor) and, when selected, the aggregate as it is
// now (read only when the field is asked for, so event-only subscribers cost no extra query). The two common fields
// are repeated per class: type-graphql 2 has no abstract object types to inherit them from.
const CURSOR = { description: 'Pass as `after` when subscribing again to resume right after this event.' };

@ObjectType({ description: 'A payment changed (or an anomaly was recorded for it).', simpleResolvers: true })
export class PaymentUpdate {
  @Field(() => String, CURSOR)
  cursor!: string;

  @Field(() => EventRecordType)
  event!: EventRecordType;

  @Field(() => PaymentType, { nullable: true, description: 'The payment as stored now.' })
  payment?: PaymentType | null;
}

@ObjectType({ description: 'A refund changed.', simpleResolvers: true })
export class RefundUpdate {
  @Field(() => String, CURSOR)
  cursor!: string;

  @Field(() => EventRecordType)
  event!: EventRecordType;

  @Field(() => RefundType, { nullable: true })
  refund?: RefundType | null;
}

@ObjectType({ description: 'An authorization changed (authCode received, tokens issued, refreshed, revoked).', simpleResolvers: true })
export class AuthorizationUpdate {
  @Field(() => String, CURSOR)
  cursor!: string;

  @Field(() => EventRecordType)
  event!: EventRecordType;

  @Field(() => AuthorizationType, { nullable: true })
  authorization?: AuthorizationType | null;
}

@ObjectType({ description: 'A customs declaration changed.', simpleResolvers: true })
export class DeclarationUpdate {
  @Field(() => String, CURSOR)
  cursor!: string;

  @Field(() => EventRecordType)
  event!: EventRecordType;

  @Field(() => DeclarationType, { nullable: true })
  declaration?: DeclarationType | null;
}

@ObjectType({ description: 'A secondary-merchant registration changed.', simpleResolvers: true })
export class RegistrationUpdate {
  @Field(() => String, CURSOR)
  cursor!: string;

  @Field(() => EventRecordType)
  event!: EventRecordType;

  @Field(() => RegistrationType, { nullable: true })
  registration?: RegistrationType | null;
}

export function toUpdate<T extends { cursor: string; event: EventRecordType }>(Class: new () => T, event: SequencedEvent): T {
  return Object.assign(new Class(), { cursor: encodeCursor(event.id), event: toEventNode(event) });
}
