import { UNSAFE_CLASS, escapeControl, formulaSafe } from './sanitize.js';

/** A table of plain strings: what TSV, CSV and terminal tables are all made from. */
export interface Rows {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns a terminal table must never narrow (ids, dates): they are copied and typed back. */
  readonly fixed?: readonly string[];
  /** The column people read (a statement, a title): on a terminal it gets the width. */
  readonly reader?: string;
  /** Columns that give way first on a narrow terminal (ids): a dim line under the row, or left out. */
  readonly minor?: readonly string[];
  /** One line per record on a terminal: cells shorten at a word instead of wrapping. */
  readonly oneLine?: boolean;
  /** Where to find a column a narrow terminal leaves out: "car-brief issues --format tsv". */
  readonly hint?: string;
}

/** TSV: one record per line; backslash, tab, newline and carriage return escaped inside fields. */
export function renderTsv(table: Rows, header = true): string {
  return (header ? tsvLine(table.columns) : '') + table.rows.map(tsvLine).join('');
}

/** One TSV line. */
export function tsvLine(fields: readonly string[]): string {
  return fields.map(tsvField).join('\t') + '\n';
}

// The characters a TSV field cannot hold as they are: backslash, tab, newline and everything escapeControl escapes.
const TSV_SPECIAL = new RegExp(`[\\\\\\t\\n${UNSAFE_CLASS}]`, 'u');

function tsvField(value: string): string {
  if (!TSV_SPECIAL.test(value)) return value; // most fields
  return escapeControl(
    value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'),
  );
}

/** How CSV cells are written: formulaSafe (the default) puts ' before a cell that starts like a formula. */
export interface CsvOptions {
  readonly raw?: boolean | undefined;
}

/** CSV per RFC 4180: fields with comma, quote or line break are quoted; lines end in CRLF. */
export function renderCsv(table: Rows, header = true, options: CsvOptions = {}): string {
  return (
    (header ? csvLine(table.columns, options) : '') + table.rows.map((row) => csvLine(row, options)).join('')
  );
}

/** One CSV line. */
export function csvLine(fields: readonly string[], options: CsvOptions = {}): string {
  return fields.map((field) => csvField(field, options.raw === true)).join(',') + '\r\n';
}

function csvField(value: string, raw: boolean): string {
  const clean = raw ? escapeControl(value) : formulaSafe(escapeControl(value));
  return /[",\r\n]/.test(clean) ? `"${clean.replace(/"/g, '""')}"` : clean;
}
