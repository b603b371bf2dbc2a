import type { Outcome } from '../outcome.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';
import { InvalidArgumentError } from '../errors.js';
import { decodeAfter, encodeCursor, MAX_PAGE_SIZE, type Page, type PageRequest } from '../pagination.js';
import type { RequestScope } from '../request-scope.js';
import { listPage, type CommonListFilter } from '../shared/listing.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { operationsOf } from '../shared/operations-of.js';
import { cancelSchedule, pauseSchedule, resumeSchedule, updateSchedule } from './change-schedule.js';
import { ScheduleCharge } from './charge.entity.js';
import { createSchedule, type ScheduleResult } from './create-schedule.js';
import { ScheduleCycle } from './cycle.entity.js';
import type { ScheduleErrorCode } from './schedule-errors.js';
import type { CreateScheduleInput, NormalisedDunning } from './schedule-inputs.js';
import { Schedule } from './schedule.entity.js';

export interface ScheduleFilter extends CommonListFilter {
  authorizationId?: string | null;
}

export interface CycleFilter extends CommonListFilter {
  scheduleId?: string | null;
}

type Result = Promise<Outcome<ScheduleResult, ScheduleErrorCode>>;

/** Recurring debits: create and change schedules (merchant keys), read schedules, cycles and charge attempts. */
export class ScheduleService extends operationsOf({ pause: pauseSchedule, resume: resumeSchedule, cancel: cancelSchedule, update: updateSchedule }) {
  constructor(
    deps: OperationDeps,
    private readonly defaultDunning: NormalisedDunning,
  ) {
    super(deps);
  }

  create(scope: RequestScope, input: CreateScheduleInput): Result {
    return createSchedule(this.deps, scope, input, this.defaultDunning);
  }

  find(scope: RequestScope, id: string): Promise<Schedule | null> {
    return scope.em.fork().findOne(Schedule, { id }, { refresh: true });
  }

  list(scope: RequestScope, filter: ScheduleFilter, page: PageRequest): Promise<Page<Schedule>> {
    return listPage(this.deps, scope, { entity: Schedule, idPrefix: ID_PREFIXES.schedule }, filter, filter.authorizationId ? { authorizationId: filter.authorizationId } : {}, page);
  }

  findCycle(scope: RequestScope, id: string): Promise<ScheduleCycle | null> {
    return scope.em.fork().findOne(ScheduleCycle, { id }, { refresh: true });
  }

  /** One schedule's cycles in cycle order; across schedules newest first. */
  async listCycles(scope: RequestScope, filter: CycleFilter, page: PageRequest): Promise<Page<ScheduleCycle>> {
    if (!filter.scheduleId) return listPage(this.deps, scope, { entity: ScheduleCycle, idPrefix: ID_PREFIXES.scheduleCycle }, filter, {}, page);
    const first = Math.min(Math.max(page.first, 0), MAX_PAGE_SIZE);
    const where: Record<string, unknown> = { scheduleId: filter.scheduleId };
    if (filter.status) where.status = filter.status;
    const afterText = decodeAfter(page.after);
    if (afterText !== null) {
      const after = Number(afterText);
      // A schedule's cycles page by cycle number: any other cursor of this API is not one of theirs.
      if (!Number.isInteger(after)) throw new InvalidArgumentError('after', 'not a cursor of this list (pass the endCursor of an earlier answer)');
      where.cycleNumber = { $gt: after };
    }
    const rows = await scope.em.fork().find(ScheduleCycle, where, { orderBy: { cycleNumber: 'asc' }, limit: first + 1, refresh: true });
    const items = rows.slice(0, first);
    const last = items[items.length - 1];
    return { items, endCursor: last ? encodeCursor(String(last.cycleNumber)) : null, hasNextPage: rows.length > first };
  }

  /** The charge attempts of a cycle, first attempt first. */
  chargesOfCycle(scope: RequestScope, cycleId: string): Promise<ScheduleCharge[]> {
    return scope.em.fork().find(ScheduleCharge, { cycleId }, { orderBy: { attempt: 'asc' }, refresh: true });
  }

  /** The attempt a payment was made for, if it was made by a schedule. */
  chargeOfPayment(scope: RequestScope, paymentRequestId: string): Promise<ScheduleCharge | null> {
    return scope.em.fork().findOne(ScheduleCharge, { paymentRequestId }, { refresh: true });
  }
}
