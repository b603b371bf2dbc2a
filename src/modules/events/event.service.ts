import { InvalidArgumentError } from '../errors.js';
import { MAX_PAGE_SIZE, decodeAfter, encodeCursor, type Page } from '../pagination.js';
import { visibleMerchant, type RequestScope } from '../request-scope.js';
import { readRecords, type Condition, type ListDeps } from '../shared/listing.js';
import { assertCursorRetained } from './cursor-retention.js';
import type { CommittedListener, EventLog } from './event-log.js';
import { GatewayEvent, type AggregateType } from './event.entity.js';

export interface EventQuery {
  /** Cursor of the last event seen; events strictly after it are returned, oldest first. */
  after: string | null;
  first: number;
  aggregateId?: string | null;
  aggregateType?: AggregateType | null;
}

/** Reads the event log (tenant-filtered: a merchant sees its own events, an admin all) and exposes the commit hook. */
export class EventService {
  constructor(
    private readonly log: EventLog,
    private readonly deps: ListDeps,
  ) {}

  /** Throws CursorExpiredError when events after `afterId` were removed by retention (a resume would skip them). */
  assertCursorRetained(merchantId: string | null, afterId: string, argument = 'after'): Promise<void> {
    return assertCursorRetained(this.deps.sql, merchantId, afterId, argument);
  }

  /** Called after each commit that appended events (for the NOTIFY fan-out and subscriptions). */
  onCommitted(listener: CommittedListener): () => void {
    return this.log.onCommitted(listener);
  }

  async list(scope: RequestScope, query: EventQuery): Promise<Page<GatewayEvent>> {
    const first = Math.min(Math.max(query.first, 0), MAX_PAGE_SIZE);
    const conditions: Condition[] = [];
    const afterId = decodeAfter(query.after);
    if (afterId !== null) {
      if (!/^\d{1,19}$/.test(afterId)) throw new InvalidArgumentError('after', 'not an event cursor (pass the cursor of an event)');
      await this.assertCursorRetained(visibleMerchant(scope.actor), afterId);
      conditions.push(['id', '>', afterId]);
    }
    if (query.aggregateId) conditions.push(['aggregateId', '=', query.aggregateId]);
    if (query.aggregateType) conditions.push(['aggregateType', '=', query.aggregateType]);
    const rows = await readRecords(this.deps, scope, GatewayEvent, conditions, 'asc', first + 1);
    const items = rows.slice(0, first);
    const last = items[items.length - 1];
    // With no new events the cursor stays where the caller was, so polling with endCursor never skips ahead.
    return { items, endCursor: last ? encodeCursor(last.id) : query.after || null, hasNextPage: rows.length > first };
  }
}
