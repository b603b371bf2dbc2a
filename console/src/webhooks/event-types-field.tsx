import { useId } from 'react';
import { errorsFor, type PayloadError } from '../ui/form.js';
import type { EventTypesValue } from './event-type-list.js';

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
