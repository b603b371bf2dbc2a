import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export type ReplayCheck<E> = { kind: 'new' } | { kind: 'replay'; record: E } | { kind: 'mismatch'; field: string };

interface Keyed {
  merchantId: string;
  idempotencyKey: string | null;
  inputHash: string;
}

/**
 * Looks for an earlier record created with the same idempotency key, or with the same caller-chosen AMS request id
 * (the AMS idempotency key itself). Same input hash ⇒ replay the stored record; different ⇒ mismatch.
 */
export async function checkReplay<E extends Keyed>(
  em: EntityManager,
  entityName: EntityName<E>,
  merchantId: string,
  inputHash: string,
  keys: { idempotencyKey: string | null; requestIdField: string; requestId: string | null },
): Promise<ReplayCheck<E>> {
  const candidates: [string, Record<string, string>][] = [];
  if (keys.idempotencyKey !== null) candidates.push(['idempotencyKey', { idempotencyKey: keys.idempotencyKey }]);
  if (keys.requestId !== null) candidates.push([keys.requestIdField, { [keys.requestIdField]: keys.requestId }]);
  for (const [field, where] of candidates) {
    const existing = await em.findOne(entityName, { merchantId, ...where } as never, { refresh: true });
    if (existing) return existing.inputHash === inputHash ? { kind: 'replay', record: existing } : { kind: 'mismatch', field };
  }
  return { kind: 'new' };
}

export function mismatchMessage(field: string): string {
  return field === 'idempotencyKey'
    ? 'idempotencyKey was already used with different parameters; use a new key for a different operation'
    : `${field} was already used with different parameters; use a new ${field}`;
}
