import { useCallback, useState } from 'react';
import { useQuery, useSubscription } from '../api/hooks.js';
import { Link, navigate } from '../app/router.js';
import { useSession } from '../app/session-context.js';
import { ConsoleSchedulesDocument, ConsoleScheduleUpdatedDocument, type ConsoleScheduleFragment, type ScheduleStatus } from '../generated/graphql.js';
import { Button } from '../ui/buttons.js';
import { SelectField } from '../ui/form.js';
import { formatMinor, formatTime } from '../ui/format.js';
import { LiveIndicator } from '../ui/live-indicator.js';
import { Pager, useCursorPages } from '../ui/pager.js';
import { Empty, ErrorBox, Loading } from '../ui/states.js';
import { StatusBadge } from '../ui/status-badge.js';
import { CreateSchedule } from './create-schedule.js';
import { describeRecurrence } from './schedule-text.js';

const PAGE_SIZE = 20;
const STATUSES: ScheduleStatus[] = ['ACTIVE', 'PAUSED', 'PAST_DUE', 'NEEDS_REAUTHORIZATION', 'CANCELLED', 'COMPLETED'];

/** Billing schedules, newest first, live: a schedule shown changes in place as its cycles fall due and are charged. */
export function Schedules() {
  const { canAct, viewer } = useSession();
  // Schedules are created and changed by merchant keys only; admins read them.
  const mayChange = canAct && viewer.role === 'MERCHANT';
  const [status, setStatus] = useState('');
  const [creating, setCreating] = useState(false);
  const pages = useCursorPages();
  const query = useQuery(ConsoleSchedulesDocument, { first: PAGE_SIZE, after: pages.after, filter: status ? { status: status as ScheduleStatus } : {} });

  const replace = useCallback(
    (schedule: ConsoleScheduleFragment) =>
      query.setData((current) => current && { schedules: { ...current.schedules, nodes: current.schedules.nodes.map((s) => (s.id === schedule.id ? schedule : s)) } }),
    [query.setData],
  );
  const live = useSubscription(ConsoleScheduleUpdatedDocument, {}, (event) => {
    if (event.scheduleUpdated.schedule) replace(event.scheduleUpdated.schedule);
  });

  const rows = query.data?.schedules.nodes ?? [];
  return (
    <section aria-labelledby="schedules-title">
      <div className="page-head">
        <h1 id="schedules-title">Schedules</h1>
        <LiveIndicator status={live.status} error={live.error} />
        {mayChange ? (
          <Button variant="primary" onClick={() => setCreating((v) => !v)} aria-expanded={creating}>
            New schedule
          </Button>
        ) : null}
      </div>
      {creating && mayChange ? <CreateSchedule onClose={() => setCreating(false)} onCreated={(schedule) => navigate(`/schedules/${schedule.id}`)} /> : null}
      <form className="filters" aria-label="Filter schedules" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Status"
          name="status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value);
            pages.reset();
          }}
          options={[['', 'Any status'], ...STATUSES.map((s) => [s, s.replaceAll('_', ' ')] as const)]}
        />
      </form>
      {query.error ? <ErrorBox>Could not load schedules: {query.error}</ErrorBox> : null}
      {!query.data && !query.error ? <Loading what="schedules" /> : null}
      {query.data && rows.length === 0 ? <Empty>No schedules {status ? 'with this status' : 'yet'}.</Empty> : null}
      {rows.length > 0 ? (
        <table className="table" aria-label="Schedules" aria-busy={query.loading}>
          <thead>
            <tr>
              <th scope="col">Created</th>
              <th scope="col">Description</th>
              <th scope="col">Amount</th>
              <th scope="col">Repeats</th>
              <th scope="col">Next due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.id} data-schedule-id={s.id} data-status={s.status}>
                <td>{formatTime(s.createdAt)}</td>
                <td>
                  <Link to={`/schedules/${s.id}`}>{s.description}</Link>
                </td>
                <td className="num">{formatMinor(s.amount.value, s.amount.currency)}</td>
                <td>
                  {describeRecurrence(s.recurrence)}
                  <div className="hint">{s.timeZone}</div>
                </td>
                <td>{formatTime(s.nextDueAt)}</td>
                <td>
                  <StatusBadge status={s.status} />
                  {s.statusReason ? <div className="hint">{s.statusReason}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Pager pages={pages} pageInfo={query.data?.schedules.pageInfo} label="Schedule pages" />
    </section>
  );
}
