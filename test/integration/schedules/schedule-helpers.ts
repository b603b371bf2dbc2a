import { OffsetClock } from '../../../src/shared/clock.js';
import {
  CreateScheduleDocument,
  ScheduleDocument,
  type CreateScheduleInput,
  type ScheduleQuery,
} from '../../generated/graphql.js';
import { freePort } from '../../helpers/notify-env.js';
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
  /** Moves the shared clock (gateway and sandbox) forward to this instant. */
  travelTo(at: Date): void;
  /** The merchant's next `count` new pays are decided as if their amount ended in `ending` (sandbox script). */
  script(ending: string, count?: number): Promise<void>;
  /** One more ACTIVE authorization of the merchant. */
  authorizeAnother(): Promise<string>;
  /** Unbinds the authorization in the wallet (the user cancels the agreement): the sandbox revokes the token. */
  unbindInWallet(authorizationId?: string): Promise<void>;
  /** Event types of a schedule, oldest first. */
  eventTypes(id: string): Promise<string[]>;
  create(input: Omit<CreateScheduleInput, 'authorizationId'> & { authorizationId?: string }): Promise<string>;
  read(id: string): Promise<NonNullable<ScheduleQuery['schedule']>>;
  /** Waits until the schedule satisfies `done` (the tick and charge jobs run on their own). */
  waitForSchedule(id: string, done: (s: NonNullable<ScheduleQuery['schedule']>) => boolean, timeoutMs?: number): Promise<NonNullable<ScheduleQuery['schedule']>>;
  close(): Promise<void>;
}

/** A gateway and a sandbox sharing one clock, one merchant with an ACTIVE authorization whose tokens outlive the test. */
export async function startScheduleWorld(startAt: Date, env: Record<string, string> = {}, notifications = false): Promise<ScheduleWorld> {
  const clock = new OffsetClock(startAt.getTime() - Date.now());
  // With notifications the sandbox calls the gateway back (TOKEN_CANCELED, notifyPayment): a fixed port for its URL.
  const port = notifications ? await freePort() : 0;
  const h = await startOpsHarness({
    clock,
    ...(notifications ? { publicBaseUrl: `http://127.0.0.1:${port}` } : {}),
    env: { ...FAST_SCHEDULES_ENV, ...(notifications ? { PORT: String(port) } : {}), ...env },
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
      // Through the sandbox's time travel: the clock is shared, and the sandbox re-arms its timers (async outcomes,
      // expiries, notification retries) for the new time.
      const delta = at.getTime() - clock.now().getTime();
      if (delta > 0) h.sandbox.advanceClock(delta / 1000);
    },
    async script(ending, count = 1) {
      await h.control('scripted-outcomes', { clientId: merchant.clientId, ending, count });
    },
    authorizeAnother: async () => (await authorize(h, merchant.key)).authorizationId,
    async unbindInWallet(id = authorizationId) {
      // The authorization's token, found by its last four characters (the only part the gateway shows).
      const hint = (await h.gateway.orm.em.getConnection().execute<{ hint: string }[]>(`select access_token_hint as hint from authorizations where id = ?`, [id]))[0]?.hint ?? '';
      const response = await fetch(`${h.sandbox.url}/__sandbox/tokens?clientId=${merchant.clientId}`);
      const { tokens } = (await response.json()) as { tokens: { accessToken: string; status: string }[] };
      const token = tokens.find((t) => t.status === 'ACTIVE' && t.accessToken.endsWith(hint.replace('…', '')));
      if (!token || hint === '') throw new Error(`no active sandbox token for authorization ${id}`);
      h.sandbox.unbindWallet(token.accessToken, 'the user cancelled the agreement in the wallet');
    },
    async eventTypes(id) {
      const rows = await h.gateway.orm.em.getConnection().execute<{ type: string }[]>(`select type from events where aggregate_id = ? order by id`, [id]);
      return rows.map((r) => r.type);
    },
    async create(input) {
      const result = await h.gql(CreateScheduleDocument, { input: { authorizationId, ...input } }, merchant.key);
      const schedule = result.createSchedule.schedule;
      if (!schedule) throw new Error(`createSchedule failed: ${JSON.stringify(result.createSchedule.errors)}`);
      return schedule.id;
    },
    read,
    waitForSchedule: (id, done, timeoutMs = 60_000) => waitFor(() => read(id), done, timeoutMs, 100),
    close: () => h.close(),
  };
}

/** Cycles of a schedule by number. */
export function cyclesOf(schedule: NonNullable<ScheduleQuery['schedule']>) {
  return schedule.cycles.nodes;
}
