import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Rows } from './delimited.js';
import { cellText } from './sanitize.js';

const GAP = 2;
const MIN_WIDTH = 6;
const NO_BORDER = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: ' '.repeat(GAP),
};

/** Colours one cell after its text was made safe; column is the column's name. */
export type CellPainter = (text: string, column: string, style: ChalkInstance) => string;

/** Options for a terminal table: the width to fit, how to style the header and cells. */
export interface TableOptions {
  readonly width: number;
  readonly style: ChalkInstance;
  readonly header?: boolean;
  readonly paint?: CellPainter | undefined;
}

/** An aligned, borderless table that fits width, wrapping long cells; returns the text. */
export function renderTable(table: Rows, options: TableOptions): string {
  if (table.rows.length === 0) return '';
  const header = options.header !== false;
  const cells = table.rows.map((row) => row.map(cellText));
  const natural = table.columns.map((name, i) =>
    Math.max(header ? name.length : 0, ...cells.map((row) => (row[i] ?? '').length), 1),
  );
  const fixed = table.columns.map((name) => table.fixed?.includes(name) ?? false);
  const widths = fitWidths(natural, options.width - GAP * (table.columns.length - 1), fixed);
  const cliTable = new Table({
    ...(header ? { head: table.columns.map((name) => options.style.bold(name)) } : {}),
    colWidths: widths,
    wordWrap: true,
    chars: NO_BORDER,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
  });
  const paint = options.paint;
  cliTable.push(
    ...(paint
      ? cells.map((row) => row.map((cell, i) => paint(cell, table.columns[i] ?? '', options.style)))
      : cells),
  );
  return (
    cliTable
      .toString()
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n') + '\n'
  );
}

/** Column widths that fit the available width: fixed and narrow columns keep their width, wide ones share the rest. */
export function fitWidths(
  natural: readonly number[],
  available: number,
  fixed: readonly boolean[] = [],
): number[] {
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= available) return [...natural];
  const widths = [...natural];
  let open = natural.map((_, i) => i).filter((i) => !fixed[i]);
  const reserved = natural.reduce((sum, width, i) => sum + (fixed[i] ? width : 0), 0);
  let room = Math.max(available - reserved, MIN_WIDTH * open.length);
  while (open.length > 0) {
    const share = Math.floor(room / open.length);
    const narrow = open.filter((i) => natural[i]! <= share);
    if (narrow.length === 0) {
      open.forEach((i, n) => (widths[i] = Math.max(MIN_WIDTH, share + (n < room % open.length ? 1 : 0))));
      break;
    }
    for (const i of narrow) room -= natural[i]!;
    open = open.filter((i) => !narrow.includes(i));
  }
  return widths;
}
