import { useState } from 'react';
import { useMutation } from '../api/hooks.js';
import {
  ConsoleCancelScheduleDocument,
  ConsolePauseScheduleDocument,
  ConsoleResumeScheduleDocument,
  ConsoleUpdateScheduleDocument,
  type ConsoleScheduleFragment,
} from '../generated/graphql.js';
import { ConfirmButton } from '../ui/buttons.js';
import { FormErrors, TextField, type PayloadError } from '../ui/form.js';
import { formatMinor, minorToDecimal, toMinor } from '../ui/format.js';
import { ErrorBox } from '../ui/states.js';
import { FINAL, PAUSABLE } from './schedule-text.js';

type Done = (schedule: ConsoleScheduleFragment) => void;

/** Pause, resume and cancel, each after a confirmation saying what it does to the cycles. */
export function ScheduleStatusActions({ schedule, onDone }: { schedule: ConsoleScheduleFragment; onDone: Done }) {
  const [pause, pausing] = useMutation(ConsolePauseScheduleDocument);
  const [resume, resuming] = useMutation(ConsoleResumeScheduleDocument);
  const [cancel, cancelling] = useMutation(ConsoleCancelScheduleDocument);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const settle = (payload: { schedule?: ConsoleScheduleFragment | null; errors: PayloadError[] }) => {
    setErrors(payload.errors);
    if (payload.schedule) onDone(payload.schedule);
  };
  if (FINAL.includes(schedule.status)) return <p className="hint">A {schedule.status.replaceAll('_', ' ')} schedule charges nothing more.</p>;
  return (
    <div className="stack">
      <h3>Status</h3>
      <div className="actions">
        {PAUSABLE.includes(schedule.status) ? (
          <ConfirmButton
            label="Pause…"
            title="Pause this schedule?"
            confirmLabel="Pause"
            variant="primary"
            busy={pausing.running}
            onConfirm={async () => {
              const result = await pause({ id: schedule.id });
              if (result) settle(result.pauseSchedule);
            }}
          >
            <p>Nothing is charged until you resume it; occurrences that fall in the pause are skipped, not charged later.</p>
          </ConfirmButton>
        ) : null}
        {schedule.status === 'PAUSED' ? (
          <ConfirmButton
            label="Resume…"
            title="Resume this schedule?"
            confirmLabel="Resume"
            variant="primary"
            busy={resuming.running}
            onConfirm={async () => {
              const result = await resume({ id: schedule.id });
              if (result) settle(result.resumeSchedule);
            }}
          >
            <p>Charging continues with the next occurrence after now; the ones missed during the pause stay skipped.</p>
          </ConfirmButton>
        ) : null}
        <ConfirmButton
          label="Cancel schedule…"
          title="Cancel this schedule?"
          confirmLabel="Cancel the schedule"
          busy={cancelling.running}
          onConfirm={async () => {
            const result = await cancel({ id: schedule.id });
            if (result) settle(result.cancelSchedule);
          }}
        >
          <p>For good: waiting cycles are cancelled and nothing more is charged (a charge already in flight still settles). This cannot be undone.</p>
        </ConfirmButton>
      </div>
      <FormErrors errors={errors} fields={[]} requestError={pausing.error ?? resuming.error ?? cancelling.error} />
    </div>
  );
}

/** A new amount for the cycles created from now on (same currency); cycles already created keep theirs. */
export function ChangeAmount({ schedule, onDone }: { schedule: ConsoleScheduleFragment; onDone: Done }) {
  const currency = schedule.amount.currency;
  const [update, state] = useMutation(ConsoleUpdateScheduleDocument);
  const [amount, setAmount] = useState(() => minorToDecimal(schedule.amount.value, currency));
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [outcome, setOutcome] = useState<string | undefined>(undefined);
  const minor = toMinor(amount, currency);
  if (FINAL.includes(schedule.status)) return null;
  return (
    <form className="stack" aria-label="Change amount" onSubmit={(e) => e.preventDefault()}>
      <h3>Amount</h3>
      <TextField label={`New amount per cycle (${currency})`} name="amount.value" errors={errors} value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" />
      <FormErrors errors={errors} fields={['amount.value']} requestError={state.error} />
      {outcome ? <p role="status" className="notice">{outcome}</p> : null}
      {/^\d+$/.test(minor) ? (
        <ConfirmButton
          label="Change amount…"
          title="Change the amount?"
          confirmLabel={`Charge ${formatMinor(minor, currency)}`}
          variant="primary"
          busy={state.running}
          onConfirm={async () => {
            setOutcome(undefined);
            const result = await update({ input: { scheduleId: schedule.id, amount: { value: minor, currency } } });
            if (!result) return;
            setErrors(result.updateSchedule.errors);
            if (result.updateSchedule.schedule) {
              setOutcome(`From the next cycle on: ${formatMinor(result.updateSchedule.schedule.amount.value, currency)}.`);
              onDone(result.updateSchedule.schedule);
            }
          }}
        >
          <p>
            Cycles created from now on charge {formatMinor(minor, currency)} instead of {formatMinor(schedule.amount.value, currency)}. Cycles already created, and their retries, keep
            their amount.
          </p>
        </ConfirmButton>
      ) : (
        <ErrorBox>Enter the amount as a number, e.g. 12.34.</ErrorBox>
      )}
    </form>
  );
}
