import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { KeyObject } from 'node:crypto';
import { keyFingerprint, parsePrivateKey, parsePublicKey, publicKeyToBase64 } from '../../ams/signing/index.js';
import type { Encryptor } from '../../persistence/encryption.js';
import type { Clock } from '../../shared/clock.js';
import { fail, problem, succeed, type Outcome, type Problem } from '../outcome.js';
import { MAX_PAGE_SIZE, decodeAfter, toPage, type Page, type PageRequest } from '../pagination.js';
import { requirePlatformAdmin, type RequestScope } from '../request-scope.js';
import type { AmsCredentials } from './credentials.js';
import { MerchantCredential } from './merchant-credential.entity.js';
import type { MerchantErrorCode } from './merchant-errors.js';
import { checkClientId, checkGoLiveSettings, checkKeys, checkName, resolveBaseUrl } from './merchant-validation.js';
import { Merchant, type MerchantStatus } from './merchant.entity.js';
import type { AmsRegion } from './regions.js';

export interface CreateMerchantInput {
  name: string;
  clientId: string;
  region: AmsRegion | null;
  baseUrl: string | null;
  merchantPrivateKey: string;
  alipayPublicKey: string;
  /** The key version bound on the Antom Dashboard (Signature header `keyVersion`). */
  keyVersion?: string | null;
  /** Per-merchant defaults for calls that omit them. */
  merchantRegion?: string | null;
  settlementCurrency?: string | null;
}

export interface RotateCredentialsInput {
  merchantId: string;
  merchantPrivateKey: string;
  alipayPublicKey: string;
  keyVersion?: string | null;
  /** Given: replaces the default (empty string clears it); omitted: unchanged. */
  merchantRegion?: string | null;
  settlementCurrency?: string | null;
}

export interface MerchantWithCredential {
  merchant: Merchant;
  credential: MerchantCredential;
}

type MerchantOutcome<T> = Outcome<T, MerchantErrorCode>;

/** The context bound into each encrypted private key: a ciphertext moved to another row does not decrypt. */
function privateKeyContext(credentialId: string): string {
  return `merchant_credential:${credentialId}:merchant_private_key`;
}

export class MerchantService {
  constructor(
    private readonly encryptor: Encryptor,
    private readonly clock: Clock,
    /**
     * Called after a merchant is disabled, enabled (with its new status) or its credentials rotated (without): caches
     * drop it, and disabling takes access away from its open connections.
     */
    private readonly onStatusChanged: (merchantId: string, status?: MerchantStatus) => void | Promise<void> = () => undefined,
  ) {}

  async create(scope: RequestScope, input: CreateMerchantInput): Promise<MerchantOutcome<MerchantWithCredential>> {
    requirePlatformAdmin(scope);
    const problems: Problem<MerchantErrorCode>[] = [];
    const name = checkName(input.name, problems);
    const clientId = checkClientId(input.clientId, problems);
    const baseUrl = resolveBaseUrl(input.region, input.baseUrl, problems);
    const keys = checkKeys(input.merchantPrivateKey, input.alipayPublicKey, problems);
    const golive = checkGoLiveSettings(input, problems);
    if (problems.length > 0 || !name || !clientId || !baseUrl || !keys) return fail(...problems);

    if (await scope.em.count(Merchant, { clientId })) return fail(duplicateClientId(clientId));
    const now = this.clock.now();
    const merchant = Object.assign(new Merchant(), {
      name,
      clientId,
      baseUrl,
      keyVersion: 1,
      defaultMerchantRegion: golive.merchantRegion ?? null,
      defaultSettlementCurrency: golive.settlementCurrency ?? null,
      createdAt: now,
      updatedAt: now,
    });
    const credential = this.newCredential(merchant, 1, keys.merchantPrivateKey, keys.alipayPublicKey, now, golive.keyVersion);
    try {
      await scope.em.persist([merchant, credential]).flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return fail(duplicateClientId(clientId));
      throw error;
    }
    scope.logger.info({ merchantId: merchant.id, clientId }, 'merchant created');
    return succeed({ merchant, credential });
  }

