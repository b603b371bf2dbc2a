import type { OffsetClock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { ResolvedOptions } from './config.js';
import type { FaultRegistry } from './faults.js';
import type { Notifier } from './notifications/notifier.js';
import type { Fields } from './pipeline/fields.js';
import type { ResponseBody } from './results.js';
import type { Scheduler } from './scheduler.js';
import type { ScriptedOutcomes } from './scripted-outcomes.js';
import type { AuthorizationStore } from './state/authorizations.js';
import type { Client, ClientRegistry } from './state/clients.js';
import type { DeclarationStore } from './state/declarations.js';
import type { PaymentStore } from './state/payments.js';
import type { ReceivedRequests } from './state/received.js';
import type { RegistrationStore } from './state/registrations.js';

/** Everything a handler or control route may touch: the simulator's state, clock and outbound side. */
export interface SandboxCore {
  options: ResolvedOptions;
  clock: OffsetClock;
  scheduler: Scheduler;
  clients: ClientRegistry;
  authorizations: AuthorizationStore;
  payments: PaymentStore;
  declarations: DeclarationStore;
  registrations: RegistrationStore;
  notifier: Notifier;
  faults: FaultRegistry;
  /** What clients sent (verified requests), for tests that assert the exact JSON. */
  received: ReceivedRequests;
  /** Per-client scripted pay outcomes (control API), consumed before the amount's scenario. */
  scripts: ScriptedOutcomes;
  logger: Logger;
  /** The base URL pages are served from (authUrl), known once the server listens. */
  publicUrl(): string;
}

/** One authenticated API call, its body already parsed. */
export interface ApiCall {
  client: Client;
  fields: Fields;
  now: Date;
}

/** Synchronous on purpose: lookup-then-insert cannot interleave with another request, so idempotency needs no locks. */
export type ApiHandler = (core: SandboxCore, call: ApiCall) => ResponseBody;

/** The URL given in the request wins over the client's registered ("Dashboard") URL (ams-spec §6.1). */
export function notifyUrlFor(core: SandboxCore, clientId: string, requestUrl: string | undefined): string | undefined {
  return requestUrl ?? core.clients.get(clientId)?.notifyUrl;
}
