import { OffsetClock } from '../../../src/shared/clock.js';
import {
  CreateScheduleDocument,
  ScheduleDocument,
  type CreateScheduleInput,
  type ScheduleQuery,
} from '../../generated/graphql.js';
import { authorize } from '../../helpers/ops-flows.js';
import { startOpsHarness, waitFor, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';

/** Time-compressed schedule settings: a fast tick and fast job polling (due-ness follows the shared clock). */
export const FAST_SCHEDULES_ENV: Record<string, string> = {
  SCHEDULES_TICK_SECONDS: '0.2',
  JOBS_POLL_SECONDS: '0.5',
  JOBS_SYNC_SCHEDULE_SECONDS: '0.3,0.6,1',
  JOBS_PENDING_GRACE_SECONDS: '1',
};

export interface ScheduleWorld {
  h: OpsHarness;
  clock: OffsetClock;
  merchant: MerchantKeys;
  authorizationId: string;
  /** Sets the shared clock (gateway and sandbox) to this instant. */
  travelTo(at: Date): void;
  create(input: Omit<CreateScheduleInput, 'authorizationId'> & { authorizationId?: string }): Promise<string>;
  read(id: string): Promise<NonNullable<ScheduleQuery['schedule']>>;
  /** Waits until the schedule satisfies `done` (the tick and charge jobs run on their own). */
  waitForSchedule(id: string, done: (s: NonNullable<ScheduleQuery['schedule']>) => boolean, timeoutMs?: number): Promise<NonNullable<ScheduleQuery['schedule']>>;
  close(): Promise<void>;
}

/** A gateway and a sandbox sharing one clock, one merchant with an ACTIVE authorization whose tokens outlive the test. */
export async function startScheduleWorld(startAt: Date, env: Record<string, string> = {}): Promise<ScheduleWorld> {
  const clock = new OffsetClock(startAt.getTime() - Date.now());
  const h = await startOpsHarness({
    clock,
    env: { ...FAST_SCHEDULES_ENV, ...env },
    sandbox: { clock, accessTokenTtlSeconds: 5 * 365 * 86_400, refreshTokenTtlSeconds: 10 * 365 * 86_400 },
  });
  const merchant = await h.createMerchant('Schedules');
  const { authorizationId } = await authorize(h, merchant.key);
  const read = async (id: string) => {
    const result = await h.gql(ScheduleDocument, { id, first: 20 }, merchant.key);
    if (!result.schedule) throw new Error(`no schedule ${id}`);
    return result.schedule;
  };
  return {
    h,
    clock,
    merchant,
    authorizationId,
    travelTo(at) {
      const delta = at.getTime() - clock.now().getTime();
      if (delta > 0) clock.advance(delta);
    },
    async create(input) {
      const result = await h.gql(CreateScheduleDocument, { input: { authorizationId, ...input } }, merchant.key);
      const schedule = result.createSchedule.schedule;
      if (!schedule) throw new Error(`createSchedule failed: ${JSON.stringify(result.createSchedule.errors)}`);
      return schedule.id;
    },
    read,
    waitForSchedule: (id, done, timeoutMs = 20_000) => waitFor(() => read(id), done, timeoutMs, 100),
    close: () => h.close(),
  };
}

/** Cycles of a schedule by number. */
export function cyclesOf(schedule: NonNullable<ScheduleQuery['schedule']>) {
  return schedule.cycles.nodes;
}
