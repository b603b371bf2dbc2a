import { useState, type FormEvent } from 'react';
import { useMutation } from '../api/hooks.js';
import { ConsoleImportReportDocument, type ReportKind } from '../generated/graphql.js';
import { Button } from '../ui/buttons.js';
import { FormErrors, SelectField, TextField, type PayloadError } from '../ui/form.js';

const FIELDS = ['content', 'fileName', 'kind', 'periodFrom', 'periodTo'];

/** Uploads a report file (read in the browser, sent as the mutation's `content`). */
export function ImportReport({ merchantId, onImported }: { merchantId: string; onImported: () => void }) {
  const [importReport, state] = useMutation(ConsoleImportReportDocument);
  const [file, setFile] = useState<File | undefined>(undefined);
  const [kind, setKind] = useState<ReportKind>('TRANSACTION_DETAILS');
  const [periodFrom, setFrom] = useState('');
  const [periodTo, setTo] = useState('');
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [outcome, setOutcome] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    if (!file) {
      setErrors([{ code: 'REQUIRED', field: 'content', message: 'Choose a report file (CSV).' }]);
      return;
    }
    const content = await file.text();
    const result = await importReport({
      input: { merchantId, kind, content, fileName: file.name, ...(periodFrom ? { periodFrom } : {}), ...(periodTo ? { periodTo } : {}) },
    });
    if (!result) return;
    const payload = result.importSettlementReport;
    setErrors(payload.errors);
    if (payload.import) {
      setOutcome(
        `${payload.replayed ? 'Already imported' : 'Imported'} ${payload.import.fileName ?? 'the file'}: ${payload.import.rowCount} rows, ${payload.import.matchedRowCount} matched, ${payload.import.discrepancyCount} discrepancies.`,
      );
      onImported();
    }
  };

  return (
    <form className="card form-row" onSubmit={submit} aria-label="Upload a report">
      <div className="field">
        <label htmlFor="report-file">Report file (CSV)</label>
        <input id="report-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0])} aria-describedby="report-file-hint" />
        <small id="report-file-hint" className="hint">transactionItems_… or settlementItems_…; at most 10 MiB.</small>
      </div>
      <SelectField label="Kind" name="kind" errors={errors} value={kind} onChange={(e) => setKind(e.target.value as ReportKind)} options={[['TRANSACTION_DETAILS', 'Transaction details'], ['SETTLEMENT_DETAILS', 'Settlement details']]} />
      <TextField label="Period from (optional)" name="periodFrom" errors={errors} type="date" value={periodFrom} onChange={(e) => setFrom(e.target.value)} />
      <TextField label="Period to (optional)" name="periodTo" errors={errors} type="date" value={periodTo} onChange={(e) => setTo(e.target.value)} />
      <Button type="submit" variant="primary" busy={state.running}>
        Upload
      </Button>
      <FormErrors errors={errors} fields={FIELDS.filter((f) => f !== 'content' && f !== 'fileName')} requestError={state.error} />
      {outcome ? <p className="notice" role="status">{outcome}</p> : null}
    </form>
  );
}
