import type { ServerResponse } from 'node:http';
import { ControlError } from '../control/read-json.js';
import type { SandboxCore } from '../core.js';
import { SANDBOX_VERSION } from '../version.js';
import { dayStart, reportPeriod, type ReportPeriod } from '../../shared/utc8-days.js';
import { settlementBatch, settlementCurrencies, settlementDetailsReport, settlementSummaryReport } from './settlement-report.js';
import { transactionReport } from './transaction-report.js';

/** A control-route answer that is a report file rather than JSON. */
export class CsvFile {
  constructor(
    readonly name: string,
    readonly csv: string,
  ) {}

  write(response: ServerResponse): void {
    const body = Buffer.from(this.csv, 'utf8');
    response.writeHead(200, {
      'content-type': 'text/csv; charset=UTF-8',
      'content-length': String(body.length),
      'content-disposition': `attachment; filename="${this.name}"`,
      'x-report-name': this.name,
      'x-ams-sandbox': SANDBOX_VERSION,
    });
    response.end(body);
  }
}

export type ReportKind = 'transactions' | 'settlement' | 'settlement-summary';

function periodOf(core: SandboxCore, query: URLSearchParams): { clientId: string; period: ReportPeriod } {
  const clientId = query.get('clientId');
  if (!clientId) throw new ControlError(400, 'clientId is required');
  if (!core.clients.get(clientId)) throw new ControlError(404, `unknown clientId ${clientId}`);
  const from = query.get('from') ?? query.get('date');
  if (!from) throw new ControlError(400, 'give date=yyyyMMdd, or from= and to= (UTC+8 days, inclusive)');
  const period = reportPeriod(from, query.get('to') ?? from);
  if (typeof period === 'string') throw new ControlError(400, period);
  return { clientId, period };
}

/** GET /__sandbox/reports/<kind>?clientId=&date= | from=&to= [&currency=&settlementDate=] (README "Reports"). */
export function reportFile(core: SandboxCore, kind: ReportKind, query: URLSearchParams): CsvFile {
  const { clientId, period } = periodOf(core, query);
  if (kind === 'transactions') {
    const report = transactionReport(core.payments, clientId, period);
    return new CsvFile(report.name, report.csv);
  }
  const currencies = settlementCurrencies(core.payments, clientId, period);
  const currency = query.get('currency') ?? (currencies.length === 1 ? currencies[0] : undefined);
  if (!currency) {
    throw new ControlError(400, `currency is required: the period has movements in ${currencies.join(', ') || 'no currency'}`);
  }
  if (!/^[A-Z]{3}$/.test(currency)) throw new ControlError(400, 'currency must be ISO 4217 alpha-3');
  const settlementDate = query.get('settlementDate') ?? undefined;
  if (settlementDate !== undefined && !dayStart(settlementDate)) throw new ControlError(400, 'settlementDate must be yyyyMMdd');
  const batch = settlementBatch(core.payments, clientId, period, currency, settlementDate?.replaceAll('-', ''));
  const report = kind === 'settlement' ? settlementDetailsReport(batch) : settlementSummaryReport(batch);
  return new CsvFile(report.name, report.csv);
}
