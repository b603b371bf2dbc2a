import type { AggregateType } from '../events/event.entity.js';
import { authorizationMachine } from '../authorizations/authorization-status.js';
import { cycleMachine } from '../schedules/cycle-status.js';
import { scheduleMachine } from '../schedules/schedule-status.js';
import type { StatusMachine } from './status-machine.js';

/** A table and the condition (on the row alias given) under which one of its rows is still unresolved. */
export interface UnresolvedRule {
  table: string;
  where: (alias: string) => string;
}

const quoted = (statuses: readonly string[]) => statuses.map((s) => `'${s}'`).join(', ');
const notFinal = <S extends string>(machine: StatusMachine<S>) => machine.statuses.filter((s) => !machine.final.includes(s));
const statusIn = (statuses: readonly string[]) => (alias: string) => `${alias}.status in (${quoted(statuses)})`;

/**
 * Records whose outcome is not settled yet, in one place: the recovery sweep enqueues a sync job for each of the
 * first four, and retention keeps every event and inbox row of any of them. A payment counts as unresolved while
 * PENDING or PROCESSING, and as SUCCEEDED with a cancel in flight (the cancel may still turn it into CANCELLED at
 * AMS); refunds, declarations and registrations while PENDING or PROCESSING.
 */
export const UNRESOLVED_SYNC_RECORDS = {
  PAYMENT: {
    table: 'payments',
    where: (a: string) => `(${a}.status in ('PENDING', 'PROCESSING') or (${a}.status = 'SUCCEEDED' and ${a}.cancel_requested_at is not null))`,
  },
  REFUND: { table: 'refunds', where: statusIn(['PENDING', 'PROCESSING']) },
  DECLARATION: { table: 'declarations', where: statusIn(['PENDING', 'PROCESSING']) },
  REGISTRATION: { table: 'registrations', where: statusIn(['PENDING', 'PROCESSING']) },
} as const satisfies Record<string, UnresolvedRule>;

/**
 * Aggregates whose history may still matter, by event aggregate type: the sync records above, and authorizations not
 * in a final status (an ACTIVE agreement included: schedules charge it). Schedules are judged apart, by schedule and
 * by cycle (`UNRESOLVED_SCHEDULE`, `UNRESOLVED_CYCLE`): a schedule's cycle events carry their cycle's id.
 */
export const UNRESOLVED_AGGREGATES: Partial<Record<AggregateType, UnresolvedRule>> = {
  ...UNRESOLVED_SYNC_RECORDS,
  AUTHORIZATION: { table: 'authorizations', where: statusIn(notFinal(authorizationMachine)) },
};

/** A schedule not CANCELLED, COMPLETED or NEEDS_REAUTHORIZATION. */
export const UNRESOLVED_SCHEDULE: UnresolvedRule = { table: 'schedules', where: statusIn(notFinal(scheduleMachine)) };

/** A schedule cycle not yet PAID, FAILED, SKIPPED or CANCELLED. */
export const UNRESOLVED_CYCLE: UnresolvedRule = { table: 'schedule_cycles', where: statusIn(notFinal(cycleMachine)) };
