import { useCallback, useState } from 'react';
import { Button } from './buttons.js';

export interface CursorPages {
  /** The `after` of the page shown (null: the first page). */
  after: string | null;
  firstPage: boolean;
  next(endCursor: string | null | undefined): void;
  previous(): void;
  /** Back to the first page (a filter changed). */
  reset(): void;
}

/** Forward-only cursor paging with a way back: the cursors of the pages before the one shown ("Previous" pops one). */
export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setCursors((c) => [...c, endCursor]);
  }, []);
  const previous = useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []);
  const reset = useCallback(() => setCursors([null]), []);
  return { after: cursors[cursors.length - 1] ?? null, firstPage: cursors.length === 1, next, previous, reset };
}

export function Pager({ pages, pageInfo, label }: { pages: CursorPages; pageInfo: { endCursor?: string | null; hasNextPage: boolean } | undefined; label?: string }) {
  return (
    <nav className="pager" aria-label={label ?? 'Pages'}>
      <Button disabled={pages.firstPage} onClick={pages.previous}>
        Previous page
      </Button>
      <Button disabled={!pageInfo?.hasNextPage} onClick={() => pages.next(pageInfo?.endCursor)}>
        Next page
      </Button>
    </nav>
  );
}
