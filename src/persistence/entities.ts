import type { EntitySchema } from '@mikro-orm/core';
import { ApiKeySchema } from '../modules/access/api-key.entity.js';
import { MerchantCredentialSchema } from '../modules/merchants/merchant-credential.entity.js';
import { MerchantSchema } from '../modules/merchants/merchant.entity.js';
import { AuthorizationSchema } from '../modules/authorizations/authorization.entity.js';
import { DeclarationSchema } from '../modules/declarations/declaration.entity.js';
import { GatewayEventSchema } from '../modules/events/event.entity.js';
import { PaymentSchema } from '../modules/payments/payment.entity.js';
import { RefundSchema } from '../modules/refunds/refund.entity.js';
import { InboxEntrySchema } from '../modules/inbox/inbox.entity.js';
import { RegistrationSchema } from '../modules/registrations/registration.entity.js';
import { ReconciliationDiscrepancySchema } from '../modules/reconciliation/reconciliation-discrepancy.entity.js';
import { ReconciliationImportSchema } from '../modules/reconciliation/reconciliation-import.entity.js';
import { ReconciliationRowSchema } from '../modules/reconciliation/reconciliation-row.entity.js';
import { MerchantRateLimitSchema } from '../modules/rate-limits/merchant-rate-limit.entity.js';
import { ScheduleChargeSchema } from '../modules/schedules/charge.entity.js';
import { ScheduleCycleSchema } from '../modules/schedules/cycle.entity.js';
import { ScheduleSchema } from '../modules/schedules/schedule.entity.js';

/**
 * Every entity, listed explicitly (no folder scanning: it behaves the same under tsx, vitest and compiled code).
 * A new module adds its schema here, and to TENANT_SCOPED in tenant-filter.ts if it belongs to a merchant.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ENTITIES: EntitySchema<any>[] = [
  MerchantSchema,
  MerchantCredentialSchema,
  ApiKeySchema,
  // Auto Debit operations and their event log (the ops module).
  AuthorizationSchema,
  PaymentSchema,
  RefundSchema,
  DeclarationSchema,
  RegistrationSchema,
  GatewayEventSchema,
  // AMS notifications (notify module).
  InboxEntrySchema,
  // Reconciliation (imported Antom report files).
  ReconciliationImportSchema,
  ReconciliationRowSchema,
  ReconciliationDiscrepancySchema,
  // Admins' per-merchant rate limit overrides.
  MerchantRateLimitSchema,
  // Recurring debits (schedules module).
  ScheduleSchema,
  ScheduleCycleSchema,
  ScheduleChargeSchema,
];
