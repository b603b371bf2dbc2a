import { LRUCache } from 'lru-cache';
import { AmsClient, type AmsClientOptions } from '../../ams/index.js';
import type { Logger } from '../../shared/logger.js';
import { Merchant } from '../merchants/merchant.entity.js';
import type { OutboundGuard } from './outbound-guard.js';
import type { MerchantService } from '../merchants/merchant.service.js';
import type { RequestScope } from '../request-scope.js';

/** Client settings that are not per-merchant: timeouts, retries (tests shorten them). */
export type AmsClientDefaults = Omit<
  Partial<AmsClientOptions>,
  'clientId' | 'baseUrl' | 'merchantPrivateKey' | 'alipayPublicKey' | 'keyVersion'
>;

/**
 * How long a merchant's status and key version, once read, are trusted without reading them again. This instance
 * drops them at once on disable / enable / rotation (`forget`, via MerchantService's hook); another instance's change
 * takes effect here within this time (the authenticator already trusts a key's merchant status for up to 30 s).
 */
export const MERCHANT_STATE_TTL_MS = 1_000;

export interface MerchantDefaults {
  merchantRegion: string | null;
  settlementCurrency: string | null;
}

export class MerchantUnavailableError extends Error {
  override readonly name = 'MerchantUnavailableError';
}

/**
 * One AMS client per merchant and key version, built from the merchant's decrypted credentials on first use.
 * Parsing keys and opening keep-alive connections per request would waste both; keying by version means a
 * rotation simply builds a new client (the old one is closed when the new version is first used), and
 * disabling a merchant drops its clients (`forget`).
 */
export class AmsClientCache {
  private readonly clients = new Map<string, { keyVersion: number; client: AmsClient }>();
  private readonly building = new Map<string, Promise<AmsClient>>();
  /** Recently read merchants (status, key version), so a pay does not read the merchant row every time. */
  private readonly recent = new LRUCache<string, Merchant>({ max: 10_000, ttl: MERCHANT_STATE_TTL_MS });

  constructor(
    private readonly merchants: MerchantService,
    private readonly defaults: AmsClientDefaults,
    private readonly logger: Logger,
    /** Per-merchant concurrency limit and circuit breaker around every call (reliability). */
    private readonly guard?: OutboundGuard,
  ) {}

  /** The client for the scope's merchant (the tenant filter guarantees a merchant key can load only its own). */
  async clientFor(scope: RequestScope, merchantId: string): Promise<AmsClient> {
    const merchant = await this.merchantFor(scope, merchantId);
    if (!merchant) throw new MerchantUnavailableError(`merchant ${merchantId} not found`);
    if (merchant.status !== 'ACTIVE') throw new MerchantUnavailableError(`merchant ${merchantId} is ${merchant.status}`);
    const cached = this.clients.get(merchantId);
    if (cached && cached.keyVersion === merchant.keyVersion) return cached.client;

    const buildKey = `${merchantId}:${merchant.keyVersion}`;
    let pending = this.building.get(buildKey);
    if (!pending) {
      pending = this.build(scope, merchant).finally(() => this.building.delete(buildKey));
      this.building.set(buildKey, pending);
    }
    return pending;
  }

  /**
   * The merchant's defaults for calls that omit them (merchantRegion, settlement currency), from the same recently
   * read row as the client: no extra read on the pay path.
   */
  async defaultsFor(scope: RequestScope, merchantId: string): Promise<MerchantDefaults> {
    const merchant = await this.merchantFor(scope, merchantId);
    return { merchantRegion: merchant?.defaultMerchantRegion ?? null, settlementCurrency: merchant?.defaultSettlementCurrency ?? null };
  }

  /** The merchant row, read afresh unless read within MERCHANT_STATE_TTL_MS (and only for its own key or an admin). */
  private async merchantFor(scope: RequestScope, merchantId: string): Promise<Merchant | null> {
    const ownOrAdmin = scope.actor.merchantId === null || scope.actor.merchantId === merchantId;
    const recent = ownOrAdmin ? this.recent.get(merchantId) : undefined;
    if (recent) return recent;
    const merchant = await scope.em.fork().findOne(Merchant, { id: merchantId });
    if (merchant && ownOrAdmin) this.recent.set(merchantId, merchant);
    return merchant;
  }

  private async build(scope: RequestScope, merchant: Merchant): Promise<AmsClient> {
    const credentials = await this.merchants.credentialsFor(scope, merchant);
    const raw = new AmsClient({
      ...this.defaults,
      // An answer without a valid signature proves nothing: an unsigned F or U is an unknown outcome (inquire), never
      // a final failure (ams-golive.md, semantics).
      allowUnsignedFailure: false,
      clientId: credentials.clientId,
      baseUrl: credentials.baseUrl,
      merchantPrivateKey: credentials.merchantPrivateKey,
      alipayPublicKey: credentials.alipayPublicKey,
      keyVersion: credentials.signatureKeyVersion,
    });
    const client = this.guard ? this.guard.wrap(merchant.id, credentials.baseUrl, raw) : raw;
    const previous = this.clients.get(merchant.id);
    this.clients.set(merchant.id, { keyVersion: credentials.keyVersion, client });
    if (previous && previous.client !== client) previous.client.close();
    this.logger.debug({ merchantId: merchant.id, keyVersion: credentials.keyVersion }, 'AMS client built');
    return client;
  }

  /** Drops (and closes) a merchant's client and its remembered state: after disabling, enabling or rotating. */
  forget(merchantId: string): void {
    const cached = this.clients.get(merchantId);
    this.clients.delete(merchantId);
    this.recent.delete(merchantId);
    cached?.client.close();
  }

  closeAll(): void {
    for (const { client } of this.clients.values()) client.close();
    this.clients.clear();
    this.recent.clear();
  }
}
