import type { NonEmptyArray } from 'type-graphql';
import { ApiKeyResolver } from './access/api-key.resolver.js';
import { ViewerResolver } from './access/viewer.resolver.js';
import { MerchantMutations } from './merchants/merchant.mutations.js';
import { MerchantQueries } from './merchants/merchant.queries.js';
import { AuthorizationMutations } from './authorizations/authorization.mutations.js';
import { AuthorizationQueries } from './authorizations/authorization.queries.js';
import { DeclarationResolver } from './declarations/declaration.resolver.js';
import { EventQueries } from './events/event.queries.js';
import { PaymentMutations } from './payments/payment.mutations.js';
import { PaymentQueries } from './payments/payment.queries.js';
import { RateLimitResolver } from './rate-limits/rate-limit.resolver.js';
import { ReconciliationResolver } from './reconciliation/reconciliation.resolver.js';
import { PaymentRefundFields } from './refunds/payment-refund-fields.resolver.js';
import { RefundResolver } from './refunds/refund.resolver.js';
import { RegistrationResolver } from './registrations/registration.resolver.js';
import { JobsQueries } from './admin/jobs.queries.js';
import { ManualResolutionMutations } from './admin/manual-resolution.mutations.js';
import { KeyRotationResolver } from './admin/key-rotation.resolver.js';
import {
  AuthorizationSubscription,
  DeclarationSubscription,
  PaymentSubscription,
  RefundSubscription,
  RegistrationSubscription,
  SubscriptionResolver,
} from './subscriptions/subscription.resolver.js';
import { WebhookMutations } from './webhooks/webhook.mutations.js';
import { WebhookQueries } from './webhooks/webhook.queries.js';
import { ScheduleMutations } from './schedules/schedule.mutations.js';
import { ScheduleQueries } from './schedules/schedule.queries.js';
import { ScheduleSubscription } from './schedules/schedule.subscription.js';
import { PaymentScheduleFields, ScheduleChargeFields, ScheduleCycleFields, ScheduleFields, ScheduleUpdateFields } from './schedules/schedule-fields.resolver.js';
import {
  AuthorizationUpdateFields,
  DeclarationUpdateFields,
  PaymentUpdateFields,
  RefundUpdateFields,
  RegistrationUpdateFields,
} from './subscriptions/update-fields.resolver.js';

/**
 * Every resolver class of the schema, listed explicitly. A new module adds its resolvers here (and its types are
 * picked up through them); `npm run schema` then updates schema/schema.graphql.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  ViewerResolver,
  MerchantQueries,
  MerchantMutations,
  ApiKeyResolver,
  // Auto Debit operations (ops).
  AuthorizationQueries,
  AuthorizationMutations,
  PaymentQueries,
  PaymentMutations,
  RefundResolver,
  PaymentRefundFields,
  DeclarationResolver,
  RegistrationResolver,
  EventQueries,
  // Live subscriptions (notify).
  SubscriptionResolver,
  PaymentSubscription,
  RefundSubscription,
  AuthorizationSubscription,
  DeclarationSubscription,
  RegistrationSubscription,
  PaymentUpdateFields,
  RefundUpdateFields,
  AuthorizationUpdateFields,
  DeclarationUpdateFields,
  RegistrationUpdateFields,
  // Reliability engine (admin).
  JobsQueries,
  ManualResolutionMutations,
  KeyRotationResolver,
  // Reconciliation against Antom report files (admin).
  ReconciliationResolver,
  // Rate limits (hardening).
  RateLimitResolver,
  // Outgoing webhooks to merchants' backends.
  WebhookQueries,
  WebhookMutations,
  // Recurring debits (schedules).
  ScheduleQueries,
  ScheduleMutations,
  ScheduleFields,
  ScheduleCycleFields,
  ScheduleChargeFields,
  PaymentScheduleFields,
  ScheduleSubscription,
  ScheduleUpdateFields,
];
