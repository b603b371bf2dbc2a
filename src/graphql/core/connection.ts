import { Field, ObjectType, type ClassType } from 'type-graphql';
import type { Page } from '../../modules/pagination.js';
import { PageInfo } from './page-info.js';

/** A page of `node`s with its cursor: the base of every `…Connection` type (`class XConnection extends connectionOf(X)`). */
export function connectionOf<T extends object>(node: ClassType<T>) {
  @ObjectType()
  abstract class Connection {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return Connection;
}

/** A service's page as the GraphQL connection `connection`, each item turned into its node by `toNode`. */
export function toConnection<I, N, C extends { nodes: N[]; pageInfo: PageInfo }>(connection: new () => C, page: Page<I>, toNode: (item: I) => N): C {
  return Object.assign(new connection(), {
    nodes: page.items.map(toNode),
    pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
  });
}
