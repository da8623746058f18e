import type { Dataset } from '../dataset/dataset.js';
import { nameOf } from '../query/lookup.js';
import type { FilterInput } from '../query/filters.js';
import { countEvents, selectEvents, type DatedEvent } from '../query/lists.js';
import { EVENT_STATUSES, EVENT_TYPES } from '../model/vocabulary.js';
import {
  filtersFrom,
  noteCut,
  noteEmpty,
  openDataset,
  type CommonOptions,
  type Context,
} from '../context.js';
import { chooseFormat, render } from '../output/render.js';
import { eventsView } from '../views/events.js';
import { pinnedColumns, type Listed } from './lists.js';

export interface TimelineOptions extends CommonOptions, FilterInput {}

/**
 * The events matching the options, in date order, up to --limit; how many match in all; and the
 * table columns the filters hold to one value. Corrected names are noted on stderr.
 */
export function timeline(dataset: Dataset, options: TimelineOptions, ctx: Context): Listed<DatedEvent> {
  const filters = filtersFrom(dataset, options, { types: EVENT_TYPES, statuses: EVENT_STATUSES }, ctx);
  const shown = selectEvents(dataset, filters); // reads only as far as --limit needs
  // Only a list the limit may have cut is counted in full.
  const total = shown.length === filters.limit ? countEvents(dataset, filters) : shown.length;
  return { shown, total, pinned: pinnedColumns(filters) };
}

/** car-brief timeline (and events): events in date order, filtered. */
export async function runTimeline(options: TimelineOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, ['table', 'tsv', 'csv', 'json', 'ndjson']);
  const dataset = await openDataset(options, ctx);
  const { shown, total, pinned } = timeline(dataset, options, ctx);
  noteEmpty(ctx, format, shown.length, 'events', options);
  noteCut(ctx, shown.length, total, 'events');
  await render(
    eventsView(shown, (id) => nameOf(dataset, id), pinned),
    format,
    ctx.out,
    options,
  );
}
