import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Rows } from './delimited.js';
import { cellText, displayText } from './sanitize.js';

const GAP = 2;
const MIN_WIDTH = 6;
const FLOOR = 16;
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
  const cells = table.rows.map((row) => row.map((cell) => cellText(displayText(cell))));
  const natural = table.columns.map((name, i) =>
    cells.reduce(
      (widest, row) => Math.max(widest, (row[i] ?? '').length),
      Math.max(header ? name.length : 0, 1),
    ),
  );
  const fixed = table.columns.map((name) => table.fixed?.includes(name) ?? false);
  const widths = fitWidths(natural, options.width - GAP * (table.columns.length - 1), fixed);
  const paint = options.paint;
  const painted = paint
    ? cells.map((row) => row.map((cell, i) => paint(cell, table.columns[i] ?? '', options.style)))
    : cells;
  // cli-table3 lays out a table in time that grows faster than its rows: lay out a long one in
  // pieces of the same column widths, which line up as one table.
  const pieces: string[] = [];
  for (let start = 0; start < painted.length; start += ROWS_PER_PIECE) {
    const cliTable = new Table({
      ...(header && start === 0 ? { head: table.columns.map((name) => options.style.bold(name)) } : {}),
      colWidths: widths,
      wordWrap: true,
      chars: NO_BORDER,
      style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
    });
    cliTable.push(...painted.slice(start, start + ROWS_PER_PIECE));
    pieces.push(
      cliTable
        .toString()
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n') + '\n',
    );
  }
  return pieces.join('');
}

const ROWS_PER_PIECE = 200;

/**
 * Column widths that fit the available width. Fixed columns keep theirs; every other column gets
 * up to FLOOR characters first, then the rest is shared in proportion to how much wider each
 * would like to be, so a long title cannot starve its neighbours.
 */
export function fitWidths(
  natural: readonly number[],
  available: number,
  fixed: readonly boolean[] = [],
): number[] {
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= available) return [...natural];
  const open = natural.map((_, i) => i).filter((i) => !fixed[i]);
  const reserved = natural.reduce((sum, width, i) => sum + (fixed[i] ? width : 0), 0);
  const floor = Math.max(
    MIN_WIDTH,
    Math.min(FLOOR, Math.floor((available - reserved) / Math.max(1, open.length))),
  );
  const widths = natural.map((width, i) => (fixed[i] ? width : Math.min(width, floor)));
  let extra = available - reserved - open.reduce((sum, i) => sum + widths[i]!, 0);
  let growing = open.filter((i) => natural[i]! > widths[i]!);
  while (extra > 0 && growing.length > 0) {
    const wanted = growing.reduce((sum, i) => sum + natural[i]! - widths[i]!, 0);
    let given = 0;
    for (const i of growing) {
      const more = Math.min(
        natural[i]! - widths[i]!,
        Math.floor((extra * (natural[i]! - widths[i]!)) / wanted),
      );
      widths[i]! += more;
      given += more;
    }
    if (given === 0) {
      widths[growing[0]!]! += 1;
      given = 1;
    }
    extra -= given;
    growing = growing.filter((i) => natural[i]! > widths[i]!);
  }
  return widths.map((width, i) => (width < natural[i]! ? Math.max(MIN_WIDTH, width) : width));
}
