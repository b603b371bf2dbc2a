import { describe, expect, it } from 'vitest';
import { importPeriod } from '../../../src/modules/reconciliation/import-period.js';
import { csvLine, parseCsv } from '../../../src/shared/csv.js';
import { majorToMinor, minorToMajor } from '../../../src/shared/currencies.js';
import { reportPeriod } from '../../../src/shared/utc8-days.js';

describe('csv', () => {
  it('round-trips awkward values and counts physical lines', () => {
    const values = ['plain', 'a,b', 'say "hi"', 'two\nlines', ''];
    const text = `${csvLine(values)}\r\n${csvLine(['x'])}\n`;
    expect(parseCsv(text)).toEqual({ records: [{ line: 1, fields: values }, { line: 3, fields: ['x'] }], errors: [] });
  });

  it('reports an unterminated quote with the line it started on', () => {
    expect(parseCsv('a,b\n"open,c\nd\n').errors).toEqual([{ line: 2, message: 'a quoted value is not closed before the end of the file' }]);
    expect(parseCsv('"a"b,c\n').errors[0]?.message).toMatch(/text follows a closing quote/);
  });
});

describe('currency units', () => {
  it('converts exactly in both directions by ISO 4217 exponent', () => {
    expect(minorToMajor(-5000n, 'PHP')).toBe('-50.00');
    expect(minorToMajor('5', 'USD')).toBe('0.05');
    expect(minorToMajor('1500', 'JPY')).toBe('1500');
    expect(minorToMajor('1', 'KWD')).toBe('0.001');
    expect(majorToMinor('-50.00', 'PHP')).toBe(-5000n);
    expect(majorToMinor('299', 'USD')).toBe(29900n);
    expect(majorToMinor('1500.00', 'JPY')).toBe(1500n);
    expect(majorToMinor('0.001', 'USD')).toBeNull();
    expect(majorToMinor('1e3', 'USD')).toBeNull();
    expect(majorToMinor('99999999999999999.99', 'USD')).toBe(9999999999999999999n);
  });
});

describe('report period', () => {
  it('is whole UTC+8 days', () => {
    const period = reportPeriod('2024-03-01', '20240302');
    expect(period).toMatchObject({ from: '20240301', to: '20240302' });
    expect(typeof period !== 'string' && [period.start.toISOString(), period.end.toISOString()]).toEqual(['2024-02-29T16:00:00.000Z', '2024-03-02T16:00:00.000Z']);
    expect(reportPeriod('20240230')).toMatch(/must be a date/);
    expect(reportPeriod('20240302', '20240301')).toBe('to must not be earlier than from');
  });

  it('comes from the input, else the file name, else the rows', () => {
    const rows = [{ time: new Date('2024-03-03T23:30:00+08:00') }, { time: new Date('2024-03-04T00:30:00+08:00') }] as never[];
    expect(importPeriod({ periodFrom: '2024-03-01', periodTo: null, fileName: 'transactionItems_20240305_000.csv' }, rows)).toMatchObject({ source: 'INPUT', period: { from: '20240301', to: '20240301' } });
    expect(importPeriod({ periodFrom: null, periodTo: null, fileName: '/v1/settlements/x/20240305/transactionItems_20240305_001.csv' }, rows)).toMatchObject({ source: 'FILE_NAME', period: { from: '20240305' } });
    expect(importPeriod({ periodFrom: null, periodTo: null, fileName: 'settlementItems_USD_1_000.csv' }, rows)).toMatchObject({ source: 'ROWS', period: { from: '20240303', to: '20240304' } });
    expect(importPeriod({ periodFrom: null, periodTo: null, fileName: null }, [])).toBeNull();
  });
});
