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

  constructor(
    private readonly merchants: MerchantService,
    private readonly defaults: AmsClientDefaults,
    private readonly logger: Logger,
    /** Per-merchant concurrency limit and circuit breaker around every call (reliability). */
    private readonly guard?: OutboundGuard,
  ) {}

  /** The client for the scope's merchant (the tenant filter guarantees a merchant key can load only its own). */
  async clientFor(scope: RequestScope, merchantId: string): Promise<AmsClient> {
    const merchant = await scope.em.fork().findOne(Merchant, { id: merchantId });
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

  private async build(scope: RequestScope, merchant: Merchant): Promise<AmsClient> {
    const credentials = await this.merchants.credentialsFor(scope, merchant);
    const raw = new AmsClient({
      ...this.defaults,
      clientId: credentials.clientId,
      baseUrl: credentials.baseUrl,
      merchantPrivateKey: credentials.merchantPrivateKey,
      alipayPublicKey: credentials.alipayPublicKey,
      keyVersion: credentials.keyVersion,
    });
    const client = this.guard ? this.guard.wrap(merchant.id, credentials.baseUrl, raw) : raw;
    const previous = this.clients.get(merchant.id);
    this.clients.set(merchant.id, { keyVersion: credentials.keyVersion, client });
    if (previous && previous.client !== client) previous.client.close();
    this.logger.debug({ merchantId: merchant.id, keyVersion: credentials.keyVersion }, 'AMS client built');
    return client;
  }

  /** Drops (and closes) a merchant's client: after disabling, enabling or rotating. */
  forget(merchantId: string): void {
    const cached = this.clients.get(merchantId);
    this.clients.delete(merchantId);
    cached?.client.close();
  }

  closeAll(): void {
    for (const { client } of this.clients.values()) client.close();
    this.clients.clear();
  }
}
