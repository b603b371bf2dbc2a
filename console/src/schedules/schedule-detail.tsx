import { useCallback } from 'react';
import { useQuery, useSubscription } from '../api/hooks.js';
import { Link } from '../app/router.js';
import { useSession } from '../app/session-context.js';
import { ConsoleScheduleDocument, ConsoleScheduleUpdatedDocument } from '../generated/graphql.js';
import { formatMinor, formatTime } from '../ui/format.js';
import { LiveIndicator } from '../ui/live-indicator.js';
import { Pager, useCursorPages } from '../ui/pager.js';
import { Empty, ErrorBox, Loading } from '../ui/states.js';
import { StatusBadge } from '../ui/status-badge.js';
import { CyclesTable } from './cycles-table.js';
import { ChangeAmount, ScheduleStatusActions } from './schedule-actions.js';
import { ScheduleEvents } from './schedule-events.js';
import { describeRecurrence } from './schedule-text.js';

const CYCLES_PAGE = 20;

/** One schedule, live: its terms, its cycles with their payments, its event log; pause, resume, cancel, amount. */
export function ScheduleDetail({ id }: { id: string }) {
  const { canAct, viewer } = useSession();
  const mayChange = canAct && viewer.role === 'MERCHANT';
  const pages = useCursorPages();
  const query = useQuery(ConsoleScheduleDocument, { id, cyclesFirst: CYCLES_PAGE, cyclesAfter: pages.after });
  const refetch = useCallback(() => void query.refetch(), [query.refetch]);
  const live = useSubscription(ConsoleScheduleUpdatedDocument, { scheduleId: id }, refetch, refetch);

  if (query.error) return <ErrorBox>Could not load the schedule: {query.error}</ErrorBox>;
  if (!query.data) return <Loading what="the schedule" />;
  const schedule = query.data.schedule;
  if (!schedule) return <Empty>No schedule {id} is visible to this key.</Empty>;
  const { dunning } = schedule;

  return (
    <section aria-labelledby="schedule-title">
      <p className="crumbs">
        <Link to="/schedules">← Schedules</Link>
      </p>
      <div className="page-head">
        <h1 id="schedule-title">
          {schedule.description} <StatusBadge status={schedule.status} />
        </h1>
        <LiveIndicator status={live.status} error={live.error} />
      </div>
      <div className="columns">
        <div className="card">
          <dl className="facts">
            <dt>Amount per cycle</dt>
            <dd data-testid="schedule-amount">{formatMinor(schedule.amount.value, schedule.amount.currency)}</dd>
            <dt>Repeats</dt>
            <dd>
              {describeRecurrence(schedule.recurrence)} <code className="hint">{schedule.recurrence.rule}</code>
            </dd>
            <dt>Time zone</dt>
            <dd>{schedule.timeZone}</dd>
            <dt>Starts</dt>
            <dd>{formatTime(schedule.startAt)}</dd>
            <dt>Ends</dt>
            <dd>
              {schedule.endAt ? formatTime(schedule.endAt) : 'No end date'}
              {schedule.maxCycles ? `, at most ${schedule.maxCycles} cycles` : ''}
            </dd>
            <dt>Next due</dt>
            <dd>
              {schedule.nextDueAt ? `${formatTime(schedule.nextDueAt)} (cycle ${schedule.nextCycleNumber})` : '—'}
            </dd>
            <dt>Status reason</dt>
            <dd>{schedule.statusReason ?? '—'}</dd>
            <dt>Missed occurrences</dt>
            <dd>{schedule.missedCyclePolicy === 'EACH' ? 'Charge each' : 'Charge only the latest'}</dd>
            <dt>Retries</dt>
            <dd>
              {dunning.retryOffsetsSeconds.length ? `after ${dunning.retryOffsetsSeconds.map((s) => `${s} s`).join(', ')}` : 'none'}; then {dunning.onRetriesExhausted.replaceAll('_', ' ')}
            </dd>
            <dt>Order id template</dt>
            <dd><code>{schedule.referenceOrderIdTemplate}</code></dd>
            <dt>Authorization</dt>
            <dd><code>{schedule.authorizationId}</code></dd>
            <dt>Id</dt>
            <dd><code data-testid="schedule-id">{schedule.id}</code></dd>
            <dt>Created</dt>
            <dd>{formatTime(schedule.createdAt)}</dd>
          </dl>
        </div>
        {mayChange ? (
          <div className="card actions-card">
            <h2>Actions</h2>
            <ScheduleStatusActions schedule={schedule} onDone={refetch} />
            <ChangeAmount key={schedule.id} schedule={schedule} onDone={refetch} />
          </div>
        ) : null}
      </div>

      <h2>Cycles</h2>
      <CyclesTable cycles={schedule.cycles.nodes} />
      <Pager pages={pages} pageInfo={schedule.cycles.pageInfo} label="Cycle pages" />

      <h2>Events</h2>
      <ScheduleEvents scheduleId={schedule.id} version={`${schedule.updatedAt}:${schedule.cycles.nodes.map((c) => c.status).join()}`} />
    </section>
  );
}
