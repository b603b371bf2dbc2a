import { EntityTables } from '../persistence/entity-tables.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rateLimitConfigOf, rateLimitEnvSchema, type RateLimitConfig } from '../config/rate-limit-env.js';
import type { Encryptor } from '../persistence/encryption.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { Secret } from '../shared/secret.js';
import { ApiKeyService } from './access/api-key.service.js';
import { Authenticator } from './access/authenticator.js';
import { MerchantService } from './merchants/merchant.service.js';
import { AmsClientCache, type AmsClientDefaults } from './ams-clients/ams-client-cache.js';
import { DEFAULT_OUTBOUND, OutboundGuard, type OutboundSettings } from './ams-clients/outbound-guard.js';
import type { OperationDeps } from './shared/operation-deps.js';
import type { DriverQueryable, Sql } from '../persistence/sql-pool.js';
import { JobStatsSource } from '../jobs/job-stats.js';
import { AuthorizationService } from './authorizations/authorization.service.js';
import { DeclarationService } from './declarations/declaration.service.js';
import { EventLog } from './events/event-log.js';
import { EventHub } from './events/event-hub.js';
import { EventService } from './events/event.service.js';
import { NotificationService } from './inbox/notification.service.js';
import { VerificationKeyCache } from './inbox/verification-keys.js';
import { PaymentService } from './payments/payment.service.js';
import { ReconciliationService } from './reconciliation/reconciliation.service.js';
import { RateLimits } from './rate-limits/rate-limits.js';
import { RefundService } from './refunds/refund.service.js';
import { RegistrationService } from './registrations/registration.service.js';
import { WebhookService } from './webhooks/webhook.service.js';
import { DEFAULT_WEBHOOKS_CONFIG, type WebhooksConfig } from '../config/webhooks-env.js';
import { DEFAULT_RETRY_OFFSETS_SECONDS } from './schedules/dunning.js';
import type { NormalisedDunning } from './schedules/schedule-inputs.js';
import { ScheduleService } from './schedules/schedule.service.js';
import { RetentionService } from './retention/retention.service.js';
import { DEFAULT_RETENTION_CONFIG, type RetentionConfig } from '../config/retention-env.js';

/**
 * Every business service, built once per process (a plain object instead of a DI container). Resolvers, routes and
 * jobs receive this and call one method with a RequestScope. A new module adds its service here.
 */
export interface Services {
  readonly authenticator: Authenticator;
  readonly merchants: MerchantService;
  readonly apiKeys: ApiKeyService;
  // Auto Debit operations (ops module).
  readonly authorizations: AuthorizationService;
  readonly payments: PaymentService;
  readonly refunds: RefundService;
  readonly declarations: DeclarationService;
  readonly registrations: RegistrationService;
  readonly events: EventService;
  readonly amsClients: AmsClientCache;
  // AMS notifications in, live events out (notify module).
  readonly notifications: NotificationService;
  readonly verificationKeys: VerificationKeyCache;
  /** This instance's event fan-out to subscriptions (started by app.ts with its LISTEN connection). */
  readonly eventHub: EventHub;
  // Reliability engine: what jobs need to run the modules' operations, and the outbound protection's state.
  readonly operations: OperationDeps;
  readonly outbound: OutboundGuard;
  /** The admin jobs overview (app.ts points it at the job engine or a read-only pg-boss client). */
  readonly jobStats: JobStatsSource;
  /** Imports Antom report files and lists discrepancies (platform admins). */
  readonly reconciliation: ReconciliationService;
  /** Per key, per merchant and notification limits, counted in Postgres (shared by every instance). */
  readonly rateLimits: RateLimits;
  /** Outgoing webhooks: endpoints, the delivery log, replay (deliveries themselves run in webhook-engine.ts). */
  readonly webhooks: WebhookService;
  /** Recurring debits: schedules, their cycles and charge attempts (driven by the schedule jobs). */
  readonly schedules: ScheduleService;
  /** Removes expired events, inbox rows and webhook deliveries (run periodically by the job engine). */
  readonly retention: RetentionService;
}

