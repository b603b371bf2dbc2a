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

/** An entity and the property that names its merchant (`null`: it belongs to no tenant). */
interface Registered {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  schema: EntitySchema<any>;
  tenant: string | null;
}

/**
 * Every entity, listed explicitly (no folder scanning: it behaves the same under tsx, vitest and compiled code), with
 * the property that scopes it to a merchant. A new module adds its schema here, and says whose it is.
 */
const REGISTRY: readonly Registered[] = [
  { schema: MerchantSchema, tenant: 'id' },
  { schema: MerchantCredentialSchema, tenant: 'merchant' },
  { schema: ApiKeySchema, tenant: 'merchant' },
  // Auto Debit operations and their event log (the ops module).
  { schema: AuthorizationSchema, tenant: 'merchantId' },
  { schema: PaymentSchema, tenant: 'merchantId' },
  { schema: RefundSchema, tenant: 'merchantId' },
  { schema: DeclarationSchema, tenant: 'merchantId' },
  { schema: RegistrationSchema, tenant: 'merchantId' },
  { schema: GatewayEventSchema, tenant: 'merchantId' },
  // AMS notifications (notify module).
  { schema: InboxEntrySchema, tenant: 'merchantId' },
  // Reconciliation (imported Antom report files).
  { schema: ReconciliationImportSchema, tenant: 'merchantId' },
  { schema: ReconciliationRowSchema, tenant: 'merchantId' },
  { schema: ReconciliationDiscrepancySchema, tenant: 'merchantId' },
  // Admins' per-merchant rate limit overrides: platform admin data about a merchant, not the merchant's own.
  { schema: MerchantRateLimitSchema, tenant: null },
  // Recurring debits (schedules module).
  { schema: ScheduleSchema, tenant: 'merchantId' },
  { schema: ScheduleCycleSchema, tenant: 'merchantId' },
  { schema: ScheduleChargeSchema, tenant: 'merchantId' },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ENTITIES: EntitySchema<any>[] = REGISTRY.map((entry) => entry.schema);

/** Entity name → the property that points at its merchant, for the tenant filter (tenant-filter.ts). */
export const TENANT_SCOPED: Readonly<Record<string, string>> = Object.fromEntries(
  REGISTRY.flatMap((entry) => (entry.tenant ? [[entry.schema.name, entry.tenant]] : [])),
);
