import { startTestGateway, type TestGateway } from './gateway.js';
import { freePort } from './notify-env.js';

/**
 * Time-compressed reliability settings: sub-second backoff, a 3 s cancel window, short AMS timeouts and no client
 * retries (each fault shows), fast expiry/maintenance so a crashed instance's jobs come back quickly.
 */
export const FAST_JOBS_ENV: Record<string, string> = {
  JOBS_SYNC_SCHEDULE_SECONDS: '0.3,0.6,1,1.5',
  JOBS_CANCEL_AFTER_SECONDS: '4',
  JOBS_PENDING_GRACE_SECONDS: '1.5',
  JOBS_POLL_SECONDS: '0.5',
  JOBS_BATCH_SIZE: '20',
  JOBS_WORKERS: '2',
  JOBS_EXPIRE_SECONDS: '10',
  JOBS_MAINTENANCE_SECONDS: '1',
  JOBS_SWEEP_INTERVAL_SECONDS: '2',
  JOBS_SYNC_MAX_STEPS: '200',
  AMS_TIMEOUT_MS: '400',
  AMS_MAX_ATTEMPTS: '1',
};

/** A gateway that receives the sandbox's notifications (PUBLIC_BASE_URL = itself) with FAST_JOBS_ENV. */
export async function startReliabilityGateway(env: Record<string, string> = {}, notifications = true): Promise<TestGateway> {
  const port = await freePort();
  return startTestGateway({
    PORT: String(port),
    ...(notifications ? { PUBLIC_BASE_URL: `http://127.0.0.1:${port}` } : {}),
    ...FAST_JOBS_ENV,
    ...env,
  });
}
