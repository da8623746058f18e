import { humanDate } from '../../model/human-dates.js';
import { isoDay } from '../../model/dates.js';
import { eventRow } from '../../model/event-row.js';
import type { DatedEvent } from '../../query/lists.js';
import { EVENT_ROW_FIELDS, type EventRow } from '../../dataset/compiled.js';
import { RecordJson, lazyView, type View } from '../../output/render.js';
import { hideConstant, type CellPainter } from '../../output/table.js';
import type { Lanes } from '../../query/country/lanes.js';
import { datePrecision } from '../../model/windows.js';
import { eventStatus } from '../brief/country-report.js';
import { staleMark, staleReason } from '../stale.js';
import { linkCell, type LinkCells } from '../cells.js';
import { scopeMark } from '../scope.js';
import { timelineChart } from './chart.js';
import { timelineDocument, timelineJson, type TimelineTitle } from './timelinejs.js';
import { mermaidTimeline } from './mermaid.js';
import type { SupportOf } from '../../query/support.js';

export { EVENT_COLUMNS } from '../../spec/columns.js';
import { EVENT_COLUMNS } from '../../spec/columns.js';

/** What the drawn timelines (mermaid, timelinejs, chart) need beyond the events. */
export interface TimelineFrame {
  /** The countries asked for (--country), in the order given: they title the timeline. */
  readonly countries: readonly string[];
  /** The lanes of each event, and the hub they leave out: computed only when drawn by country. */
  readonly lanes: () => { readonly lanes: Lanes; readonly hub?: string };
  /** The dataset's title, if its dataset file gives one (the TimelineJS title slide says it). */
  readonly dataset?: string | undefined;
}

/**
 * What the compiled dataset holds of each event, by slot: its JSON (as --json writes a record)
 * and its row (its TSV fields and the sources it cites), read without reading the records.
 */
export interface CompiledEvents {
  json(slots: readonly number[]): string[];
  rows(slots: readonly number[]): EventRow[];
}

// Where linked records stand in an event's row, and where scope goes in between.
const LINKED = (['countries', 'actors', 'issues'] as const).map((field) => EVENT_ROW_FIELDS.indexOf(field));
const SCOPE_AT = EVENT_ROW_FIELDS.indexOf('date_note');
const PRECISION_AT = EVENT_ROW_FIELDS.indexOf('precision');

/**
 * Events for people (date, title, countries, type, status; the title gets the width) and
 * scripts (every column above); drawn as a Mermaid or TimelineJS timeline, or a chart, with a
 * frame. pinned: columns a filter holds to one value (--type visit). JSON gives each event's
 * support when supportOf is given. With compiled, TSV, CSV and JSON copy what the compiled
 * dataset holds of each event (the same text), where every event has a slot.
 */
export function eventsView(
  events: readonly DatedEvent[],
  name: (id: string) => string,
  pinned: readonly string[] = [],
  frame?: TimelineFrame,
  cells: LinkCells = {},
  supportOf?: SupportOf,
  compiled?: CompiledEvents,
): View {
  const title = () => frame?.countries.map(name).join(', ');
  const slots =
    compiled && events.every((event) => event.slot !== undefined) ? events.map((e) => e.slot!) : undefined;
  return lazyView(
    {
      formats: () =>
        frame && {
          mermaid: () => mermaidTimeline(events, name, title()),
          timelinejs: () => {
            const { lanes } = frame.lanes();
            const opening = timelineTitle(events.length, title(), frame.dataset);
            return timelineJson(timelineDocument(events, ({ record }) => lanes(record), name, opening));
          },
          chart: (out) => timelineChart({ events, name, order: frame.countries, ...frame.lanes() }, out),
        },
      rows: () => {
        // Each event's own fields: copied from the compiled dataset, else made from its record.
        const fixed =
          slots && !cells.names
            ? compiled!.rows(slots).map((row) => row.fields)
            : events.map(({ record, span }) => {
                const row = eventRow(record, span);
                const linked = [record.countries, record.actors.map((a) => a.id), record.issues];
                LINKED.forEach((at, i) => (row[at] = linkCell(linked[i]!, name, cells)));
                return row;
              });
        return {
          columns: EVENT_COLUMNS,
          rows: events.map(({ via, stale }, i) => {
            const row = fixed[i]!;
            const scope = linkCell(via === undefined ? [] : [via], name, cells);
            return [
              ...row.slice(0, SCOPE_AT),
              scope,
              ...row.slice(SCOPE_AT),
              stale ? isoDay(stale.since) : '',
            ];
          }),
        };
      },
      table: () =>
        hideConstant(
          {
            columns: ['date', 'title', 'countries', 'type', 'status'],
            rows: events.map(({ record: e, via, stale }) => [
              humanDate(e.date),
              e.title,
              e.countries.map(name).join(', '),
              e.type,
              [scopeMark(via, name), eventStatus(e, staleMark(stale))].filter(Boolean).join('; '),
            ]),
            reader: 'title',
            fixed: ['date', 'type'],
          },
          pinned,
        ),
      // start and end: the first and last ISO day the date can mean (null for an open end), as in TSV;
      // precision: how precise the date is; stale: why it is stale as of the as-of date, or null.
      json: () => {
        // Copied from the compiled dataset (its JSON, and from its row the precision and the
        // sources to count), else made from the record.
        const texts = slots && compiled!.json(slots);
        const rows = slots && compiled!.rows(slots);
        return events.map((event, i) => {
          const { via, span, stale } = event;
          const cited = rows ? rows[i]!.sources.map((source) => ({ source })) : event.record.sources;
          const extra = {
            start: isoDay(span.start) || null,
            end: isoDay(span.end) || null,
            precision: rows ? rows[i]!.fields[PRECISION_AT]! : datePrecision(event.record.date),
            scope: via ?? null,
            ...(supportOf ? { support: supportOf(cited) } : {}),
            stale: stale
              ? { kind: stale.kind, reason: staleReason(stale), since: isoDay(stale.since) }
              : null,
          };
          return texts ? new RecordJson(texts[i]!, extra) : { ...event.record, ...extra };
        });
      },
    },
    paint,
  );
}

const paint: CellPainter = (text, column, style) => {
  if (column === 'date') return style.cyan(text);
  if (column === 'status' && text.includes('planned')) return style.yellow(text);
  if (column === 'status') return style.dim(text);
  return text;
};

// The TimelineJS title slide: the countries asked for, else the dataset's title; what it shows.
function timelineTitle(
  count: number,
  countries: string | undefined,
  dataset: string | undefined,
): TimelineTitle {
  const events = `${count} event${count === 1 ? '' : 's'}, earliest first; each slide cites its source.`;
  return {
    headline: countries || dataset || 'Events',
    lines: [...(countries && dataset ? [dataset] : []), events],
  };
}
