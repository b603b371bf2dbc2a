import { useQuery } from '../api/hooks.js';
import { ConsoleJobsDocument } from '../generated/graphql.js';
import { Button } from '../ui/buttons.js';
import { formatTime } from '../ui/format.js';
import { Empty, QueryView } from '../ui/states.js';

/** The durable job queues: counts by state, the dead-letter count, the most recent jobs. */
export function Jobs() {
  const query = useQuery(ConsoleJobsDocument, { recent: 50 });
  return (
    <section aria-labelledby="jobs-title">
      <div className="page-head">
        <h1 id="jobs-title">Jobs</h1>
        <Button onClick={() => void query.refetch()} busy={query.loading}>
          Refresh
        </Button>
      </div>
      <QueryView state={query} what="jobs">
        {({ jobs }) => (
          <>
            <div className="tiles">
              <Tile label="Pending" value={jobs.pending} />
              <Tile label="Active" value={jobs.active} />
              <Tile label="Failed" value={jobs.failed} tone={jobs.failed ? 'warn' : undefined} />
              <Tile label="Dead letters" value={jobs.dead} tone={jobs.dead ? 'bad' : undefined} hint="Retries exhausted, or syncs that gave up" />
            </div>
            <h2>Queues</h2>
            {jobs.queues.length === 0 ? (
              <Empty>No queues (the job engine may be disabled).</Empty>
            ) : (
              <table className="table" aria-label="Queues">
                <thead>
                  <tr>
                    <th scope="col">Queue</th>
                    <th scope="col">Pending</th>
                    <th scope="col">Active</th>
                    <th scope="col">Completed</th>
                    <th scope="col">Failed</th>
                  </tr>
                </thead>
                <tbody>
                  {jobs.queues.map((q) => (
                    <tr key={q.queue}>
                      <td><code>{q.queue}</code></td>
                      <td className="num">{q.pending}</td>
                      <td className="num">{q.active}</td>
                      <td className="num">{q.completed}</td>
                      <td className="num">{q.failed}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h2>Recent jobs</h2>
            {jobs.recent.length === 0 ? (
              <Empty>No jobs yet.</Empty>
            ) : (
              <table className="table" aria-label="Recent jobs">
                <thead>
                  <tr>
                    <th scope="col">Created</th>
                    <th scope="col">Queue</th>
                    <th scope="col">State</th>
                    <th scope="col">Retries</th>
                    <th scope="col">Record</th>
                    <th scope="col">Completed</th>
                  </tr>
                </thead>
                <tbody>
                  {jobs.recent.map((j) => (
                    <tr key={`${j.queue}:${j.id}`}>
                      <td>{formatTime(j.createdOn)}</td>
                      <td><code>{j.queue}</code></td>
                      <td>{j.state}</td>
                      <td className="num">{j.retryCount}</td>
                      <td><code>{j.recordId ?? '—'}</code></td>
                      <td>{formatTime(j.completedOn)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

export function Tile({ label, value, tone, hint }: { label: string; value: number | string; tone?: 'warn' | 'bad' | undefined; hint?: string }) {
  return (
    <div className={`tile${tone ? ` tile-${tone}` : ''}`}>
      <div className="tile-value">{value}</div>
      <div className="tile-label">{label}</div>
      {hint ? <div className="hint">{hint}</div> : null}
    </div>
  );
}