export interface ServiceDependencies {
  rootEm: EntityManager;
  encryptor: Encryptor;
  clock: Clock;
  logger: Logger;
  envAdminKey: Secret<string> | undefined;
  authCacheTtlMs?: number;
  /** PUBLIC_BASE_URL: AMS notify URLs are built from it when set. */
  publicBaseUrl?: string | undefined;
  /** AMS client timeouts and retries (tests shorten them). */
  amsClientDefaults?: AmsClientDefaults;
  /** AUTO_APPLY_TOKEN (default true): redeem AUTHCODE_CREATED codes with applyToken on the merchant's behalf. */
  autoApplyToken?: boolean;
  /** Per-merchant concurrency limit and circuit breaker toward AMS (OUTBOUND_*). */
  outbound?: OutboundSettings;
  /** Statements outside the ORM's unit of work (persistence/sql-pool.ts). */
  sql: Sql;
  /** RATE_LIMIT_* (default: the environment schema's defaults). */
  rateLimits?: RateLimitConfig;
  /** Where the rate-limit counters are counted: the statement pool as a driver client (SqlPool.asDriverClient). */
  rateLimitStore: DriverQueryable;
  /** WEBHOOK_* settings. */
  webhooks?: WebhooksConfig;
  /** Dunning of schedules created without one (SCHEDULES_RETRY_OFFSETS_SECONDS, SCHEDULES_ON_RETRIES_EXHAUSTED). */
  defaultDunning?: NormalisedDunning;
  /** RETENTION_* periods (default: the environment schema's defaults). */
  retention?: RetentionConfig;
}

export function createServices(deps: ServiceDependencies): Services {
  const authenticator = new Authenticator(deps.rootEm, deps.clock, deps.logger, {
    envAdminKey: deps.envAdminKey,
    ...(deps.authCacheTtlMs !== undefined ? { cacheTtlMs: deps.authCacheTtlMs } : {}),
  });
  const merchants = new MerchantService(deps.encryptor, deps.clock, async (merchantId, status) => {
    authenticator.forgetMerchant(merchantId);
    amsClients.forget(merchantId);
    verificationKeys.forget(merchantId);
    if (status === 'DISABLED') await authenticator.revoke({ kind: 'merchant', merchantId });
  });
  // Disabling or re-enabling a merchant drops its AMS client (the callback runs later, after this line).
  const outbound = new OutboundGuard(deps.outbound ?? DEFAULT_OUTBOUND, deps.logger);
  const amsClients = new AmsClientCache(merchants, deps.amsClientDefaults ?? {}, deps.logger, outbound);
  const verificationKeys = new VerificationKeyCache(deps.rootEm);
  const eventLog = new EventLog(deps.clock, deps.logger);
  const operations: OperationDeps = { events: eventLog, amsClients, encryptor: deps.encryptor, clock: deps.clock, publicBaseUrl: deps.publicBaseUrl, sql: deps.sql, tables: new EntityTables(deps.rootEm.getMetadata()) };
  const eventHub = new EventHub(deps.sql, deps.logger);
  // A local commit wakes the fan-out at once; other instances' commits arrive through LISTEN (app.ts).
  eventLog.onCommitted(() => eventHub.wake());
  const authorizations = new AuthorizationService(operations);
  return {
    authenticator,
    merchants,
    apiKeys: new ApiKeyService(deps.clock, authenticator),
    authorizations,
    payments: new PaymentService(operations),
    refunds: new RefundService(operations),
    declarations: new DeclarationService(operations),
    registrations: new RegistrationService(operations),
    events: new EventService(eventLog, operations),
    amsClients,
    notifications: new NotificationService(operations, deps.rootEm, authorizations, deps.logger, { autoApplyToken: deps.autoApplyToken ?? true }),
    verificationKeys,
    eventHub,
    operations,
    outbound,
    jobStats: new JobStatsSource(),
    reconciliation: new ReconciliationService(operations),
    rateLimits: new RateLimits(deps.rateLimitStore, deps.rootEm, deps.rateLimits ?? rateLimitConfigOf(rateLimitEnvSchema.parse({})), deps.logger),
    webhooks: new WebhookService({
      rootEm: deps.rootEm,
      sql: operations.sql,
      encryptor: deps.encryptor,
      events: eventLog,
      clock: deps.clock,
      config: deps.webhooks ?? DEFAULT_WEBHOOKS_CONFIG,
    }),
    schedules: new ScheduleService(operations, deps.defaultDunning ?? { retryOffsetsSeconds: [...DEFAULT_RETRY_OFFSETS_SECONDS], onRetriesExhausted: 'PAST_DUE' }),
    retention: new RetentionService(deps.sql, deps.clock, deps.retention ?? DEFAULT_RETENTION_CONFIG, deps.logger.child({ component: 'retention' })),
  };
}
