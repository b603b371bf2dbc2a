import type { EntityManager } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import type { Secret } from '../../shared/secret.js';
import { TENANT_FILTER } from '../../persistence/tenant-filter.js';
import type { Actor } from './actor.js';
import { hashApiKey, looksLikeApiKey, sameHash } from './api-key-secret.js';
import { ApiKey } from './api-key.entity.js';
import { NOTIFY_ACCESS_SQL, encodeRevocation, type Revocation } from './revocation.js';

export type Authentication =
  | { ok: true; actor: Actor }
  | { ok: false; reason: 'INVALID_KEY' | 'MERCHANT_DISABLED' };

export interface AuthenticatorOptions {
  /** ADMIN_API_KEY from the environment: a platform admin key that lives only in configuration. */
  envAdminKey?: Secret<string> | undefined;
  /** How long a lookup is reused. Revocation on another instance takes effect within this time. */
  cacheTtlMs?: number;
  /** How long an unknown key is remembered as unknown (keeps a flood of bad keys off the database). */
  negativeCacheTtlMs?: number;
  /** lastUsedAt is written at most this often per key. */
  lastUsedWriteIntervalMs?: number;
}

export const AUTH_CACHE_TTL_MS = 30_000;
export const ENV_ADMIN_KEY_ID = 'env:ADMIN_API_KEY';
const MAX_CACHE_ENTRIES = 10_000;

/**
 * Resolves `Authorization: Bearer <key>` to an Actor. Lookups are cached briefly in memory, keyed by the key's
 * hash (the plaintext is never kept); revoking a key or disabling a merchant drops its entries at once on this
 * instance. Cross-tenant by nature, so it is the one reader that disables the tenant filter.
 */
export class Authenticator {
  /** Bounded: a flood of random keys must not grow memory without limit (least recently used go first). */
  private readonly cache: LRUCache<string, Authentication>;
  private readonly inFlight = new Map<string, Promise<Authentication>>();
  private readonly lastUsedWrites = new Map<string, number>();
  private readonly revocationListeners = new Set<(revocation: Revocation) => void>();
  private readonly resyncListeners = new Set<() => void>();
  private readonly envAdminHash: string | undefined;
  private readonly ttl: number;
  private readonly negativeTtl: number;
  private readonly lastUsedInterval: number;

  constructor(
    private readonly rootEm: EntityManager,
    private readonly clock: Clock,
    private readonly logger: Logger,
    options: AuthenticatorOptions = {},
  ) {
    this.envAdminHash = options.envAdminKey ? hashApiKey(options.envAdminKey.reveal()) : undefined;
    this.ttl = options.cacheTtlMs ?? AUTH_CACHE_TTL_MS;
    this.negativeTtl = options.negativeCacheTtlMs ?? 5_000;
    this.lastUsedInterval = options.lastUsedWriteIntervalMs ?? 60_000;
    // Expiry on the injected clock, so tests that move time move the cache's time too.
    this.cache = new LRUCache({ max: MAX_CACHE_ENTRIES, ttl: Math.max(this.ttl, this.negativeTtl, 1), perf: { now: () => clock.now().getTime() } });
  }

  async authenticate(secret: string): Promise<Authentication> {
    if (!looksLikeApiKey(secret)) return { ok: false, reason: 'INVALID_KEY' };
    const hash = hashApiKey(secret);
    if (this.envAdminHash !== undefined && sameHash(hash, this.envAdminHash)) {
      return { ok: true, actor: { role: 'PLATFORM_ADMIN', merchantId: null, keyId: ENV_ADMIN_KEY_ID } };
    }
    const now = this.clock.now().getTime();
    let result = this.cache.get(hash);
    if (!result) {
      let pending = this.inFlight.get(hash);
      if (!pending) {
        pending = this.lookup(hash).finally(() => this.inFlight.delete(hash));
        this.inFlight.set(hash, pending);
      }
      result = await pending;
      const ttl = result.ok ? this.ttl : this.negativeTtl;
      if (ttl > 0) this.cache.set(hash, result, { ttl }); // 0 = not cached (to lru-cache, 0 would mean forever)
    }
    if (result.ok) this.touch(result.actor.keyId, now);
    return result;
  }

