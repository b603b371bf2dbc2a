import { csvLine } from '../../shared/csv.js';
import { END_MARKER, type Row } from './layout.js';

/** Header line, one line per row in header order (absent values empty), then `<END>` (A.3). LF line ends. */
export function reportCsv<C extends readonly string[]>(columns: C, rows: readonly Row<C>[]): string {
  const lines = [csvLine(columns), ...rows.map((row) => csvLine(columns.map((c: C[number]) => row[c] ?? '')))];
  return `${lines.join('\n')}\n${END_MARKER}\n`;
}
