import { BigIntType } from '@mikro-orm/core';

/**
 * How a property maps to a Postgres column, stated once for every entity: strings are `text`, instants
 * `timestamptz`, structured values `jsonb`, counts `int`, and money minor units `bigint` read back as an exact
 * decimal string. An entity lists its properties against these; a column with more to say (a default, a unique
 * name) spreads one and adds it.
 */
export const column = {
  id: { type: 'string', columnType: 'text', primary: true },
  text: { type: 'string', columnType: 'text' },
  optionalText: { type: 'string', columnType: 'text', nullable: true },
  timestamp: { type: 'datetime', columnType: 'timestamptz' },
  optionalTimestamp: { type: 'datetime', columnType: 'timestamptz', nullable: true },
  json: { type: 'json', columnType: 'jsonb' },
  optionalJson: { type: 'json', columnType: 'jsonb', nullable: true },
  int: { type: 'integer', columnType: 'int' },
  optionalInt: { type: 'integer', columnType: 'int', nullable: true },
  money: { type: new BigIntType('string'), columnType: 'bigint' },
  optionalMoney: { type: new BigIntType('string'), columnType: 'bigint', nullable: true },
} as const;
