import type { Dictionary, EntityManager } from '@mikro-orm/core';
import { TENANT_SCOPED } from './entities.js';

export const TENANT_FILTER = 'tenant';

/** `merchantId: null` means "all merchants" (platform admin); anything else restricts to that merchant. */
export interface TenantFilterArgs {
  merchantId: string | null;
}

/**
 * The filter is on by default for every entity the registry names a merchant property for (entities.ts) and has no
 * default arguments, so a query on these entities through an entity manager whose scope was not set fails
 * ("No arguments provided for filter 'tenant'") instead of silently returning every tenant's rows.
 * Code that must look across tenants (API key authentication) says so with `filters: { tenant: false }`.
 */
export const tenantFilter = {
  name: TENANT_FILTER,
  default: true,
  entity: Object.keys(TENANT_SCOPED),
  cond: (args: Dictionary, _type: unknown, _em: unknown, _options: unknown, entityName: unknown): Dictionary => {
    const { merchantId } = args as TenantFilterArgs;
    if (merchantId === null) return {};
    return { [tenantPropertyOf(typeof entityName === 'string' ? entityName : String((entityName as { name?: string })?.name))]: merchantId };
  },
};

/** The property that names a tenant-scoped entity's merchant: what the filter, and statements that bypass it, restrict. */
export function tenantPropertyOf(entityName: string): string {
  const property = TENANT_SCOPED[entityName];
  if (!property) throw new Error(`tenant filter applied to an unregistered entity ${entityName}`);
  return property;
}

/** Scopes an entity manager (a per-request fork) to one merchant, or to all for a platform admin. */
export function scopeToTenant(em: EntityManager, args: TenantFilterArgs): void {
  em.setFilterParams(TENANT_FILTER, args);
}
