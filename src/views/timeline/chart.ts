// `timeline --chart`: a lane per country, time left to right, an event a mark, fitted to the
// output's width (never wider). On a colour terminal it draws with Unicode marks and colour;
// anywhere else (a pipe, a file, NO_COLOR, TERM=dumb) with plain ASCII characters.
import type { ChalkInstance } from 'chalk';
import type { DatedEvent } from '../../query/lists.js';
import type { Lanes } from '../../query/country/lanes.js';
import { PLAIN, type Output } from '../../output/io.js';
import { cellText, displayText } from '../../output/sanitize.js';
import { displayWidth } from '../../output/wrap.js';
import { timeAxis, type Axis } from './axis.js';
import { ASCII, UNICODE, fitTo, legend, padTo, type Glyphs } from './glyphs.js';

/** What the chart draws: events in date order, the lanes of each, lane names, and the hub left out. */
export interface ChartInput {
  readonly events: readonly DatedEvent[];
  readonly lanes: Lanes;
  readonly name: (id: string) => string;
  /** The dataset's hub (query/country/hub.ts), left out of the lanes where an event names another country; said under the chart. */
  readonly hub?: string | undefined;
  /** The countries asked for: their lanes come in this order (else lanes are in order of name). */
  readonly order?: readonly string[];
}

type Kind = 'mark' | 'planned' | 'fill' | 'open' | 'blank';
interface Cell {
  text: string;
  kind: Kind;
  marks: number;
}

/** The chart's lines, each at most out.columns wide. */
export function* timelineChart(input: ChartInput, out: Output): Generator<string> {
  if (input.events.length === 0) return;
  const unicode = (out.isTTY || out.forPeople === true) && out.style.level > 0;
  const [glyphs, style] = unicode ? [UNICODE, out.style] : [ASCII, PLAIN];
  const width = Math.max(1, out.columns);
  const byLane = lanesOf(input);
  const names = [...byLane.keys()].map((id) => laneName(input, id));
  // Lane names take up to 30% of the width (none on a screen too narrow for a name).
  const label = Math.min(Math.max(...names.map(displayWidth)) + 1, Math.floor(width * 0.3));
  const plot = width - label;
  const axis = timeAxis(instantsOf(input.events), detailedYears(input.events), plot);
  const shown = new Set<string>(); // the marks drawn, for the legend
  let i = 0;
  for (const events of byLane.values()) {
    const cells = laneCells(events, axis, glyphs);
    cells.forEach((cell) => shown.add(cell.marks > 9 ? 'many' : cell.marks > 1 ? 'count' : cell.text));
    const name = label > 0 ? padTo(fitTo(names[i]!, label - 1, glyphs.more), label) : '';
    i++;
    yield name + paintCells(cells, style) + '\n';
  }
  const labelPad = ' '.repeat(label);
  yield labelPad + style.dim(axisLine(axis, glyphs)) + '\n';
  yield labelPad + style.cyan(labelLine(axis)) + '\n';
  const hub = input.hub !== undefined && !byLane.has(input.hub) ? input.hub : undefined;
  const left =
    hub === undefined
      ? undefined
      : { name: laneName(input, hub), namedByMost: namedByMost(input.events, hub) };
  for (const line of legend(shown, glyphs, width, left)) yield style.dim(line) + '\n';
}

// Whether two events in three or more name the hub: the legend then says so, as why it has no
// lane (a declared hub may be named by few: the legend then says only what it is).
function namedByMost(events: readonly DatedEvent[], hub: string): boolean {
  return events.filter((event) => event.record.countries.includes(hub)).length * 3 >= events.length * 2;
}

// The lanes, each with its events, in the order of the countries asked for (else by name).
function lanesOf(input: ChartInput): Map<string, DatedEvent[]> {
  const byLane = new Map<string, DatedEvent[]>();
  for (const event of input.events) {
    for (const lane of input.lanes(event.record)) {
      const events = byLane.get(lane);
      if (events) events.push(event);
      else byLane.set(lane, [event]);
    }
  }
  const order = input.order ?? [];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const ids = [...byLane.keys()].sort(
    (a, b) => rank(a) - rank(b) || laneName(input, a).localeCompare(laneName(input, b), 'en'),
  );
  return new Map(ids.map((id) => [id, byLane.get(id)!]));
}

function laneName(input: ChartInput, id: string): string {
  return cellText(displayText(input.name(id)));
}

