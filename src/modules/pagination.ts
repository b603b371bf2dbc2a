import { InvalidArgumentError } from './errors.js';

/**
 * Keyset pagination over sortable ids (newId is time-ordered): the cursor is the last id seen, opaque to clients.
 */
export interface PageRequest {
  first: number;
  after: string | null;
}

export interface Page<T> {
  items: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export const MAX_PAGE_SIZE = 100;

export function encodeCursor(id: string): string {
  return Buffer.from(`id:${id}`, 'utf8').toString('base64url');
}

/**
 * The id inside a cursor. A cursor this API did not issue (it does not decode, or does not encode back to itself) is
 * refused naming the argument: answering it with an empty page would make a poller believe it had reached the end,
 * or start over.
 */
export function decodeCursor(cursor: string, argument = 'after'): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = text.startsWith('id:') ? text.slice(3) : '';
  if (!/^[A-Za-z0-9_]{1,64}$/.test(id) || encodeCursor(id) !== cursor) {
    throw new InvalidArgumentError(argument, "not a cursor of this API (pass the endCursor or cursor of an earlier answer)");
  }
  return id;
}

/** Where a page starts: null without a cursor (absent or empty, as the first request sends it), else its id. */
export function decodeAfter(after: string | null | undefined, argument = 'after'): string | null {
  return after ? decodeCursor(after, argument) : null;
}

/** Turns `first + 1` fetched rows into a page. */
export function toPage<T extends { id: string }>(rows: T[], first: number): Page<T> {
  const items = rows.slice(0, first);
  const last = items[items.length - 1];
  return { items, endCursor: last ? encodeCursor(last.id) : null, hasNextPage: rows.length > first };
}
