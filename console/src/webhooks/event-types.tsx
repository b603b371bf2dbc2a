import { useId } from 'react';
import { errorsFor, type PayloadError } from '../ui/form.js';

/** What the form holds: every event (the API's null), or a list typed as text. */
export interface EventTypesValue {
  all: boolean;
  text: string;
}

export const EVERY_EVENT: EventTypesValue = { all: true, text: '' };

export function eventTypesValue(types: readonly string[] | null | undefined): EventTypesValue {
  return types ? { all: false, text: types.join(', ') } : EVERY_EVENT;
}

/** The API's eventTypes: null for every event, else the entries as typed (the gateway checks their form). */
export function eventTypesInput(value: EventTypesValue): string[] | null {
  return value.all ? null : value.text.split(/[\s,]+/).filter(Boolean);
}

export function describeEventTypes(types: readonly string[] | null | undefined): string {
  return types ? types.join(', ') : 'Every event';
}

/** "Every event" or "Only these" with the list; payload errors naming eventTypes show under it. */
export function EventTypesField({ value, onChange, errors }: { value: EventTypesValue; onChange: (value: EventTypesValue) => void; errors: readonly PayloadError[] }) {
  const id = useId();
  const mine = errorsFor(errors, 'eventTypes');
  return (
    <fieldset className={`field${mine.length ? ' field-invalid' : ''}`}>
      <legend>Events</legend>
      <div>
        <label className="inline">
          <input type="radio" name={`${id}-scope`} checked={value.all} onChange={() => onChange({ ...value, all: true })} /> Every event
        </label>
        <label className="inline">
          <input type="radio" name={`${id}-scope`} checked={!value.all} onChange={() => onChange({ ...value, all: false })} /> Only these
        </label>
      </div>
      {value.all ? null : (
        <>
          <label htmlFor={`${id}-types`}>Event types</label>
          <input
            id={`${id}-types`}
            name="eventTypes"
            value={value.text}
            onChange={(e) => onChange({ ...value, text: e.target.value })}
            placeholder="PAYMENT.STATUS_CHANGED, REFUND.*"
            aria-invalid={mine.length > 0}
            aria-describedby={`${id}-hint${mine.length ? ` ${id}-error` : ''}`}
            spellCheck={false}
          />
          <small id={`${id}-hint`} className="hint">
            AGGREGATE.TYPE or AGGREGATE.*, separated by commas or spaces.
          </small>
        </>
      )}
      {mine.map((e, i) => (
        <small key={i} id={i === 0 ? `${id}-error` : undefined} className="field-error" role="alert" data-field="eventTypes">
          {e.message}
        </small>
      ))}
    </fieldset>
  );
}
