import type { Dataset } from '../dataset/dataset.js';
import { UsageError } from '../errors.js';
import { nameOf } from '../query/lookup.js';
import type { FilterInput } from '../query/filters.js';
import { laneLayout } from '../query/country/lanes.js';
import { countEvents, selectEvents, type DatedEvent } from '../query/lists.js';
import { EVENT_STATUSES, EVENT_TYPES } from '../model/vocabulary.js';
import { StaleJudge } from '../query/stale/judge.js';
import {
  asOfFor,
  filtersFrom,
  noteCut,
  note,
  noteEmpty,
  openDataset,
  type CommonOptions,
  type Context,
} from '../context.js';
import { chooseFormat, render } from '../output/render.js';
import { formatsOf } from '../spec/commands.js';
import { eventsView } from '../views/timeline/events.js';
import { supportIn } from '../query/support.js';
import { pinnedColumns, type Listed } from './lists.js';

export interface TimelineOptions extends CommonOptions, FilterInput {
  /** --chart: a lane per country, time left to right (the same as --format chart). */
  readonly chart?: boolean | undefined;
  /** --names: TSV and CSV name linked records instead of giving their ids. */
  readonly names?: boolean | undefined;
}

/**
 * The events matching the options, in date order, up to --limit; how many match in all; the
 * table columns the filters hold to one value; and the countries asked for. Corrected names are
 * noted on stderr.
 */
export function timeline(
  dataset: Dataset,
  options: TimelineOptions,
  ctx: Context,
): Listed<DatedEvent> & { countries: readonly string[] } {
  const filters = filtersFrom(dataset, options, { types: EVENT_TYPES, statuses: EVENT_STATUSES }, ctx);
  const judge = new StaleJudge(dataset, asOfFor(options, ctx, dataset));
  // reads only as far as --limit needs; each event not yet happened judged stale or not as of the
  // date (a happened event never is, and its record need not be read to say so)
  const shown = selectEvents(dataset, filters);
  const open = shown.filter((e) => e.slot === undefined || dataset.eventStatusAt(e.slot) !== 'happened');
  readRecords(dataset, open);
  for (const event of open) {
    Object.assign(event, { stale: judge.event(event.record) });
  }
  // Only a list the limit may have cut is counted in full.
  const total = shown.length === filters.limit ? countEvents(dataset, filters) : shown.length;
  return { shown, total, pinned: pinnedColumns(filters), countries: filters.countries };
}

/** car-brief timeline (and events): events in date order, filtered. */
export async function runTimeline(options: TimelineOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(chartFormat(options), ctx.out, formatsOf('timeline'));
  const dataset = await openDataset(options, ctx);
  const { shown, total, pinned, countries } = timeline(dataset, options, ctx);
  // TSV, CSV and JSON print events from the compiled dataset; the other formats read their records.
  if (!['tsv', 'csv', 'json'].includes(format)) readRecords(dataset, shown);
  // A chart is for people, as a table is: on a terminal, an empty one says what matched nothing.
  noteEmpty(ctx, format === 'chart' ? 'table' : format, shown.length, 'events', options);
  noteCut(ctx, shown.length, total, 'events');
  if (format === 'timelinejs' && shown.length === 0) {
    note(ctx, 'no events: TimelineJS will not load a timeline without any');
  }
  const frame = { countries, lanes: () => laneLayout(dataset, countries), dataset: dataset.info.title };
  await render(
    eventsView(shown, (id) => nameOf(dataset, id), pinned, frame, options, supportIn(dataset), {
      json: (slots) => dataset.json(slots),
      rows: (slots) => dataset.eventRows(slots),
    }),
    format,
    ctx.out,
    options,
  );
}

// Reads the records of events selected unread, together (cheaper than one by one as each is asked for).
function readRecords(dataset: Dataset, events: readonly DatedEvent[]): void {
  dataset.entries(events.flatMap((event) => (event.slot === undefined ? [] : [event.slot])));
}

// --chart is --format chart, as --json is --format json; with another format it is a usage error.
function chartFormat(options: TimelineOptions): { format?: string | undefined; json?: boolean | undefined } {
  if (!options.chart) return options;
  const other = options.json ? 'json' : options.format;
  if (other !== undefined && other !== 'chart') {
    throw new UsageError(`--chart and --format ${other} ask for different formats; give one`);
  }
  return { format: 'chart' };
}
