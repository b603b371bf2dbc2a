import { useId, useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '../api/hooks.js';
import {
  ConsoleAuthorizationsDocument,
  ConsoleCreateScheduleDocument,
  type ConsoleScheduleFragment,
  type CreateScheduleInput,
  type MissedCyclePolicy,
  type RecurrenceFrequency,
  type RecurrenceInput,
  type RetriesExhaustedPolicy,
} from '../generated/graphql.js';
import { Button } from '../ui/buttons.js';
import { FormErrors, SelectField, TextArea, TextField, type PayloadError } from '../ui/form.js';
import { toMinor } from '../ui/format.js';
import { Empty, ErrorBox, Loading } from '../ui/states.js';
import { browserTimeZone, knownTimeZones, wallTimeToIso } from './wall-time.js';

/** Fields under "More options": it opens when one of them has an error. */
const MORE_FIELDS = ['missedCyclePolicy', 'dunning.retryOffsetsSeconds', 'dunning.onRetriesExhausted', 'referenceOrderIdTemplate', 'metadata'];
/** Every input field the form shows, by its API name (payload errors for others go to the box below the form). */
const FIELDS = [
  'authorizationId',
  'amount.value',
  'amount.currency',
  'description',
  'recurrence.frequency',
  'recurrence.rrule',
  'recurrence.interval',
  'recurrence.anchorDay',
  'recurrence.anchorMonth',
  'timeZone',
  'startAt',
  'endAt',
  'maxCycles',
  ...MORE_FIELDS,
];
const CUSTOM = 'RRULE';
const FREQUENCIES: ReadonlyArray<readonly [string, string]> = [
  ['DAILY', 'Daily'],
  ['WEEKLY', 'Weekly'],
  ['MONTHLY', 'Monthly'],
  ['YEARLY', 'Yearly'],
  [CUSTOM, 'Custom (RRULE)'],
];

/** A problem found before sending (a number that is not one, JSON that does not parse), shown like the gateway's. */
const local = (field: string, message: string): PayloadError => ({ code: 'INVALID', field, message });

function wholeNumber(text: string, field: string, problems: PayloadError[]): number | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (!/^\d+$/.test(value)) {
    problems.push(local(field, `${field} must be a whole number`));
    return undefined;
  }
  return Number(value);
}

