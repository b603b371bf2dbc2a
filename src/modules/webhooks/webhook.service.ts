import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { WebhooksConfig } from '../../config/webhooks-env.js';
import type { Encryptor } from '../../persistence/encryption.js';
import type { Sql } from '../../persistence/sql-pool.js';
import type { Clock } from '../../shared/clock.js';
import { newId } from '../../shared/ids.js';
import type { Secret } from '../../shared/secret.js';
import type { EventLog } from '../events/event-log.js';
import { fail, problem, succeed, type Outcome } from '../outcome.js';
import { visibleMerchant, type RequestScope } from '../request-scope.js';
import { disableEndpoint } from './endpoint-disabling.js';
import { EndpointStore, type EndpointChanges, type MerchantScope } from './endpoint-store.js';
import { checkEndpointUrl } from './endpoint-url.js';
import { checkEventTypes } from './event-type-filter.js';
import { MessageStore } from './message-store.js';
import { toEndpoint, type WebhookEndpoint } from './webhook-endpoint.js';
import type { WebhookErrorCode } from './webhook-errors.js';
import type { MessageStatus, WebhookAttempt, WebhookMessage } from './webhook-message.js';
import { generateWebhookSecret, openSecret, sealSecret } from './webhook-secret.js';

export const MAX_ENDPOINTS_PER_MERCHANT = 20;
const MAX_DESCRIPTION = 500;
const MAX_GRACE_SECONDS = 7 * 86_400;

export interface EndpointInput {
  url?: string | null;
  description?: string | null;
  /** null: every event type; undefined (update): unchanged. */
  eventTypes?: string[] | null;
}

export interface EndpointWithSecret {
  endpoint: WebhookEndpoint;
  /** Shown once, to the caller that created or rotated it. */
  secret: Secret<string>;
}

export interface DeliveryPage {
  items: Array<WebhookMessage & { attempts: WebhookAttempt[] }>;
  hasNextPage: boolean;
}

export interface WebhookServiceDeps {
  rootEm: EntityManager;
  sql: Sql;
  encryptor: Encryptor;
  events: EventLog;
  clock: Clock;
  config: WebhooksConfig;
}

type Result<T> = Outcome<T, WebhookErrorCode>;

/**
 * Endpoint management, the delivery log and replay (GraphQL's side of outgoing webhooks). A merchant key acts on its
 * own merchant's endpoints only; a platform admin on any (and names the merchant when creating one).
 */
export class WebhookService {
  private readonly endpoints: EndpointStore;
  private readonly messages: MessageStore;
  /** Set by the delivery engine of this instance; without one, another instance's sweep finds the work. */
  private scheduler: ((endpointIds: readonly string[]) => Promise<void>) | undefined;

  constructor(private readonly deps: WebhookServiceDeps) {
    this.endpoints = new EndpointStore(deps.sql);
    this.messages = new MessageStore(deps.sql);
  }

  useScheduler(scheduler: (endpointIds: readonly string[]) => Promise<void>): void {
    this.scheduler = scheduler;
  }

  async list(scope: RequestScope, merchantId: string | null): Promise<WebhookEndpoint[]> {
    const target = scope.actor.role === 'PLATFORM_ADMIN' ? merchantId : scope.actor.merchantId;
    return (await this.endpoints.list(target)).map(toEndpoint);
  }

  async get(scope: RequestScope, id: string): Promise<WebhookEndpoint | null> {
    const row = await this.endpoints.get(id, merchantScope(scope));
    return row ? toEndpoint(row) : null;
  }

  async create(scope: RequestScope, merchantId: string | null, input: EndpointInput): Promise<Result<EndpointWithSecret>> {
    const target = scope.actor.role === 'PLATFORM_ADMIN' ? merchantId : scope.actor.merchantId;
    if (!target) return fail(problem('REQUIRED', 'merchantId', 'merchantId is required for a platform admin key'));
    if (scope.actor.role !== 'PLATFORM_ADMIN' && merchantId && merchantId !== target) {
      return fail(problem('INVALID', 'merchantId', 'a merchant key can create endpoints for its own merchant only'));
    }
    if (input.url === undefined || input.url === null) return fail(problem('REQUIRED', 'url', 'url is required'));
    const checked = this.checkInput(input);
    if ('errors' in checked) return fail(...checked.errors);
    if (!(await this.merchantExists(target))) return fail(problem('NOT_FOUND', 'merchantId', 'no such merchant'));
    if ((await this.endpoints.countOf(target)) >= MAX_ENDPOINTS_PER_MERCHANT) {
      return fail(problem('LIMIT_REACHED', null, `a merchant can have at most ${MAX_ENDPOINTS_PER_MERCHANT} webhook endpoints`));
    }
    const id = newId('whe_');
    const secret = generateWebhookSecret();
    const row = await this.endpoints.insert({
      id,
      merchantId: target,
      url: checked.changes.url!,
      description: checked.changes.description ?? '',
      eventTypes: checked.changes.eventTypes ?? null,
      sealedSecret: sealSecret(this.deps.encryptor, id, 'secret', secret),
      now: this.deps.clock.now(),
    });
    return succeed({ endpoint: toEndpoint(row), secret });
  }

