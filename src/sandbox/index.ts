import type { AddressInfo } from 'node:net';
import { publicKeyToBase64 } from '../ams/signing/index.js';
import { OffsetClock } from '../shared/clock.js';
import { ScriptedOutcomes } from './scripted-outcomes.js';
import { silentLogger } from '../shared/logger.js';
import { resolveOptions, type SandboxOptions } from './config.js';
import { advanceClock, approve, deny, unbindWallet, type ConsentRef } from './control/actions.js';
import { paymentView } from './control/views.js';
import type { SandboxCore } from './core.js';
import { FaultRegistry, type ActiveFault, type FaultRule } from './faults.js';
import { loadOrCreateSandboxKey } from './keys.js';
import { Notifier, type DeliveryAttempt, type NotificationRecord } from './notifications/notifier.js';
import { Scheduler } from './scheduler.js';
import { createSandboxServer } from './server.js';
import { AuthorizationStore } from './state/authorizations.js';
import { ClientRegistry, type ClientRegistration } from './state/clients.js';
import { DeclarationStore } from './state/declarations.js';
import { PaymentStore } from './state/payments.js';
import { ReceivedRequests, type ReceivedRequest } from './state/received.js';
import { RegistrationStore } from './state/registrations.js';

export { ANTOM_RETRY_GAPS_SECONDS, type SandboxOptions } from './config.js';
export type { ClientRegistration } from './state/clients.js';
export type { ReceivedRequest } from './state/received.js';
export type { FaultRule, ActiveFault } from './faults.js';
export type { NotificationRecord, DeliveryAttempt } from './notifications/notifier.js';
export { SANDBOX_VERSION } from './version.js';

/** A running sandbox, for tests and for the gateway's in-process development mode. */
export interface Sandbox {
  /** `http://127.0.0.1:<port>` (`https://` with `tls`); SDKs use it as their gateway domain. */
  url: string;
  port: number;
  /** The sandbox's ("Alipay's") public key, X.509 SubjectPublicKeyInfo base64, for verifying answers and notifications. */
  alipayPublicKey: string;
  clock: OffsetClock;
  registerClient(registration: ClientRegistration): void;
  /** The simulated user agrees (as the page's button does): `{authCode, authState, redirectUrl}`. */
  approveAuthorization(ref: ConsentRef): { authCode: string; authState: string; redirectUrl: string };
  denyAuthorization(ref: ConsentRef): { redirectUrl: string };
  /** Time travel: token expiry, cancel/refund windows, payment expiry and pending timers follow. */
  advanceClock(seconds: number): void;
  /** Wallet-side unbind: revokes and sends notifyAuthorization TOKEN_CANCELED. */
  unbindWallet(accessToken: string, reason?: string): void;
  addFault(rule: FaultRule): ActiveFault;
  clearFaults(): void;
  seedFaults(seed: number): void;
  notifications(filter?: { type?: string; clientId?: string }): NotificationRecord[];
  onNotificationAttempt(listener: (record: NotificationRecord, attempt: DeliveryAttempt) => void): () => void;
  payments(clientId?: string): ReturnType<typeof paymentView>[];
  /** Verified API requests as received (parsed JSON bodies), oldest first; at most the last 1,000. */
  received(filter?: { api?: string; clientId?: string }): ReceivedRequest[];
  close(): Promise<void>;
}

/** Requests kept for `received()`: enough for any test's assertions, bounded under a benchmark. */
const RECEIVED_LIMIT = 1_000;

/** Starts the sandbox on `options.port` (0 = a free port) and resolves once it listens. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const resolved = resolveOptions(options);
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? new OffsetClock();
  const privateKey = await loadOrCreateSandboxKey({ privateKey: options.privateKey, dataDir: options.dataDir });
  const alipayPublicKey = publicKeyToBase64(privateKey);
  const scheduler = new Scheduler(clock, logger);
  const faults = new FaultRegistry(options.faultSeed);
  const notifier = new Notifier(
    clock,
    scheduler,
    faults,
    privateKey,
    {
      retries: resolved.notificationRetries,
      gapsSeconds: resolved.retryGapsSeconds,
      timeScale: resolved.notificationTimeScale,
      timeoutMs: resolved.notificationTimeoutMs,
      logLimit: Math.min(resolved.stateLimit, 10_000),
    },
    logger,
  );
  let baseUrl = options.publicUrl?.replace(/\/+$/, '') ?? '';
  const core: SandboxCore = {
    options: resolved,
    clock,
    scheduler,
    clients: new ClientRegistry(),
    authorizations: new AuthorizationStore(resolved.stateLimit),
    payments: new PaymentStore(resolved.stateLimit),
    declarations: new DeclarationStore(resolved.stateLimit),
    registrations: new RegistrationStore(resolved.stateLimit),
    notifier,
    faults,
    received: new ReceivedRequests(RECEIVED_LIMIT),
    scripts: new ScriptedOutcomes(),
    logger,
    publicUrl: () => baseUrl,
  };
  for (const client of options.clients ?? []) core.clients.register(client);

  const server = createSandboxServer(core, privateKey, alipayPublicKey, options.tls);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  const url = `${options.tls === undefined ? 'http' : 'https'}://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  if (baseUrl === '') baseUrl = url;
  logger.info({ url }, 'AMS sandbox listening');

  return {
    url,
    port,
    alipayPublicKey,
    clock,
    registerClient: (registration) => void core.clients.register(registration),
    approveAuthorization: (ref) => approve(core, ref),
    denyAuthorization: (ref) => deny(core, ref),
    advanceClock: (seconds) => void advanceClock(core, seconds),
    unbindWallet: (accessToken, reason) => unbindWallet(core, accessToken, reason),
    addFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    seedFaults: (seed) => faults.reseed(seed),
    notifications: (filter) => notifier.list(filter),
    onNotificationAttempt: (listener) => notifier.onAttempt(listener),
    payments: (clientId) => core.payments.list(clientId).map(paymentView),
    received: (filter) => core.received.list(filter),
    close: async () => {
      scheduler.close();
      notifier.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
