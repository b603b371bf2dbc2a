import type { AuthChecker, MiddlewareFn } from 'type-graphql';
import type { Role } from '../../modules/access/roles.js';
import type { GraphQLContext } from './context.js';
import { forbidden, unauthenticated } from './error-codes.js';

/** `@Authorized(...roles)`: no roles means any authenticated caller. Throws our closed-code errors. */
export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context }, roles) => {
  if (!context.auth) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.auth.role)) {
    throw forbidden(`Forbidden: this field needs one of ${roles.join(', ')}; the API key is ${context.auth.role}`);
  }
  return true;
};

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Applied to every resolver, so that a field that forgets `@Authorized` still fails closed: root fields need an
 * authenticated caller, and read-only keys can never run a mutation.
 */
export const accessGuard: MiddlewareFn<GraphQLContext> = async ({ context, info }, next) => {
  if (ROOT_TYPES.has(info.parentType.name)) {
    if (!context.auth) throw unauthenticated();
    if (info.parentType.name === 'Mutation' && context.auth.role === 'MERCHANT_READONLY') {
      throw forbidden('Forbidden: a MERCHANT_READONLY key can run queries and subscriptions only');
    }
  }
  return next();
};