  async update(scope: RequestScope, id: string, input: EndpointInput): Promise<Result<WebhookEndpoint>> {
    const checked = this.checkInput(input);
    if ('errors' in checked) return fail(...checked.errors);
    const row = await this.endpoints.update(id, merchantScope(scope), checked.changes, this.deps.clock.now());
    return row ? succeed(toEndpoint(row)) : notFound();
  }

  async enable(scope: RequestScope, id: string): Promise<Result<WebhookEndpoint>> {
    const row = await this.endpoints.enable(id, merchantScope(scope), this.deps.clock.now());
    if (!row) return notFound();
    // Messages left PENDING while it was disabled go out now.
    await this.scheduleQuietly([id]);
    return succeed(toEndpoint(row));
  }

  async disable(scope: RequestScope, id: string): Promise<Result<WebhookEndpoint>> {
    const existing = await this.endpoints.get(id, merchantScope(scope));
    if (!existing) return notFound();
    await disableEndpoint(this.deps, id, 'MANUAL', `disabled by API key ${scope.actor.keyId}`, 'API');
    const row = await this.endpoints.get(id, merchantScope(scope));
    return row ? succeed(toEndpoint(row)) : notFound();
  }

  async delete(scope: RequestScope, id: string): Promise<Result<string>> {
    return (await this.endpoints.delete(id, merchantScope(scope))) ? succeed(id) : notFound();
  }

  /** A new secret (shown once); the previous one keeps signing alongside for `graceSeconds`. */
  async rotateSecret(scope: RequestScope, id: string, graceSeconds: number | null): Promise<Result<EndpointWithSecret>> {
    const grace = graceSeconds ?? this.deps.config.rotationGraceSeconds;
    if (!Number.isInteger(grace) || grace < 0 || grace > MAX_GRACE_SECONDS) {
      return fail(problem('INVALID', 'graceSeconds', `must be a whole number of seconds from 0 to ${MAX_GRACE_SECONDS}`));
    }
    const existing = await this.endpoints.get(id, merchantScope(scope));
    if (!existing) return notFound();
    const now = this.deps.clock.now();
    const secret = generateWebhookSecret();
    const previous = grace > 0 ? sealSecret(this.deps.encryptor, id, 'previous_secret', openSecret(this.deps.encryptor, id, 'secret', existing.secret)) : null;
    const row = await this.endpoints.rotate(
      id,
      merchantScope(scope),
      { secret: sealSecret(this.deps.encryptor, id, 'secret', secret), previous },
      previous ? new Date(now.getTime() + grace * 1000) : null,
      now,
    );
    return row ? succeed({ endpoint: toEndpoint(row), secret }) : notFound();
  }

  async deliveries(scope: RequestScope, endpointId: string, first: number, before: string | null, status: MessageStatus | null): Promise<DeliveryPage | null> {
    const endpoint = await this.endpoints.get(endpointId, merchantScope(scope));
    if (!endpoint) return null;
    const rows = await this.messages.list(endpointId, before !== null && /^\d+$/.test(before) ? before : null, first + 1, status);
    const items = rows.slice(0, first);
    const attempts = await this.messages.attemptsOf(items.map((m) => m.id));
    return { items: items.map((m) => ({ ...m, attempts: attempts.get(m.id) ?? [] })), hasNextPage: rows.length > first };
  }

  async delivery(scope: RequestScope, id: string): Promise<(WebhookMessage & { attempts: WebhookAttempt[] }) | null> {
    const message = await this.messages.get(id, merchantScope(scope));
    if (!message) return null;
    const attempts = await this.messages.attemptsOf([message.id]);
    return { ...message, attempts: attempts.get(message.id) ?? [] };
  }

