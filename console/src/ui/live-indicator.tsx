import type { LiveStatus } from '../api/hooks.js';

const TEXT: Record<LiveStatus, string> = { live: 'Live', connecting: 'Connecting…', error: 'Live updates stopped' };

export function LiveIndicator({ status, error }: { status: LiveStatus; error?: string | undefined }) {
  return (
    <span className={`live live-${status}`} role="status" aria-live="polite" title={error} data-live={status}>
      <span className="dot" aria-hidden="true" /> {TEXT[status]}
      {error ? `: ${error}` : ''}
    </span>
  );
}
