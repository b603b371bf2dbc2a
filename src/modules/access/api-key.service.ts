import type { Clock } from '../../shared/clock.js';
import { Secret } from '../../shared/secret.js';
import { Merchant } from '../merchants/merchant.entity.js';
import { fail, problem, succeed, type Outcome } from '../outcome.js';
import { requirePlatformAdmin, type RequestScope } from '../request-scope.js';
import type { ApiKeyErrorCode } from './api-key-errors.js';
import { displayPrefixOf, generateApiKeySecret, hashApiKey } from './api-key-secret.js';
import { ApiKey } from './api-key.entity.js';
import type { Authenticator } from './authenticator.js';
import type { Role } from './roles.js';

export interface IssueApiKeyInput {
  role: Role;
  merchantId: string | null;
  name: string;
}

export interface IssuedApiKey {
  apiKey: ApiKey;
  /** The only time the plaintext exists outside the caller's hands. */
  secret: Secret<string>;
}

type ApiKeyOutcome<T> = Outcome<T, ApiKeyErrorCode>;

export class ApiKeyService {
  constructor(
    private readonly clock: Clock,
    private readonly authenticator: Authenticator,
  ) {}

  async issue(scope: RequestScope, input: IssueApiKeyInput): Promise<ApiKeyOutcome<IssuedApiKey>> {
    requirePlatformAdmin(scope);
    const name = input.name.trim();
    if (name === '') return fail(problem('REQUIRED', 'name', 'name is required (say who or what uses the key)'));
    if (name.length > 200) return fail(problem('INVALID', 'name', 'name is longer than 200 characters'));
    let merchant: Merchant | null = null;
    if (input.role === 'PLATFORM_ADMIN') {
      if (input.merchantId !== null) {
        return fail(problem('INVALID', 'merchantId', 'a PLATFORM_ADMIN key belongs to no merchant; leave merchantId out'));
      }
    } else {
      if (input.merchantId === null) {
        return fail(problem('REQUIRED', 'merchantId', `a ${input.role} key needs the merchantId it acts for`));
      }
      merchant = await scope.em.findOne(Merchant, { id: input.merchantId });
      if (!merchant) return fail(problem('NOT_FOUND', 'merchantId', `no merchant ${input.merchantId}`));
      if (merchant.status !== 'ACTIVE') {
        return fail(problem('MERCHANT_DISABLED', 'merchantId', `merchant ${merchant.id} is disabled`));
      }
    }
    const issued = this.build(input.role, merchant, name);
    await scope.em.persist(issued.apiKey).flush();
    scope.logger.info({ apiKeyId: issued.apiKey.id, role: input.role, merchantId: merchant?.id }, 'api key issued');
    return succeed(issued);
  }

  /** A revoked key stops working at once on every instance, and the sockets it opened are closed (4403). */
  async revoke(scope: RequestScope, apiKeyId: string): Promise<ApiKeyOutcome<ApiKey>> {
    requirePlatformAdmin(scope);
    const apiKey = await scope.em.findOne(ApiKey, { id: apiKeyId });
    if (!apiKey) return fail(problem('NOT_FOUND', 'id', `no API key ${apiKeyId}`));
    if (apiKey.revokedAt) return fail(problem('ALREADY_REVOKED', 'id', `API key ${apiKeyId} is already revoked`));
    apiKey.revokedAt = this.clock.now();
    await scope.em.flush();
    await this.authenticator.revoke({ kind: 'key', keyId: apiKey.id });
    scope.logger.info({ apiKeyId }, 'api key revoked');
    return succeed(apiKey);
  }

  /** Keys of one merchant (or the platform admin keys when merchantId is null), newest first. */
  async list(scope: RequestScope, merchantId: string | null): Promise<ApiKey[]> {
    return scope.em.find(ApiKey, { merchant: merchantId }, { orderBy: { id: 'desc' } });
  }

  /**
   * On first start without ADMIN_API_KEY: creates one platform admin key and returns its secret so that the
   * caller prints it once. Returns undefined when an active admin key already exists.
   */
  async bootstrapAdminKey(scope: RequestScope): Promise<Secret<string> | undefined> {
    requirePlatformAdmin(scope);
    const existing = await scope.em.count(ApiKey, { role: 'PLATFORM_ADMIN', revokedAt: null });
    if (existing > 0) return undefined;
    const issued = this.build('PLATFORM_ADMIN', null, 'bootstrap admin (generated on first start)');
    await scope.em.persist(issued.apiKey).flush();
    return issued.secret;
  }

  private build(role: Role, merchant: Merchant | null, name: string): IssuedApiKey {
    const secret = generateApiKeySecret();
    const apiKey = Object.assign(new ApiKey(), {
      role,
      merchant,
      name,
      displayPrefix: displayPrefixOf(secret),
      secretHash: hashApiKey(secret),
      createdAt: this.clock.now(),
    });
    return { apiKey, secret: new Secret(secret) };
  }
}