  async replayOne(scope: RequestScope, messageId: string): Promise<Result<WebhookMessage>> {
    const existing = await this.messages.get(messageId, merchantScope(scope));
    if (!existing) return fail(problem('NOT_FOUND', 'id', 'no such webhook delivery'));
    const disabled = await this.refuseDisabled(scope, existing.endpointId, 'id');
    if (disabled) return disabled;
    const message = await this.messages.replayOne(messageId, merchantScope(scope), this.deps.clock.now());
    if (!message) return fail(problem('NOT_FOUND', 'id', 'no such webhook delivery'));
    await this.scheduleQuietly([message.endpointId]);
    return succeed(message);
  }

  async replaySince(scope: RequestScope, endpointId: string, since: Date): Promise<Result<number>> {
    if (Number.isNaN(since.getTime())) return fail(problem('INVALID', 'since', 'must be a date-time'));
    const disabled = await this.refuseDisabled(scope, endpointId, 'endpointId');
    if (disabled) return disabled;
    const count = await this.messages.replaySince(endpointId, since, this.deps.clock.now());
    if (count > 0) await this.scheduleQuietly([endpointId]);
    return succeed(count);
  }

  async ping(scope: RequestScope, endpointId: string): Promise<Result<WebhookMessage>> {
    const disabled = await this.refuseDisabled(scope, endpointId, 'endpointId');
    if (disabled) return disabled;
    const endpoint = (await this.endpoints.get(endpointId, merchantScope(scope)))!;
    const message = await this.messages.insertPing(endpointId, endpoint.merchant_id, `msg_ping_${randomBytes(12).toString('hex')}`, this.deps.clock.now());
    await this.scheduleQuietly([endpointId]);
    return succeed(message);
  }

  private async refuseDisabled(scope: RequestScope, endpointId: string, field: string): Promise<{ ok: false; errors: ReturnType<typeof problem<WebhookErrorCode>>[] } | null> {
    const endpoint = await this.endpoints.get(endpointId, merchantScope(scope));
    if (!endpoint) return fail(problem('NOT_FOUND', field, 'no such webhook endpoint'));
    if (endpoint.status !== 'ENABLED') return fail(problem('ENDPOINT_DISABLED', field, 'the endpoint is disabled: enable it first'));
    return null;
  }

  private async scheduleQuietly(endpointIds: readonly string[]): Promise<void> {
    // The work is already durable in the messages table; scheduling only makes it prompt (else: the sweep).
    await this.scheduler?.(endpointIds).catch(() => undefined);
  }

  private async merchantExists(merchantId: string): Promise<boolean> {
    const rows = await this.deps.sql.query({ text: 'select 1 from merchants where id = $1', values: [merchantId] });
    return rows.length > 0;
  }

  private checkInput(input: EndpointInput): { changes: EndpointChanges } | { errors: ReturnType<typeof problem<WebhookErrorCode>>[] } {
    const errors: ReturnType<typeof problem<WebhookErrorCode>>[] = [];
    const changes: EndpointChanges = {};
    if (input.url !== undefined && input.url !== null) {
      const url = checkEndpointUrl(input.url, this.deps.config);
      if ('problem' in url) errors.push(problem('INVALID', 'url', `url ${url.problem}`));
      else changes.url = url.url;
    }
    if (input.description !== undefined && input.description !== null) {
      if (input.description.length > MAX_DESCRIPTION) errors.push(problem('INVALID', 'description', `description must be at most ${MAX_DESCRIPTION} characters`));
      else changes.description = input.description;
    }
    if (input.eventTypes !== undefined) {
      if (input.eventTypes === null) changes.eventTypes = null;
      else {
        const types = checkEventTypes(input.eventTypes);
        if ('problem' in types) errors.push(problem('INVALID', 'eventTypes', `eventTypes ${types.problem}`));
        else changes.eventTypes = types.types;
      }
    }
    return errors.length > 0 ? { errors } : { changes };
  }
}

function merchantScope(scope: RequestScope): MerchantScope {
  return visibleMerchant(scope.actor);
}

function notFound(): { ok: false; errors: ReturnType<typeof problem<WebhookErrorCode>>[] } {
  return fail(problem('NOT_FOUND', 'id', 'no such webhook endpoint'));
}
