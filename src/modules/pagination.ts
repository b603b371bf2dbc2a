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

/** The id inside a cursor, or null when the cursor is not one of ours. */
export function decodeCursor(cursor: string): string | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  return text.startsWith('id:') && text.length > 3 ? text.slice(3) : null;
}

/** Turns `first + 1` fetched rows into a page. */
export function toPage<T extends { id: string }>(rows: T[], first: number): Page<T> {
  const items = rows.slice(0, first);
  const last = items[items.length - 1];
  return { items, endCursor: last ? encodeCursor(last.id) : null, hasNextPage: rows.length > first };
}
