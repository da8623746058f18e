import { escapeControl } from './sanitize.js';

/** A table of plain strings: what TSV, CSV and terminal tables are all made from. */
export interface Rows {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns a terminal table must never narrow (ids, dates): they are copied and typed back. */
  readonly fixed?: readonly string[];
}

/** TSV: one record per line; backslash, tab, newline and carriage return escaped inside fields. */
export function renderTsv(table: Rows, header = true): string {
  return (header ? tsvLine(table.columns) : '') + table.rows.map(tsvLine).join('');
}

/** One TSV line. */
export function tsvLine(fields: readonly string[]): string {
  return fields.map(tsvField).join('\t') + '\n';
}

// eslint-disable-next-line no-control-regex -- the characters a TSV field cannot hold as they are
const TSV_SPECIAL = /[\\\u0000-\u001f\u007f-\u009f]/;

function tsvField(value: string): string {
  if (!TSV_SPECIAL.test(value)) return value; // most fields
  return escapeControl(
    value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'),
  );
}

/** CSV per RFC 4180: fields with comma, quote or line break are quoted; lines end in CRLF. */
export function renderCsv(table: Rows, header = true): string {
  return (header ? csvLine(table.columns) : '') + table.rows.map(csvLine).join('');
}

/** One CSV line. */
export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

function csvField(value: string): string {
  const clean = escapeControl(value);
  return /[",\r\n]/.test(clean) ? `"${clean.replace(/"/g, '""')}"` : clean;
}
