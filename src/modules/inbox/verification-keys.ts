import type { EntityManager } from '@mikro-orm/postgresql';
import type { KeyObject } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { parsePublicKey } from '../../ams/index.js';
import { MerchantCredential } from '../merchants/merchant-credential.entity.js';
import { Merchant, type MerchantStatus } from '../merchants/merchant.entity.js';
import { scopeToTenant } from '../../persistence/tenant-filter.js';

/** What the receiver needs to judge a notification for one merchant. Public keys only: nothing secret. */
export interface VerificationKeys {
  merchantId: string;
  clientId: string;
  status: MerchantStatus;
  /** The current Alipay public key first, then those of retired credential versions (accepted during rotation). */
  alipayPublicKeys: KeyObject[];
}

const TTL_MS = 5_000;
const UNKNOWN = Symbol('unknown merchant');

/**
 * A short-lived per-merchant cache of verification keys, so a burst of notifications does not reload the merchant
 * and its credentials for each one. Disabling a merchant on this instance drops the entry at once (`forget`); other
 * instances see it within the TTL. A rotation is picked up at once by the receiver: a signature that does not verify
 * with cached keys is checked again with freshly loaded ones (`refresh`).
 */
export class VerificationKeyCache {
  /** A merchant's keys, or `UNKNOWN` for a merchant id that names no merchant (the cache holds no null). */
  private readonly entries = new LRUCache<string, VerificationKeys | typeof UNKNOWN>({ max: 10_000, ttl: TTL_MS });

  constructor(private readonly rootEm: EntityManager) {}

  async get(merchantId: string): Promise<VerificationKeys | null> {
    const cached = this.entries.get(merchantId);
    if (cached !== undefined) return cached === UNKNOWN ? null : cached;
    const keys = await this.load(merchantId);
    this.entries.set(merchantId, keys ?? UNKNOWN);
    return keys;
  }

  /** Reloads now (a signature that fails with cached keys may be signed with a key rotated in since). */
  async refresh(merchantId: string): Promise<VerificationKeys | null> {
    this.entries.delete(merchantId);
    return this.get(merchantId);
  }

  forget(merchantId: string): void {
    this.entries.delete(merchantId);
  }

  private async load(merchantId: string): Promise<VerificationKeys | null> {
    if (merchantId.length > 64) return null;
    const em = this.rootEm.fork({ clear: true });
    scopeToTenant(em, { merchantId });
    const merchant = await em.findOne(Merchant, { id: merchantId });
    if (!merchant) return null;
    const credentials = await em.find(MerchantCredential, { merchant: merchantId }, { orderBy: { keyVersion: 'desc' } });
    const current = credentials.filter((c) => c.keyVersion === merchant.keyVersion);
    const previous = credentials.filter((c) => c.keyVersion !== merchant.keyVersion);
    return {
      merchantId: merchant.id,
      clientId: merchant.clientId,
      status: merchant.status,
      alipayPublicKeys: [...current, ...previous].map((c) => parsePublicKey(c.alipayPublicKey, 'alipayPublicKey')),
    };
  }
}
