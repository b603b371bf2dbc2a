import type { EntityManager } from '@mikro-orm/postgresql';
import type { Encryptor } from '../persistence/encryption.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { Secret } from '../shared/secret.js';
import { ApiKeyService } from './access/api-key.service.js';
import { Authenticator } from './access/authenticator.js';
import { MerchantService } from './merchants/merchant.service.js';

/**
 * Every business service, built once per process (a plain object instead of a DI container). Resolvers, routes and
 * jobs receive this and call one method with a RequestScope. A new module adds its service here.
 */
export interface Services {
  readonly authenticator: Authenticator;
  readonly merchants: MerchantService;
  readonly apiKeys: ApiKeyService;
}

export interface ServiceDependencies {
  rootEm: EntityManager;
  encryptor: Encryptor;
  clock: Clock;
  logger: Logger;
  envAdminKey: Secret<string> | undefined;
  authCacheTtlMs?: number;
}

export function createServices(deps: ServiceDependencies): Services {
  const authenticator = new Authenticator(deps.rootEm, deps.clock, deps.logger, {
    envAdminKey: deps.envAdminKey,
    ...(deps.authCacheTtlMs !== undefined ? { cacheTtlMs: deps.authCacheTtlMs } : {}),
  });
  return {
    authenticator,
    merchants: new MerchantService(deps.encryptor, deps.clock, (merchantId) => authenticator.forgetMerchant(merchantId)),
    apiKeys: new ApiKeyService(deps.clock, authenticator),
  };
}
