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

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function ownedBy(tenant: string | null, schemas: EntitySchema<any>[]): Registered[] {
  return schemas.map((schema) => ({ schema, tenant }));
}

/**
 * Every entity, listed explicitly (no folder scanning: it behaves the same under tsx, vitest and compiled code), with
 * the property that scopes it to a merchant. A new module adds its schema here, and says whose it is.
 */
const REGISTRY: readonly Registered[] = [
  ...ownedBy('id', [MerchantSchema]),
  ...ownedBy('merchant', [MerchantCredentialSchema, ApiKeySchema]),
  // Auto Debit operations and their event log, AMS notifications, reconciliation, recurring debits.
  ...ownedBy('merchantId', [AuthorizationSchema, PaymentSchema, RefundSchema, DeclarationSchema, RegistrationSchema, GatewayEventSchema]),
  ...ownedBy('merchantId', [InboxEntrySchema, ReconciliationImportSchema, ReconciliationRowSchema, ReconciliationDiscrepancySchema]),
  ...ownedBy('merchantId', [ScheduleSchema, ScheduleCycleSchema, ScheduleChargeSchema]),
  // Admins' per-merchant rate limit overrides: platform admin data about a merchant, not the merchant's own.
  ...ownedBy(null, [MerchantRateLimitSchema]),
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ENTITIES: EntitySchema<any>[] = REGISTRY.map((entry) => entry.schema);

/** Entity name → the property that points at its merchant, for the tenant filter (tenant-filter.ts). */
export const TENANT_SCOPED: Readonly<Record<string, string>> = Object.fromEntries(
  REGISTRY.flatMap((entry) => (entry.tenant ? [[entry.schema.name, entry.tenant]] : [])),
);
