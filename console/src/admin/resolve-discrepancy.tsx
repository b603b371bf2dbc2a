import { useState, type FormEvent } from 'react';
import { useMutation } from '../api/hooks.js';
import { ConsoleResolveDiscrepancyDocument } from '../generated/graphql.js';
import { Button } from '../ui/buttons.js';
import { FormErrors, TextField, type PayloadError } from '../ui/form.js';

/** Closes an OPEN discrepancy with a note saying what was done. */
export function ResolveDiscrepancy({ id, onDone }: { id: string; onDone: () => void }) {
  const [resolve, state] = useMutation(ConsoleResolveDiscrepancyDocument);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<PayloadError[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await resolve({ id, note });
    if (!result) return;
    setErrors(result.resolveDiscrepancy.errors);
    if (result.resolveDiscrepancy.errors.length === 0) {
      setOpen(false);
      onDone();
    }
  };

  if (!open) return <Button onClick={() => setOpen(true)}>Resolve…</Button>;
  return (
    <form className="stack" onSubmit={submit} aria-label="Resolve the discrepancy">
      <TextField label="Note (what was done)" name="note" errors={errors} value={note} onChange={(e) => setNote(e.target.value)} required autoFocus />
      <FormErrors errors={errors} fields={['note']} requestError={state.error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={state.running}>
          Resolve
        </Button>
        <Button onClick={() => setOpen(false)}>Cancel</Button>
      </div>
    </form>
  );
}
