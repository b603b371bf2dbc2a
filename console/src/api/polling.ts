import { useEffect, useRef } from 'react';

/**
 * Calls `refresh` every `intervalMs` while `active` holds. For what the API has no subscription for (a webhook's
 * delivery log): the page follows a PENDING delivery to its outcome, and stops asking once nothing is pending.
 */
export function usePolling(refresh: () => unknown, active: boolean, intervalMs: number): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void latest.current(), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
}
