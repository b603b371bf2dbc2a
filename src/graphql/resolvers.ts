import type { NonEmptyArray } from 'type-graphql';
import { ApiKeyResolver } from './access/api-key.resolver.js';
import { ViewerResolver } from './access/viewer.resolver.js';
import { MerchantMutations } from './merchants/merchant.mutations.js';
import { MerchantQueries } from './merchants/merchant.queries.js';

/**
 * Every resolver class of the schema, listed explicitly. A new module adds its resolvers here (and its types are
 * picked up through them); `npm run schema` then updates schema/schema.graphql.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [ViewerResolver, MerchantQueries, MerchantMutations, ApiKeyResolver];
