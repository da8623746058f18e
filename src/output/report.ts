import type { ChalkInstance } from 'chalk';
import type { Rows } from './delimited.js';
import { cellText as safeText, displayText } from './sanitize.js';
import { renderTable, type CellPainter } from './table.js';
import { displayWidth } from './wrap.js';

/** One titled part of a report: a table, lines of text, or both. */
export interface ReportSection {
  readonly heading: string;
  readonly table?: Rows;
  readonly lines?: readonly string[];
  /** Shown instead when the section has nothing. */
  readonly empty?: string;
}

/** A one-screen document for people: a title, an introduction and sections. */
export interface Report {
  readonly title: string;
  readonly subtitle?: string;
  readonly intro?: string;
  readonly sections: readonly ReportSection[];
  readonly paint?: CellPainter;
}

// One field of a report as a terminal shows it: escaped, on one line, cut to what a screen can hold.
const cellText = (text: string): string => safeText(displayText(text));

/**
 * Renders a report for a terminal (or as plain text when style has no colour). Without a width
 * nothing is wrapped: each paragraph and each table row is one line, to paste into a document.
 */
export function renderReport(
  report: Report,
  options: { style: ChalkInstance; width?: number | undefined },
): string {
  const { style, width } = options;
  const wrap = (text: string): string[] => (width === undefined ? [text] : wrapText(text, width));
  const out: string[] = [];
  // The title, then its subtitle (type and id) on the same line if they fit, else on a line of its
  // own: a terminal would break a long title mid-word, and an id where it cannot be copied whole.
  const [title, subtitle] = [cellText(report.title), report.subtitle ? cellText(report.subtitle) : ''];
  if (subtitle !== '' && (width === undefined || displayWidth(title) + 2 + displayWidth(subtitle) <= width))
    out.push(`${style.bold(title)}  ${style.dim(subtitle)}`);
  else {
    out.push(...wrap(title).map((line) => style.bold(line)));
    if (subtitle !== '') out.push(...wrap(subtitle).map((line) => style.dim(line)));
  }
  if (report.intro) out.push(...wrap(cellText(report.intro)));
  for (const section of report.sections) {
    out.push('', style.bold.cyan(section.heading));
    const hasRows = section.table !== undefined && section.table.rows.length > 0;
    if (hasRows) {
      const tableWidth = width ?? UNWRAPPED;
      out.push(
        renderTable(section.table!, {
          width: tableWidth,
          style,
          header: false,
          paint: report.paint,
        }).trimEnd(),
      );
    }
    for (const line of section.lines ?? []) out.push(...wrap(cellText(line)).map((l) => style.dim(l)));
    if (!hasRows && (section.lines ?? []).length === 0 && section.empty) out.push(style.dim(section.empty));
  }
  return out.join('\n') + '\n';
}

// Wide enough for any row a table can hold (each cell is cut at DISPLAY_LIMIT characters).
const UNWRAPPED = 1_000_000;

/** Word-wraps text to width columns. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
