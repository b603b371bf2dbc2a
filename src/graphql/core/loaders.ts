import DataLoader from 'dataloader';
import type { RefundTotals } from '../../modules/refunds/refund-rules.js';
import { requireScope, type GraphQLContext } from './context.js';

/**
 * Batches the nested fields of a list into one query per relation (Saleor's dataloaders, Vendure's per-request
 * memoisation). No memo across batches (`cache: false`): a subscription's context lives for many events and a
 * request may read after its own mutation, and a stale total would be a wrong answer. Batching is what removes the
 * N+1: every field of a page resolves in the same tick, so one batch covers the page.
 */
export interface Loaders {
  /** Refund totals by payment id; null for a payment not visible to the caller. */
  refundTotals: DataLoader<string, RefundTotals | null>;
}

const loadersByContext = new WeakMap<GraphQLContext, Loaders>();

function createLoaders(context: GraphQLContext): Loaders {
  return {
    refundTotals: new DataLoader(
      async (paymentIds: readonly string[]) => {
        const totals = await context.services.refunds.totalsFor(requireScope(context), paymentIds);
        return paymentIds.map((id) => totals.get(id) ?? null);
      },
      { cache: false },
    ),
  };
}

/** The loaders of this context, made on first use. */
export function loadersOf(context: GraphQLContext): Loaders {
  let loaders = loadersByContext.get(context);
  if (!loaders) {
    loaders = createLoaders(context);
    loadersByContext.set(context, loaders);
  }
  return loaders;
}
