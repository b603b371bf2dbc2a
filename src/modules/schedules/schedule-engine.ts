import type { EntityManager } from '@mikro-orm/postgresql';
import pLimit from 'p-limit';
import { newId } from '../../shared/ids.js';
import { createRequestScope, type RequestScope } from '../request-scope.js';
import { chargeCycle, type ChargeDeps, type ChargeStepResult } from './charge-cycle.js';
import { materialiseDueCycles } from './materialise-cycles.js';
import { cancelWaitingCycles, lockSchedule, moveSchedule } from './schedule-transitions.js';

/** A cycle to charge: what a charge job carries (ids only). */
export interface CycleRef {
  merchantId: string;
  cycleId: string;
}

export interface TickReport {
  stopped: number;
  materialised: number;
  enqueued: number;
}

export interface ScheduleEngineSettings {
  /** Rows per scan query. */
  batchSize: number;
  /** Schedules materialised side by side in one tick. */
  concurrency: number;
}

interface Row {
  id: string;
  merchant_id: string;
}

// Cross-tenant scans (the tick works for every merchant); each row is then handled in a scope of its own merchant.
const DEAD_AGREEMENTS_SQL = `select s.id, s.merchant_id from schedules s join authorizations a on a.id = s.authorization_id
  where s.status in ('ACTIVE', 'PAST_DUE', 'PAUSED') and a.status <> 'ACTIVE' order by s.id limit ?`;
const DUE_SCHEDULES_SQL = `select id, merchant_id from schedules where status in ('ACTIVE', 'PAST_DUE') and next_due_at <= ? order by next_due_at limit ?`;
/**
 * Cycles with something to do: due retries of charging schedules, waiting cycles of stopped schedules (to cancel),
 * and attempts whose payment has settled (or that have no payment yet after a grace period: a crash between the
 * attempt and pay). A DUE cycle was enqueued when it was materialised, so it is looked at again only after the grace
 * period (its job lost, or a pause in between): re-sending every queued cycle each tick would cost a statement per
 * cycle per tick while a large batch drains.
 */
const CHARGEABLE_CYCLES_SQL = `select c.id, c.merchant_id from schedule_cycles c join schedules s on s.id = c.schedule_id
  where ((c.status = 'RETRY_SCHEDULED' or (c.status = 'DUE' and c.updated_at <= ?))
         and ((c.next_attempt_at <= ? and s.status in ('ACTIVE', 'PAST_DUE')) or s.status in ('CANCELLED', 'COMPLETED', 'NEEDS_REAUTHORIZATION')))
     or (c.status = 'CHARGING' and ((c.payment_id is null and c.updated_at <= ?)
                                    or exists (select 1 from payments p where p.id = c.payment_id and p.status in ('SUCCEEDED', 'FAILED', 'CANCELLED'))))
  order by c.next_attempt_at nulls first limit ?`;

/** A charge attempt without a payment after this long is looked at again (its pay call may have died with its process). */
const ORPHAN_ATTEMPT_GRACE_MS = 30_000;

/**
 * Drives schedules: the tick (run by one instance at a time, every BILLING_TICK_SECONDS) stops schedules whose
 * agreement died, turns due occurrences into cycles, and hands cycles with work to the charge queue; a charge step
 * runs one cycle. Due-ness is judged by the gateway's clock, never pg-boss's, so the injectable clock and time travel
 * drive it.
 */
export class ScheduleEngine {
  constructor(
    private readonly rootEm: EntityManager,
    private readonly deps: ChargeDeps,
    private readonly settings: ScheduleEngineSettings,
  ) {}

  private scopeFor(merchantId: string): RequestScope {
    return createRequestScope(this.rootEm, { role: 'MERCHANT', merchantId, keyId: 'system:schedules' }, newId('job_'), this.deps.logger);
  }

  private scan(sql: string, params: unknown[]): Promise<Row[]> {
    return this.rootEm.getConnection().execute(sql, params as never[], 'all') as Promise<Row[]>;
  }

  chargeCycle(ref: CycleRef): Promise<ChargeStepResult> {
    return chargeCycle(this.deps, this.scopeFor(ref.merchantId), ref.cycleId);
  }

  async tick(enqueue: (ref: CycleRef) => Promise<unknown>): Promise<TickReport> {
    const report: TickReport = { stopped: 0, materialised: 0, enqueued: 0 };
    const limit = pLimit(this.settings.concurrency);
    const now = this.deps.clock.now();

    for (const row of await this.scan(DEAD_AGREEMENTS_SQL, [this.settings.batchSize])) {
      if (await this.stopDeadAgreement(row)) report.stopped += 1;
    }

    // Due schedules, batch after batch: each batch moves every schedule's position past `now` (or by the catch-up cap).
    for (;;) {
      const due = await this.scan(DUE_SCHEDULES_SQL, [now, this.settings.batchSize]);
      const created = await Promise.all(due.map((row) => limit(() => this.materialise(row, now))));
      const progress = created.reduce((sum, cycles) => sum + cycles.length, 0);
      const refs = created.flat();
      report.materialised += refs.length;
      // Side by side: a batch's charges start as soon as it is materialised, not one enqueue round trip after another.
      await Promise.all(refs.map((ref) => enqueue(ref)));
      report.enqueued += refs.length;
      if (due.length < this.settings.batchSize || progress === 0) break;
    }

    const orphanBefore = new Date(now.getTime() - ORPHAN_ATTEMPT_GRACE_MS);
    for (const row of await this.scan(CHARGEABLE_CYCLES_SQL, [orphanBefore, now, orphanBefore, this.settings.batchSize * 4])) {
      await enqueue({ merchantId: row.merchant_id, cycleId: row.id });
      report.enqueued += 1;
    }
    return report;
  }

  private async materialise(row: Row, now: Date): Promise<CycleRef[]> {
    const scope = this.scopeFor(row.merchant_id);
    const cycles = await this.deps.events.transaction(scope.em, async (em, events) => {
      const schedule = await lockSchedule(em, row.id);
      return schedule ? materialiseDueCycles(em, events, schedule, now) : [];
    });
    return cycles.map((cycle) => ({ merchantId: cycle.merchantId, cycleId: cycle.id }));
  }

  /** The authorization is no longer ACTIVE (revoked, unbound in the wallet, expired, dead): stop at once. */
  private async stopDeadAgreement(row: Row): Promise<boolean> {
    const scope = this.scopeFor(row.merchant_id);
    const now = this.deps.clock.now();
    return this.deps.events.transaction(scope.em, async (em, events) => {
      const schedule = await lockSchedule(em, row.id);
      if (!schedule) return false;
      const reason = `authorization ${schedule.authorizationId} is no longer ACTIVE: the user must authorize again`;
      if (!(await moveSchedule(events, schedule, 'NEEDS_REAUTHORIZATION', reason, 'JOB', now))) return false;
      await cancelWaitingCycles(em, events, schedule, reason, 'JOB', now);
      return true;
    });
  }
}