  /** Makes a new key version current; the previous one is kept (retired) so in-flight notifications still verify. */
  async rotateCredentials(scope: RequestScope, input: RotateCredentialsInput): Promise<MerchantOutcome<MerchantWithCredential>> {
    requirePlatformAdmin(scope);
    const problems: Problem<MerchantErrorCode>[] = [];
    const keys = checkKeys(input.merchantPrivateKey, input.alipayPublicKey, problems);
    const golive = checkGoLiveSettings(input, problems);
    if (!keys || problems.length > 0) return fail(...problems);
    const outcome = await scope.em.transactional(async (em) => {
      const merchant = await em.findOne(Merchant, { id: input.merchantId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!merchant) return fail(notFound(input.merchantId));
      const now = this.clock.now();
      const current = await em.findOne(MerchantCredential, { merchant, keyVersion: merchant.keyVersion });
      if (current) current.retiredAt = now;
      merchant.keyVersion += 1;
      merchant.updatedAt = now;
      if (golive.merchantRegion !== undefined) merchant.defaultMerchantRegion = golive.merchantRegion;
      if (golive.settlementCurrency !== undefined) merchant.defaultSettlementCurrency = golive.settlementCurrency;
      const credential = this.newCredential(merchant, merchant.keyVersion, keys.merchantPrivateKey, keys.alipayPublicKey, now, golive.keyVersion);
      em.persist(credential);
      await em.flush();
      scope.logger.info({ merchantId: merchant.id, keyVersion: merchant.keyVersion }, 'merchant credentials rotated');
      return succeed({ merchant, credential });
    });
    // After the commit: this instance's AMS client cache must not keep using the previous key version.
    if (outcome.ok) this.onStatusChanged(input.merchantId);
    return outcome;
  }

  async setStatus(scope: RequestScope, merchantId: string, status: MerchantStatus): Promise<MerchantOutcome<Merchant>> {
    requirePlatformAdmin(scope);
    const merchant = await scope.em.findOne(Merchant, { id: merchantId });
    if (!merchant) return fail(notFound(merchantId));
    if (merchant.status === status) {
      return fail(problem('INVALID_STATE', 'id', `merchant ${merchantId} is already ${status}`));
    }
    merchant.status = status;
    merchant.updatedAt = this.clock.now();
    await scope.em.flush();
    await this.onStatusChanged(merchantId, status);
    scope.logger.info({ merchantId, status }, 'merchant status changed');
    return succeed(merchant);
  }

  /** Merchants visible to the scope (all for an admin, its own for a merchant key), by creation order. */
  async list(scope: RequestScope, page: PageRequest): Promise<Page<Merchant>> {
    const first = Math.min(Math.max(page.first, 0), MAX_PAGE_SIZE);
    const afterId = decodeAfter(page.after);
    const rows = await scope.em.find(Merchant, afterId === null ? {} : { id: { $gt: afterId } }, {
      orderBy: { id: 'asc' },
      limit: first + 1,
    });
    return toPage(rows, first);
  }

  /** null when missing or not visible to this scope (the tenant filter makes both look the same). */
  async get(scope: RequestScope, merchantId: string): Promise<Merchant | null> {
    return scope.em.findOne(Merchant, { id: merchantId });
  }

  async credentialHistory(scope: RequestScope, merchantId: string): Promise<MerchantCredential[]> {
    return scope.em.find(MerchantCredential, { merchant: merchantId }, { orderBy: { keyVersion: 'desc' } });
  }

  async currentCredential(scope: RequestScope, merchant: Merchant): Promise<MerchantCredential | null> {
    return scope.em.findOne(MerchantCredential, { merchant, keyVersion: merchant.keyVersion });
  }

  /**
   * Decrypted credentials for calling AMS as this merchant. For the AMS client only: never return them from a
   * resolver. The tenant filter on `scope.em` still applies, so a merchant cannot load another merchant's keys.
   */
  async credentialsFor(scope: RequestScope, merchant: Merchant): Promise<AmsCredentials> {
    const credentials = await this.credentialHistory(scope, merchant.id);
    const current = credentials.find((c) => c.keyVersion === merchant.keyVersion);
    if (!current) throw new Error(`merchant ${merchant.id} has no credential for key version ${merchant.keyVersion}`);
    const privateKeyText = this.encryptor.decrypt(current.merchantPrivateKeyEncrypted, privateKeyContext(current.id));
    return {
      merchantId: merchant.id,
      clientId: merchant.clientId,
      baseUrl: merchant.baseUrl,
      keyVersion: merchant.keyVersion,
      signatureKeyVersion: current.amsKeyVersion ?? String(merchant.keyVersion),
      merchantPrivateKey: parsePrivateKey(privateKeyText, 'merchantPrivateKey'),
      alipayPublicKey: parsePublicKey(current.alipayPublicKey, 'alipayPublicKey'),
      previousAlipayPublicKeys: credentials
        .filter((c) => c.keyVersion !== merchant.keyVersion)
        .map((c) => parsePublicKey(c.alipayPublicKey, 'alipayPublicKey')),
    };
  }

  private newCredential(
    merchant: Merchant,
    keyVersion: number,
    privateKey: KeyObject,
    alipayPublicKey: KeyObject,
    now: Date,
    amsKeyVersion: string | null,
  ): MerchantCredential {
    const credential = new MerchantCredential();
    // Stored normalised (PKCS#8 DER, base64) whatever format was pasted, then encrypted with the row id as context.
    const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    return Object.assign(credential, {
      merchant,
      keyVersion,
      amsKeyVersion,
      merchantPrivateKeyEncrypted: this.encryptor.encrypt(pkcs8, privateKeyContext(credential.id)),
      merchantPublicKey: publicKeyToBase64(privateKey),
      merchantKeyFingerprint: keyFingerprint(privateKey),
      alipayPublicKey: publicKeyToBase64(alipayPublicKey),
      alipayKeyFingerprint: keyFingerprint(alipayPublicKey),
      createdAt: now,
      retiredAt: null,
    });
  }
}

function duplicateClientId(clientId: string): Problem<MerchantErrorCode> {
  return problem('DUPLICATE', 'clientId', `a merchant with clientId ${clientId} already exists`);
}

function notFound(merchantId: string): Problem<MerchantErrorCode> {
  return problem('NOT_FOUND', 'id', `no merchant ${merchantId}`);
}
