import type { ConsolePaymentFragment, PaymentFilter } from '../generated/graphql.js';

/** Whether a payment belongs in a table filtered by `filter` (the same rules the server applies). */
export function matchesFilter(payment: ConsolePaymentFragment, filter: PaymentFilter): boolean {
  if (filter.status && payment.status !== filter.status) return false;
  if (filter.authorizationId && payment.authorizationId !== filter.authorizationId) return false;
  if (filter.createdAfter && payment.createdAt < filter.createdAfter) return false;
  if (filter.createdBefore && payment.createdAt >= filter.createdBefore) return false;
  return true;
}

/**
 * A live update applied to the rows shown: a known payment is replaced in place (its status changes where it is); an
 * unknown one is added on top when the first page is shown and it passes the filter; one that no longer passes it
 * stays until the next load, so a row never vanishes under the reader's cursor.
 */
export function applyUpdate(rows: ConsolePaymentFragment[], payment: ConsolePaymentFragment, filter: PaymentFilter, firstPage: boolean): ConsolePaymentFragment[] {
  const index = rows.findIndex((row) => row.id === payment.id);
  if (index >= 0) {
    const current = rows[index];
    // Events can be delivered after a fresher answer (a refetch); keep the newer state.
    if (current && current.updatedAt > payment.updatedAt) return rows;
    const next = rows.slice();
    next[index] = payment;
    return next;
  }
  if (!firstPage || !matchesFilter(payment, filter)) return rows;
  return [payment, ...rows].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
