import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { ErrorBox } from './states.js';

/** A payload error as every mutation of the API returns it: `field` names the input at fault (dotted), or null. */
export interface PayloadError {
  code: string;
  field?: string | null;
  message: string;
  line?: number | null;
  column?: string | null;
}

/** The errors that belong next to `field` (itself or a part of it: "amount" takes "amount.value"). */
export function errorsFor(errors: readonly PayloadError[] | undefined, field: string): PayloadError[] {
  return (errors ?? []).filter((e) => e.field === field || (e.field ?? '').startsWith(`${field}.`));
}

/** The errors no field on the form shows: the whole input's, and any naming a field the form does not have. */
export function FormErrors({ errors, fields, requestError }: { errors: readonly PayloadError[] | undefined; fields: readonly string[]; requestError?: string | undefined }) {
  const rest = (errors ?? []).filter((e) => !fields.some((f) => errorsFor([e], f).length > 0));
  if (!rest.length && !requestError) return null;
  return (
    <ErrorBox>
      {requestError ? <p>{requestError}</p> : null}
      {rest.map((e, i) => (
        <p key={i}>
          {e.message}
          {e.line ? ` (line ${e.line}${e.column ? `, column ${e.column}` : ''})` : ''} <code>{e.code}</code>
        </p>
      ))}
    </ErrorBox>
  );
}

interface FieldShell {
  label: string;
  /** The input's name in the API (dotted), to place its payload errors. */
  name: string;
  errors?: readonly PayloadError[] | undefined;
  hint?: ReactNode;
}

function Shell({ id, label, name, errors, hint, children }: FieldShell & { id: string; children: ReactNode }) {
  const mine = errorsFor(errors, name);
  return (
    <div className={`field${mine.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? <small id={`${id}-hint`} className="hint">{hint}</small> : null}
      {mine.map((e, i) => (
        <small key={i} id={i === 0 ? `${id}-error` : undefined} className="field-error" role="alert" data-field={name}>
          {e.message}
        </small>
      ))}
    </div>
  );
}

function describedBy(id: string, shell: FieldShell): string | undefined {
  const ids = [shell.hint ? `${id}-hint` : '', errorsFor(shell.errors, shell.name).length ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function TextField({ label, name, errors, hint, ...input }: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const shell = { label, name, errors, hint };
  return (
    <Shell id={id} {...shell}>
      <input id={id} name={name} aria-invalid={errorsFor(errors, name).length > 0} aria-describedby={describedBy(id, shell)} {...input} />
    </Shell>
  );
}

export function TextArea({ label, name, errors, hint, ...input }: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const shell = { label, name, errors, hint };
  return (
    <Shell id={id} {...shell}>
      <textarea id={id} name={name} aria-invalid={errorsFor(errors, name).length > 0} aria-describedby={describedBy(id, shell)} {...input} />
    </Shell>
  );
}

export function SelectField({ label, name, errors, hint, options, ...select }: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { options: ReadonlyArray<readonly [string, string]> }) {
  const id = useId();
  const shell = { label, name, errors, hint };
  return (
    <Shell id={id} {...shell}>
      <select id={id} name={name} aria-describedby={describedBy(id, shell)} {...select}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Shell>
  );
}
