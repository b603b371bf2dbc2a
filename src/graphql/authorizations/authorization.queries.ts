import { Resolver } from 'type-graphql';
import { recordQueriesOf } from '../operations/record-queries.js';
import { toAuthorizationType } from './authorization.mapping.js';
import { AuthorizationConnection, AuthorizationFilter, AuthorizationLookupArgs, AuthorizationType } from './authorization.types.js';

const AuthorizationReads = recordQueriesOf('authorization', {
  oneDescription: 'By id or authState; null when missing or not visible.',
  node: AuthorizationType,
  connection: AuthorizationConnection,
  filter: AuthorizationFilter,
  lookup: AuthorizationLookupArgs,
  toNode: toAuthorizationType,
  service: 'authorizations',
});

/** Local reads (no AMS call): any key; merchants see their own, admins all. */
@Resolver()
export class AuthorizationQueries extends AuthorizationReads {}
