import { useState } from 'react';
import { useQuery } from '../api/hooks.js';
import { ConsoleMerchantsDocument, ConsoleReconciliationDocument, type DiscrepancyStatus } from '../generated/graphql.js';
import { SelectField } from '../ui/form.js';
import { formatMinor, formatTime } from '../ui/format.js';
import { Empty, ErrorBox, Loading } from '../ui/states.js';
import { StatusBadge } from '../ui/status-badge.js';
import { ImportReport } from './import-report.js';
import { ResolveDiscrepancy } from './resolve-discrepancy.js';

/** Settlement / transaction reports of one merchant: upload, the discrepancies found, resolve one with a note. */
export function Reconciliation() {
  const merchants = useQuery(ConsoleMerchantsDocument, { first: 50 });
  const [chosen, setChosen] = useState('');
  const [status, setStatus] = useState<DiscrepancyStatus | ''>('OPEN');
  const merchantId = chosen || merchants.data?.merchants.nodes[0]?.id || '';
  const query = useQuery(ConsoleReconciliationDocument, { merchantId, ...(status ? { status } : {}) }, { skip: !merchantId });
  const refetch = () => void query.refetch();

  if (merchants.error) return <ErrorBox>Could not load merchants: {merchants.error}</ErrorBox>;
  if (!merchants.data) return <Loading what="merchants" />;
  if (!merchantId) return <Empty>No merchants yet.</Empty>;
  const money = (amount: { value: string; currency: string } | null | undefined) => (amount ? formatMinor(amount.value, amount.currency) : '—');

  return (
    <section aria-labelledby="reconciliation-title">
      <h1 id="reconciliation-title">Reconciliation</h1>
      <form className="filters" aria-label="Merchant and status" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Merchant" name="merchantId" value={merchantId} onChange={(e) => setChosen(e.target.value)} options={merchants.data.merchants.nodes.map((m) => [m.id, `${m.name} (${m.clientId})`] as const)} />
        <SelectField label="Discrepancies" name="status" value={status} onChange={(e) => setStatus(e.target.value as DiscrepancyStatus | '')} options={[['OPEN', 'Open'], ['RESOLVED', 'Resolved'], ['', 'All']]} />
      </form>
      <ImportReport merchantId={merchantId} onImported={refetch} />
      {query.error ? <ErrorBox>Could not load reconciliation: {query.error}</ErrorBox> : null}
      {!query.data && !query.error ? <Loading what="reconciliation" /> : null}
      {query.data ? (
        <>
          <h2>Discrepancies</h2>
          {query.data.reconciliationDiscrepancies.nodes.length === 0 ? (
            <Empty>No {status ? status.toLowerCase() : ''} discrepancies.</Empty>
          ) : (
            <table className="table" aria-label="Discrepancies">
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col">Transaction</th>
                  <th scope="col">Report</th>
                  <th scope="col">Gateway</th>
                  <th scope="col">What</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {query.data.reconciliationDiscrepancies.nodes.map((d) => (
                  <tr key={d.id} data-discrepancy-id={d.id}>
                    <td>{d.kind.replaceAll('_', ' ')}</td>
                    <td>
                      {d.transactionType} <code>{d.transactionRequestId ?? d.transactionId ?? '—'}</code>
                      {d.line ? <div className="hint">line {d.line}</div> : null}
                    </td>
                    <td>{money(d.reportAmount)} {d.reportStatus ?? ''}</td>
                    <td>{money(d.gatewayAmount)} {d.gatewayStatus ?? ''}</td>
                    <td>{d.message}</td>
                    <td>
                      <StatusBadge status={d.status} />
                      {d.status === 'OPEN' ? <ResolveDiscrepancy id={d.id} onDone={refetch} /> : <div className="hint">{d.resolutionNote} · {formatTime(d.resolvedAt)}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>Imported reports</h2>
          {query.data.reconciliationImports.nodes.length === 0 ? (
            <Empty>No reports imported for this merchant.</Empty>
          ) : (
            <table className="table" aria-label="Imported reports">
              <thead>
                <tr>
                  <th scope="col">Imported</th>
                  <th scope="col">File</th>
                  <th scope="col">Period</th>
                  <th scope="col">Rows</th>
                  <th scope="col">Matched</th>
                  <th scope="col">Ignored</th>
                  <th scope="col">Discrepancies</th>
                </tr>
              </thead>
              <tbody>
                {query.data.reconciliationImports.nodes.map((i) => (
                  <tr key={i.id}>
                    <td>{formatTime(i.createdAt)}</td>
                    <td>{i.fileName ?? '—'} <span className="hint">{i.kind} · {i.layout}</span></td>
                    <td>{i.periodFrom === i.periodTo ? i.periodFrom : `${i.periodFrom} – ${i.periodTo}`}</td>
                    <td className="num">{i.rowCount}</td>
                    <td className="num">{i.matchedRowCount}</td>
                    <td className="num">{i.ignoredRowCount}</td>
                    <td className="num">{i.discrepancyCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </section>
  );
}