function instantsOf(events: readonly DatedEvent[]): number[] {
  return events.flatMap(({ span }) => [span.start, span.end]);
}

// Years in which some event's date is given to the month or the day: they get more columns.
function detailedYears(events: readonly DatedEvent[]): Set<number> {
  const years = new Set<number>();
  for (const { record, span } of events) {
    if (!/^-?\d{4}-\d\d/.test(record.date.replace(/^[[{]|^\.\.\//, ''))) continue;
    for (const instant of [span.start, span.end])
      if (Number.isFinite(instant)) years.add(new Date(instant).getUTCFullYear());
  }
  return years;
}

/** A date inferred or qualified (?, ~, %, 199X): its mark and its span say so. */
export function dateUncertain(record: DatedEvent['record']): boolean {
  return record.date_basis === 'inferred' || /[?~%X]/.test(record.date);
}

function laneCells(events: readonly DatedEvent[], axis: Axis, glyphs: Glyphs): Cell[] {
  const cells: Cell[] = Array.from({ length: axis.width }, () => ({ text: ' ', kind: 'blank', marks: 0 }));
  const last = axis.width - 1;
  for (const { record, span } of events) {
    const from = Number.isFinite(span.start) ? axis.column(span.start) : 0;
    const to = Number.isFinite(span.end) ? axis.column(span.end) : last;
    const fill = lasting(record, span) ? glyphs.fill : glyphs.unsure;
    for (let x = from + 1; x <= to; x++)
      if (cells[x]!.kind === 'blank') cells[x] = { text: fill, kind: 'fill', marks: 0 };
    if (!Number.isFinite(span.end) && cells[last]!.marks === 0)
      cells[last] = { text: glyphs.openEnd, kind: 'open', marks: 0 };
    if (!Number.isFinite(span.start) && cells[0]!.marks === 0)
      cells[0] = { text: glyphs.openStart, kind: 'open', marks: 0 };
    // The mark where the event starts (where it ends, for an open start).
    const at = Number.isFinite(span.start) ? from : to;
    const marks = cells[at]!.marks + 1;
    const text = marks > 9 ? '#' : marks > 1 ? String(marks) : markOf(record, glyphs);
    cells[at] = { text, kind: record.status === 'planned' && marks === 1 ? 'planned' : 'mark', marks };
  }
  return cells;
}

// An interval with both ends stated: the event lasted from one to the other. Any other extent
// (a year, a month, an inferred or open interval) is when the event may have been.
function lasting(record: DatedEvent['record'], span: DatedEvent['span']): boolean {
  return (
    record.date.includes('/') &&
    !dateUncertain(record) &&
    Number.isFinite(span.start) &&
    Number.isFinite(span.end)
  );
}

function markOf(record: DatedEvent['record'], glyphs: Glyphs): string {
  if (record.status === 'planned') return glyphs.planned;
  if (record.status === 'ongoing') return glyphs.ongoing;
  return dateUncertain(record) ? glyphs.uncertain : glyphs.happened;
}

// Cells as text, a run of one kind painted at once.
function paintCells(cells: readonly Cell[], style: ChalkInstance): string {
  const paint: Record<Kind, (text: string) => string> = {
    mark: (text) => style.bold(text),
    planned: (text) => style.yellow(text),
    fill: (text) => style.dim(text),
    open: (text) => style.dim(text),
    blank: (text) => text,
  };
  let line = '';
  for (let i = 0; i < cells.length;) {
    let j = i;
    while (j < cells.length && cells[j]!.kind === cells[i]!.kind) j++;
    line += paint[cells[i]!.kind](
      cells
        .slice(i, j)
        .map((c) => c.text)
        .join(''),
    );
    i = j;
  }
  return line.trimEnd();
}

function axisLine(axis: Axis, glyphs: Glyphs): string {
  const line = Array.from({ length: axis.width }, () => glyphs.axis);
  for (const [x, width] of axis.breaks) for (let i = x; i < x + width; i++) line[i] = glyphs.break;
  for (const [x, text] of axis.labels) if (/^\d/.test(text) || text.startsWith('-')) line[x] = glyphs.tick;
  return line.join('');
}

function labelLine(axis: Axis): string {
  const line = Array.from({ length: axis.width }, () => ' ');
  for (const [x, text] of axis.labels) [...text].forEach((ch, i) => (line[x + i] = ch));
  return line.join('').trimEnd();
}