  /**
   * Access taken away on this instance (after its commit): applied here at once, and announced to every instance
   * through NOTIFY — their caches would otherwise accept the key for up to the cache TTL, and their sockets stay open.
   */
  async revoke(revocation: Revocation): Promise<void> {
    this.applyRevocation(revocation);
    await this.rootEm
      .getConnection()
      .execute(NOTIFY_ACCESS_SQL, [encodeRevocation(revocation)], 'run')
      .catch((error: unknown) => this.logger.error({ err: error, revocation }, 'could not announce a revocation to other instances'));
  }

  /** A revocation from any instance (this one's included): forget the cached lookups, tell the connections. */
  applyRevocation(revocation: Revocation): void {
    if (revocation.kind === 'key') this.forgetKey(revocation.keyId);
    else this.forgetMerchant(revocation.merchantId);
    for (const listener of this.revocationListeners) listener(revocation);
  }

  /** Called for every revocation applied on this instance (the websocket server closes the sockets it concerns). */
  onRevoked(listener: (revocation: Revocation) => void): () => void {
    this.revocationListeners.add(listener);
    return () => this.revocationListeners.delete(listener);
  }

  /**
   * Revocations may have been announced while this instance could not hear them (its LISTEN connection was down):
   * drop every cached lookup and let the connections recheck their keys.
   */
  resync(): void {
    this.cache.clear();
    for (const listener of this.resyncListeners) listener();
  }

  onResync(listener: () => void): () => void {
    this.resyncListeners.add(listener);
    return () => this.resyncListeners.delete(listener);
  }

  /**
   * Of these key ids, those that still authenticate (key not revoked, merchant active). For connections that may have
   * missed a revocation while this instance's LISTEN connection was down.
   */
  async stillActive(keyIds: readonly string[]): Promise<Set<string>> {
    const active = new Set<string>(keyIds.filter((id) => id === ENV_ADMIN_KEY_ID));
    const stored = keyIds.filter((id) => id !== ENV_ADMIN_KEY_ID);
    if (stored.length === 0) return active;
    const keys = await this.rootEm
      .fork()
      .find(ApiKey, { id: { $in: stored }, revokedAt: null }, { populate: ['merchant'], filters: { [TENANT_FILTER]: false } });
    for (const key of keys) if (!key.merchant || key.merchant.status === 'ACTIVE') active.add(key.id);
    return active;
  }

  /** Drops cached lookups of one key (after revocation). */
  forgetKey(keyId: string): void {
    for (const [hash, result] of this.cache.entries()) {
      if (result.ok && result.actor.keyId === keyId) this.cache.delete(hash);
    }
  }

  /** Drops cached lookups of a merchant's keys (after disabling or enabling it). */
  forgetMerchant(merchantId: string): void {
    for (const [hash, result] of this.cache.entries()) {
      if (!result.ok || result.actor.merchantId === merchantId) this.cache.delete(hash);
    }
  }

  private async lookup(hash: string): Promise<Authentication> {
    const em = this.rootEm.fork();
    const key = await em.findOne(
      ApiKey,
      { secretHash: hash },
      { populate: ['merchant'], filters: { [TENANT_FILTER]: false } },
    );
    if (!key || key.revokedAt) return { ok: false, reason: 'INVALID_KEY' };
    if (key.merchant && key.merchant.status !== 'ACTIVE') return { ok: false, reason: 'MERCHANT_DISABLED' };
    return { ok: true, actor: { role: key.role, merchantId: key.merchant?.id ?? null, keyId: key.id } };
  }

  /** Records use without a write per request: at most one UPDATE per key per interval, off the request path. */
  private touch(keyId: string, now: number): void {
    if (keyId === ENV_ADMIN_KEY_ID) return;
    const last = this.lastUsedWrites.get(keyId) ?? 0;
    if (now - last < this.lastUsedInterval) return;
    this.lastUsedWrites.set(keyId, now);
    this.rootEm
      .fork()
      .nativeUpdate(ApiKey, { id: keyId }, { lastUsedAt: new Date(now) }, { filters: { [TENANT_FILTER]: false } })
      .catch((error: unknown) => this.logger.warn({ err: error, keyId }, 'could not record API key use'));
  }
}
