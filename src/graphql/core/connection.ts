import { Field, ObjectType, type ClassType } from 'type-graphql';
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
