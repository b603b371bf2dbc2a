/**
 * RFC 4180 CSV, both directions, small enough to audit. The report format is plain (comma, optional double quotes,
 * LF or CRLF, UTF-8 with an optional BOM: ams-addendum A.3), and the importer must name the physical line of every
 * problem, which a hand-rolled reader gives for free.
 */

/** Quotes a value only when it has to (comma, quote, CR or LF), doubling inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

export interface CsvRecord {
  /** 1-based physical line the record starts on (a quoted value may span lines). */
  line: number;
  fields: string[];
}

export interface CsvSyntaxError {
  line: number;
  message: string;
}

export interface CsvParseResult {
  records: CsvRecord[];
  errors: CsvSyntaxError[];
}

/**
 * Splits text into records. Blank lines are skipped (a trailing newline is not a record). Syntax problems (a quote
 * inside an unquoted value, text after a closing quote, an unterminated quote) are reported with their line and the
 * record is dropped, so the caller can report every problem at once.
 */
export function parseCsv(text: string): CsvParseResult {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const errors: CsvSyntaxError[] = [];
  let line = 1;
  let i = 0;
  while (i < input.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let broken: string | null = null;
    let endOfRecord = false;
    while (!endOfRecord) {
      if (input[i] === '"') {
        // Quoted value: runs to the closing quote; "" is a literal quote; newlines inside belong to the value.
        i++;
        let closed = false;
        while (i < input.length) {
          const ch = input[i]!;
          if (ch === '"') {
            if (input[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (ch === '\n') line++;
          field += ch;
          i++;
        }
        if (!closed) {
          broken ??= 'a quoted value is not closed before the end of the file';
        } else if (i < input.length && input[i] !== ',' && input[i] !== '\n' && input[i] !== '\r') {
          broken ??= 'text follows a closing quote (a quote inside a value must be doubled)';
        }
      }
      // Unquoted value (or the rest after a closing quote): up to the next comma or line end.
      while (i < input.length && input[i] !== ',' && input[i] !== '\n' && input[i] !== '\r') {
        if (input[i] === '"') broken ??= 'a double quote inside an unquoted value (quote the whole value)';
        field += input[i];
        i++;
      }
      fields.push(field);
      field = '';
      if (i >= input.length) {
        endOfRecord = true;
      } else if (input[i] === ',') {
        i++;
      } else {
        // CRLF or LF (a lone CR counts as a line end too).
        if (input[i] === '\r' && input[i + 1] === '\n') i++;
        i++;
        line++;
        endOfRecord = true;
      }
    }
    if (broken !== null) errors.push({ line: start, message: broken });
    else if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
  }
  return { records, errors };
}
