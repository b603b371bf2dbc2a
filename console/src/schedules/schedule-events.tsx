import { useEffect, useRef } from 'react';
import { useQuery } from '../api/hooks.js';
import { ConsoleScheduleEventsDocument } from '../generated/graphql.js';
import { EventTimeline } from '../merchant/event-timeline.js';
import { Pager, useCursorPages } from '../ui/pager.js';
import { ErrorBox, Loading } from '../ui/states.js';

const PAGE_SIZE = 30;

/** A schedule's event log, oldest first, paged; fetched again when `version` changes (a live update arrived). */
export function ScheduleEvents({ scheduleId, version }: { scheduleId: string; version: string }) {
  const pages = useCursorPages();
  const query = useQuery(ConsoleScheduleEventsDocument, { id: scheduleId, first: PAGE_SIZE, after: pages.after });
  const { refetch } = query;
  const shown = useRef(version);
  useEffect(() => {
    if (shown.current === version) return;
    shown.current = version;
    void refetch();
  }, [version, refetch]);
  if (query.error) return <ErrorBox>Could not load the events: {query.error}</ErrorBox>;
  if (!query.data) return <Loading what="events" />;
  return (
    <>
      <EventTimeline events={query.data.events.nodes} />
      <Pager pages={pages} pageInfo={query.data.events.pageInfo} label="Event pages" />
    </>
  );
}