/** createSchedule on one of the merchant's ACTIVE authorizations, with every option the input offers. */
export function CreateSchedule({ onCreated, onClose }: { onCreated: (schedule: ConsoleScheduleFragment) => void; onClose: () => void }) {
  const authorizations = useQuery(ConsoleAuthorizationsDocument, { first: 30, filter: { status: 'ACTIVE' } });
  const [create, state] = useMutation(ConsoleCreateScheduleDocument);
  // One key per form: a double submit (or a retry after a lost answer) gets the stored schedule, not a second one.
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);
  const zonesId = useId();
  const zones = useMemo(knownTimeZones, []);
  const [chosen, setChosen] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('PHP');
  const [description, setDescription] = useState('');
  const [frequency, setFrequency] = useState('MONTHLY');
  const [interval, setInterval] = useState('');
  const [anchorDay, setAnchorDay] = useState('');
  const [anchorMonth, setAnchorMonth] = useState('');
  const [rrule, setRrule] = useState('');
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [startAt, setStartAt] = useState('');
  const [endAt, setEndAt] = useState('');
  const [maxCycles, setMaxCycles] = useState('');
  const [missed, setMissed] = useState<MissedCyclePolicy>('LATEST_ONLY');
  const [retryOffsets, setRetryOffsets] = useState('');
  const [exhausted, setExhausted] = useState('');
  const [template, setTemplate] = useState('');
  const [metadata, setMetadata] = useState('');
  const [errors, setErrors] = useState<PayloadError[]>([]);

  const active = authorizations.data?.authorizations.nodes ?? [];
  const authorizationId = chosen || active[0]?.id || '';

  const build = (): { input?: CreateScheduleInput; problems: PayloadError[] } => {
    const problems: PayloadError[] = [];
    const recurrence: RecurrenceInput =
      frequency === CUSTOM
        ? { rrule }
        : {
            frequency: frequency as RecurrenceFrequency,
            ...optional('interval', wholeNumber(interval, 'recurrence.interval', problems)),
            ...optional('anchorDay', wholeNumber(anchorDay, 'recurrence.anchorDay', problems)),
            ...optional('anchorMonth', wholeNumber(anchorMonth, 'recurrence.anchorMonth', problems)),
          };
    const start = startAt ? wallTimeToIso(startAt, timeZone) : undefined;
    if (startAt && !start) problems.push(local('startAt', 'startAt is not a date and time'));
    const end = endAt ? wallTimeToIso(endAt, timeZone) : undefined;
    if (endAt && !end) problems.push(local('endAt', 'endAt is not a date and time'));
    const offsets = retryOffsets.trim() === '' ? undefined : retryOffsets.split(/[\s,]+/).filter(Boolean).map((s) => wholeNumber(s, 'dunning.retryOffsetsSeconds', problems) ?? 0);
    let meta: Record<string, unknown> | undefined;
    if (metadata.trim() !== '') {
      try {
        const parsed: unknown = JSON.parse(metadata);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) problems.push(local('metadata', 'metadata must be a JSON object'));
        else meta = parsed as Record<string, unknown>;
      } catch {
        problems.push(local('metadata', 'metadata is not valid JSON'));
      }
    }
    const cycles = wholeNumber(maxCycles, 'maxCycles', problems);
    if (problems.length) return { problems };
    const dunning = offsets !== undefined || exhausted ? { ...(offsets !== undefined ? { retryOffsetsSeconds: offsets } : {}), ...(exhausted ? { onRetriesExhausted: exhausted as RetriesExhaustedPolicy } : {}) } : undefined;
    return {
      problems,
      input: {
        authorizationId,
        amount: { value: toMinor(amount, currency), currency: currency.trim().toUpperCase() },
        description,
        recurrence,
        timeZone: timeZone.trim(),
        missedCyclePolicy: missed,
        idempotencyKey,
        ...optional('startAt', start),
        ...optional('endAt', end),
        ...optional('maxCycles', cycles),
        ...optional('dunning', dunning),
        ...optional('referenceOrderIdTemplate', template.trim() || undefined),
        ...optional('metadata', meta),
      },
    };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { input, problems } = build();
    if (!input) {
      setErrors(problems);
      return;
    }
    const result = await create({ input });
    if (!result) return;
    setErrors(result.createSchedule.errors);
    if (result.createSchedule.schedule) onCreated(result.createSchedule.schedule);
  };

  if (authorizations.error) return <ErrorBox>Could not load authorizations: {authorizations.error}</ErrorBox>;
  if (!authorizations.data) return <Loading what="active authorizations" />;
  if (active.length === 0) return <Empty>No ACTIVE authorization yet: start one on the Authorizations page first.</Empty>;
  const custom = frequency === CUSTOM;
  return (
    <form className="card form-grid" onSubmit={submit} aria-label="New schedule">
      <h2>New schedule</h2>
      <SelectField
        label="Authorization"
        name="authorizationId"
        errors={errors}
        value={authorizationId}
        onChange={(e) => setChosen(e.target.value)}
        options={active.map((a) => [a.id, `${a.customerBelongsTo} · token ${a.accessTokenHint ?? ''} · ${a.id.slice(0, 8)}`] as const)}
      />
      <div className="form-row form-row-top">
        <TextField label="Amount per cycle" name="amount.value" errors={errors} value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" placeholder="9.99" required hint="In the currency's major unit." />
        <TextField label="Currency" name="amount.currency" errors={errors} value={currency} onChange={(e) => setCurrency(e.target.value)} maxLength={3} required />
      </div>
      <TextField label="Description" name="description" errors={errors} value={description} onChange={(e) => setDescription(e.target.value)} required maxLength={256} hint="Each charge's order description, shown to the customer." />
      <div className="form-row form-row-top">
        <SelectField label="Repeats" name="recurrence.frequency" errors={errors} value={frequency} onChange={(e) => setFrequency(e.target.value)} options={FREQUENCIES} />
        {custom ? (
          <TextField label="RRULE" name="recurrence.rrule" errors={errors} value={rrule} onChange={(e) => setRrule(e.target.value)} placeholder="FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1" spellCheck={false} required />
        ) : (
          <>
            <TextField label="Every (interval)" name="recurrence.interval" errors={errors} value={interval} onChange={(e) => setInterval(e.target.value)} inputMode="numeric" placeholder="1" />
            {frequency !== 'DAILY' ? (
              <TextField
                label={frequency === 'WEEKLY' ? 'Weekday (1 = Monday)' : 'Day of month'}
                name="recurrence.anchorDay"
                errors={errors}
                value={anchorDay}
                onChange={(e) => setAnchorDay(e.target.value)}
                inputMode="numeric"
                placeholder="the start's"
              />
            ) : null}
            {frequency === 'YEARLY' ? <TextField label="Month (1–12)" name="recurrence.anchorMonth" errors={errors} value={anchorMonth} onChange={(e) => setAnchorMonth(e.target.value)} inputMode="numeric" placeholder="the start's" /> : null}
          </>
        )}
      </div>
      <div className="form-row form-row-top">
        <TextField label="Time zone" name="timeZone" errors={errors} value={timeZone} onChange={(e) => setTimeZone(e.target.value)} list={zonesId} spellCheck={false} required hint="IANA name; the times below are wall times there." />
        <datalist id={zonesId}>
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <TextField label="First charge" name="startAt" errors={errors} type="datetime-local" step={1} value={startAt} onChange={(e) => setStartAt(e.target.value)} hint="Empty: now. Gives the time of day." />
      </div>
      <div className="form-row form-row-top">
        <TextField label="No charge after" name="endAt" errors={errors} type="datetime-local" step={1} value={endAt} onChange={(e) => setEndAt(e.target.value)} hint="Optional." />
        <TextField label="At most (cycles)" name="maxCycles" errors={errors} value={maxCycles} onChange={(e) => setMaxCycles(e.target.value)} inputMode="numeric" hint="Optional." />
      </div>
      <details open={errors.some((e) => MORE_FIELDS.includes(e.field ?? '')) || undefined}>
        <summary>More options</summary>
        <div className="form-grid">
          <SelectField
            label="Missed occurrences"
            name="missedCyclePolicy"
            errors={errors}
            value={missed}
            onChange={(e) => setMissed(e.target.value as MissedCyclePolicy)}
            options={[['LATEST_ONLY', 'Charge only the latest (skip the others)'], ['EACH', 'Charge each one']]}
          />
          <div className="form-row form-row-top">
            <TextField label="Retry after (seconds)" name="dunning.retryOffsetsSeconds" errors={errors} value={retryOffsets} onChange={(e) => setRetryOffsets(e.target.value)} placeholder="gateway default" hint="After the first failure, increasing, comma-separated (e.g. 86400, 259200)." />
            <SelectField
              label="When retries run out"
              name="dunning.onRetriesExhausted"
              errors={errors}
              value={exhausted}
              onChange={(e) => setExhausted(e.target.value)}
              options={[['', 'Gateway default'], ['PAST_DUE', 'Past due, keep charging'], ['CANCEL', 'Cancel the schedule']]}
            />
          </div>
          <TextField label="Order id template" name="referenceOrderIdTemplate" errors={errors} value={template} onChange={(e) => setTemplate(e.target.value)} placeholder="{schedule}-{cycle}" hint="{schedule}, {cycle} (required), {date}." />
          <TextArea label="Metadata (JSON object)" name="metadata" errors={errors} value={metadata} onChange={(e) => setMetadata(e.target.value)} rows={3} placeholder='{"plan": "gold"}' />
        </div>
      </details>
      <FormErrors errors={errors} fields={FIELDS} requestError={state.error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={state.running}>
          Create schedule
        </Button>
        <Button onClick={onClose}>Close</Button>
      </div>
    </form>
  );
}

/** `{ [key]: value }` when the value is given, `{}` otherwise (the API's "absent" for optional inputs). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
