import type { View } from '../output/render.js';
import { wrapText } from '../output/report.js';
import { escapeMessage } from '../output/sanitize.js';

/** What export sqlite wrote: the file, its size, its tables with their rows, and its full-text index. */
export interface SqliteExported {
  /** The file, as it was named. */
  readonly file: string;
  readonly bytes: number;
  /** true: an existing file was replaced (--force). */
  readonly replaced: boolean;
  /** The layout of the tables (the file's PRAGMA user_version). */
  readonly layout: number;
  readonly tables: readonly { readonly name: string; readonly rows: number }[];
  readonly fullText: { readonly table: string; readonly module: string };
}

/** A line saying what was written, then each table with its rows; JSON: the same, tables by name. */
export function sqliteExportedView(result: SqliteExported): View {
  const width = Math.max(...result.tables.map((table) => table.name.length));
  const size = result.bytes < 1024 ? `${result.bytes} bytes` : `${Math.round(result.bytes / 1024)} KB`;
  const lines = [
    `${result.replaced ? 'replaced' : 'wrote'} ${escapeMessage(result.file)} (${size}): ${result.tables.length} tables, rows:`,
    ...result.tables.map((table) => `  ${table.name.padEnd(width)}  ${String(table.rows).padStart(5)}`),
    `full-text index: ${result.fullText.table} (${result.fullText.module.toUpperCase()})`,
  ];
  return {
    rows: {
      columns: ['table', 'rows'],
      rows: result.tables.map((table) => [table.name, String(table.rows)]),
    },
    json: {
      ...result,
      tables: Object.fromEntries(result.tables.map((table) => [table.name, table.rows])),
    },
    text: lines.join('\n') + '\n',
  };
}

/**
 * What car-brief can export (car-brief export, without a verb): each command on a line, and what
 * it writes under it, indented, wrapped to width where one is given (a terminal).
 */
export function exportKindsView(
  kinds: readonly { readonly usage: string; readonly summary: string }[],
  width?: number,
): View {
  const summary = (text: string) =>
    (width === undefined ? [text] : wrapText(text, Math.max(width - 4, 20))).map((line) => `    ${line}\n`);
  return {
    rows: { columns: ['command', 'summary'], rows: kinds.map((kind) => [kind.usage, kind.summary]) },
    json: kinds,
    text: kinds.map((kind) => `${kind.usage}\n${summary(kind.summary).join('')}`).join(''),
  };
}
