import { humanDate } from '../../model/human-dates.js';
import { isoDay } from '../../model/dates.js';
import type { DatedEvent } from '../../query/lists.js';
import { formatCitations } from '../../model/format.js';
import { lazyView, type View } from '../../output/render.js';
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
 * Events for people (date, title, countries, type, status; the title gets the width) and
 * scripts (every column above); drawn as a Mermaid or TimelineJS timeline, or a chart, with a
 * frame. pinned: columns a filter holds to one value (--type visit). JSON gives each event's
 * support when supportOf is given.
 */
export function eventsView(
  events: readonly DatedEvent[],
  name: (id: string) => string,
  pinned: readonly string[] = [],
  frame?: TimelineFrame,
  cells: LinkCells = {},
  supportOf?: SupportOf,
): View {
  const title = frame?.countries.map(name).join(', ');
  return lazyView(
    {
      formats: () =>
        frame && {
          mermaid: () => mermaidTimeline(events, name, title),
          timelinejs: () => {
            const { lanes } = frame.lanes();
            const opening = timelineTitle(events.length, title, frame.dataset);
            return timelineJson(timelineDocument(events, ({ record }) => lanes(record), name, opening));
          },
          chart: (out) => timelineChart({ events, name, order: frame.countries, ...frame.lanes() }, out),
        },
      rows: () => ({
        columns: EVENT_COLUMNS,
        rows: events.map(({ record: e, via, span, stale }) => {
          return [
            e.date,
            isoDay(span.start),
            isoDay(span.end),
            e.title,
            e.type,
            e.status,
            e.date_basis,
            linkCell(e.countries, name, cells),
            e.id,
            linkCell(
              e.actors.map((a) => a.id),
              name,
              cells,
            ),
            linkCell(e.issues, name, cells),
            e.tags.join(','),
            linkCell(via === undefined ? [] : [via], name, cells),
            e.date_note ?? '',
            formatCitations(e.sources),
            datePrecision(e.date),
            stale ? isoDay(stale.since) : '',
          ];
        }),
      }),
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
      json: () =>
        events.map(({ record, via, span, stale }) => ({
          ...record,
          start: isoDay(span.start) || null,
          end: isoDay(span.end) || null,
          precision: datePrecision(record.date),
          scope: via ?? null,
          ...(supportOf ? { support: supportOf(record.sources) } : {}),
          stale: stale ? { kind: stale.kind, reason: staleReason(stale), since: isoDay(stale.since) } : null,
        })),
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
