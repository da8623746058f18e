import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Rows } from './delimited.js';
import { cellText, displayText } from './sanitize.js';
import { GAP, wrappedLayout, type ColumnFacts, type Layout } from './table-layout.js';
import { oneLineLayout } from './table-one-line.js';
import { displayWidth, shortenCell, wrapCell } from './wrap.js';

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

/**
 * An aligned, borderless table that fits width (see table-layout.ts); returns the text. Cells
 * are wrapped here, at spaces, so no word is cut; a one-line table shortens them at a word.
 */
export function renderTable(table: Rows, options: TableOptions): string {
  if (table.rows.length === 0) return '';
  const header = options.header !== false;
  const cells = table.rows.map((row) => table.columns.map((_, i) => cellText(displayText(row[i] ?? ''))));
  const facts = columnFacts(table, cells, header);
  const reader = readerOf(table, facts);
  const layout = table.oneLine
    ? oneLineLayout(facts, reader, options.width)
    : wrappedLayout(facts, reader, options.width, lineCounter(cells));
  // One cli-table3 row a line: it measures a cell of several lines in quadratic time.
  const laid = cells.flatMap((row) => linesOf(layRow(row, table, layout, reader, options)));
  const pieces: string[] = [];
  // cli-table3 lays out a table in time that grows faster than its rows: lay out a long one in
  // pieces of the same column widths, which line up as one table.
  for (let start = 0; start < laid.length; start += ROWS_PER_PIECE) {
    const cliTable = new Table({
      ...(header && start === 0
        ? { head: layout.shown.map((i) => options.style.bold(table.columns[i] ?? '')) }
        : {}),
      colWidths: [...layout.widths],
      wordWrap: false,
      chars: NO_BORDER,
      style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
    });
    cliTable.push(...laid.slice(start, start + ROWS_PER_PIECE));
    pieces.push(
      cliTable
        .toString()
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n') + '\n',
    );
  }
  return pieces.join('') + leftOut(table, layout, options);
}

const ROWS_PER_PIECE = 200;

// Widest cell and widest word of each column (the header's name counts when it is shown).
function columnFacts(table: Rows, cells: readonly string[][], header: boolean): ColumnFacts[] {
  return table.columns.map((name, i) => {
    let natural = header ? displayWidth(name) : 1;
    let word = natural;
    for (const row of cells) {
      natural = Math.max(natural, displayWidth(row[i]!));
      for (const w of row[i]!.split(' ')) word = Math.max(word, displayWidth(w));
    }
    return {
      natural: Math.max(natural, 1),
      word,
      fixed: table.fixed?.includes(name) ?? false,
      minor: table.minor?.includes(name) ?? false,
      ...(table.oneLine ? { cells: cells.map((row) => displayWidth(row[i]!)).sort((a, b) => a - b) } : {}),
    };
  });
}

// The column named reader, else the widest one that may be narrowed (-1: none).
function readerOf(table: Rows, facts: readonly ColumnFacts[]): number {
  if (table.reader !== undefined) return table.columns.indexOf(table.reader);
  let best = -1;
  facts.forEach((f, i) => {
    if (!f.fixed && !f.minor && (best < 0 || f.natural > facts[best]!.natural)) best = i;
  });
  return best;
}

// Lines each cell of a sample of rows takes at a width, remembered per column and width.
function lineCounter(cells: readonly string[][]): (column: number, width: number) => readonly number[] {
  const step = Math.max(1, Math.floor(cells.length / SAMPLE));
  const sample = cells.filter((_, row) => row % step === 0).slice(0, SAMPLE);
  const words = sample.map((row) => row.map((cell) => cell.split(' ').map(displayWidth)));
  const known = new Map<string, number[]>();
  return (column, width) => {
    const key = `${column}:${width}`;
    let counts = known.get(key);
    if (!counts) known.set(key, (counts = words.map((row) => countLines(row[column]!, width))));
    return counts;
  };
}

const SAMPLE = 200;

// About the lines wrapCell makes of words of these widths (a word wider than the column breaks).
function countLines(words: readonly number[], width: number): number {
  let lines = 0;
  let used = 0;
  for (const size of words) {
    if (lines > 0 && used + 1 + size <= width) {
      used += 1 + size;
      continue;
    }
    const pieces = Math.max(1, Math.ceil(size / Math.max(1, width)));
    lines += pieces;
    used = size - (pieces - 1) * width;
  }
  return Math.max(lines, 1);
}

// One row as cli-table3 takes it: each shown cell wrapped (or shortened) and painted; moved
// columns dim, on lines of their own under the reader's text.
function layRow(
  row: readonly string[],
  table: Rows,
  layout: Layout,
  reader: number,
  options: TableOptions,
): string[] {
  const { style, paint } = options;
  return layout.shown.map((i, p) => {
    const width = layout.widths[p]!;
    const column = table.columns[i] ?? '';
    const text = table.oneLine ? shortenCell(row[i]!, width) : wrapCell(row[i]!, width).join('\n');
    const painted = paint && text !== '' ? paint(text, column, style) : text;
    if (i !== reader || layout.moved.length === 0) return painted;
    const under = layout.moved.filter((k) => row[k] !== '').map((k) => wrapCell(row[k]!, width).join('\n'));
    return [painted, ...under.map((line) => style.dim(line))].filter((t) => t !== '').join('\n');
  });
}

// A row of cells of several lines as rows of one line each.
function linesOf(cells: readonly string[]): string[][] {
  const split = cells.map((cell) => cell.split('\n'));
  const height = Math.max(...split.map((lines) => lines.length));
  return Array.from({ length: height }, (_, k) => split.map((lines) => lines[k] ?? ''));
}

// A dim line under a table that left columns out, saying where to find them.
function leftOut(table: Rows, layout: Layout, options: TableOptions): string {
  if (layout.dropped.length === 0) return '';
  const names = layout.dropped.map((i) => table.columns[i]).join(', ');
  const text = `${names} left out to fit; see ${table.hint ?? '--format tsv'}`;
  return (
    wrapCell(text, options.width)
      .map((line) => options.style.dim(line))
      .join('\n') + '\n'
  );
}

/** A table without those columns that hold one value in every row (a filter chose it: --kind assessment). */
export function hideConstant(table: Rows, columns: readonly string[]): Rows {
  const constant = table.columns.flatMap((name, i) =>
    columns.includes(name) && table.rows.every((row) => row[i] === table.rows[0]?.[i]) ? [i] : [],
  );
  if (constant.length === 0 || table.rows.length === 0) return table;
  const keep = (_: unknown, i: number) => !constant.includes(i);
  return { ...table, columns: table.columns.filter(keep), rows: table.rows.map((row) => row.filter(keep)) };
}
