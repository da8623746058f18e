import type { Linked } from '../data/brief.js';
import { nameOf, type Dataset } from '../data/dataset.js';
import type { FilterInput } from '../data/filters.js';
import { selectEvents } from '../data/queries.js';
import { EVENT_STATUSES, EVENT_TYPES, type Event } from '../data/schema.js';
import { filtersFrom, openDataset, type CommonOptions, type Context } from '../context.js';
import { chooseFormat, render } from '../output/render.js';
import { eventsView } from '../views/events.js';

export interface TimelineOptions extends CommonOptions, FilterInput {}

/** The events matching the options, in date order; corrected names are noted on stderr. */
export function timeline(dataset: Dataset, options: TimelineOptions, ctx: Context): Linked<Event>[] {
  return selectEvents(
    dataset,
    filtersFrom(dataset, options, { types: EVENT_TYPES, statuses: EVENT_STATUSES }, ctx),
  );
}

/** car-brief timeline (and events): events in date order, filtered. */
export function runTimeline(options: TimelineOptions, ctx: Context): void {
  const format = chooseFormat(options, ctx.out, ['table', 'tsv', 'csv', 'json', 'ndjson']);
  const dataset = openDataset(options, ctx);
  render(
    eventsView(timeline(dataset, options, ctx), (id) => nameOf(dataset, id)),
    format,
    ctx.out,
    options,
  );
}
