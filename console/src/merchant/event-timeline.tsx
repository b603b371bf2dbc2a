import type { ConsoleEventFragment } from '../generated/graphql.js';
import { formatTime } from '../ui/format.js';
import { Empty } from '../ui/states.js';

/** The payment's append-only event log, oldest first. */
export function EventTimeline({ events }: { events: readonly ConsoleEventFragment[] }) {
  if (events.length === 0) return <Empty>No events.</Empty>;
  return (
    <ol className="timeline" aria-label="Event timeline">
      {events.map((e) => (
        <li key={e.id} className={`timeline-item timeline-${e.type.toLowerCase()}`}>
          <div className="timeline-head">
            <strong>{e.type.replaceAll('_', ' ')}</strong>
            {e.fromStatus || e.toStatus ? (
              <span>
                {' '}
                {e.fromStatus ?? '∅'} → {e.toStatus ?? '∅'}
              </span>
            ) : null}
            <span className="hint"> · {e.source} · {formatTime(e.createdAt)}</span>
          </div>
          {Object.keys(e.payload).length > 0 ? (
            <details>
              <summary>Details</summary>
              <pre>{JSON.stringify(e.payload, null, 2)}</pre>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
