import type { Dataset } from '../dataset/dataset.js';
import { nameOf } from '../query/lookup.js';
import type { FilterInput } from '../query/filters.js';
import { selectEvents, type DatedEvent } from '../query/lists.js';
import { EVENT_STATUSES, EVENT_TYPES } from '../model/vocabulary.js';
import { filtersFrom, noteEmpty, openDataset, type CommonOptions, type Context } from '../context.js';
import { chooseFormat, render } from '../output/render.js';
import { eventsView } from '../views/events.js';

export interface TimelineOptions extends CommonOptions, FilterInput {}

/** The events matching the options, in date order; corrected names are noted on stderr. */
export function timeline(dataset: Dataset, options: TimelineOptions, ctx: Context): DatedEvent[] {
  return selectEvents(
    dataset,
    filtersFrom(dataset, options, { types: EVENT_TYPES, statuses: EVENT_STATUSES }, ctx),
  );
}

/** car-brief timeline (and events): events in date order, filtered. */
export async function runTimeline(options: TimelineOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, ['table', 'tsv', 'csv', 'json', 'ndjson']);
  const dataset = await openDataset(options, ctx);
  const events = timeline(dataset, options, ctx);
  noteEmpty(ctx, format, events.length, 'events', options);
  await render(
    eventsView(events, (id) => nameOf(dataset, id)),
    format,
    ctx.out,
    options,
  );
}
