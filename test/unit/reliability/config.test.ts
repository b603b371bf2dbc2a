import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.js';

const base = { MASTER_KEY: randomBytes(32).toString('base64'), DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db' };

describe('reliability configuration', () => {
  it('defaults follow ams-spec §8.2 (2, 4, 8, 16, 30 s; cancel after 65 s) and stay conservative', () => {
    const { reliability } = loadConfig(base);
    expect(reliability.jobs.syncScheduleSeconds).toEqual([2, 4, 8, 16, 30]);
    expect(reliability.jobs.cancelAfterSeconds).toBe(65);
    expect(reliability.jobs.enabled).toBe(true);
    expect(reliability.outbound).toEqual({ concurrency: 16, breakerFailures: 5, breakerCooldownMs: 10_000 });
    expect(reliability.ams).toEqual({ timeoutMs: undefined, maxAttempts: undefined });
  });

  it('reads a compressed schedule and the outbound settings', () => {
    const { reliability } = loadConfig({ ...base, JOBS_SYNC_SCHEDULE_SECONDS: '0.3, 0.6,1', OUTBOUND_CONCURRENCY: '2', JOBS_ENABLED: 'false', AMS_TIMEOUT_MS: '400' });
    expect(reliability.jobs.syncScheduleSeconds).toEqual([0.3, 0.6, 1]);
    expect(reliability.outbound.concurrency).toBe(2);
    expect(reliability.jobs.enabled).toBe(false);
    expect(reliability.ams.timeoutMs).toBe(400);
  });

  it('refuses a malformed schedule and a polling interval below pg-boss minimum, naming the variable', () => {
    expect(() => loadConfig({ ...base, JOBS_SYNC_SCHEDULE_SECONDS: '2,,4' })).toThrow(/JOBS_SYNC_SCHEDULE_SECONDS/);
    expect(() => loadConfig({ ...base, JOBS_POLL_SECONDS: '0.1' })).toThrow(/JOBS_POLL_SECONDS/);
  });
});
