import { isoDay, type DateSpan } from './dates.js';
import { formatCitations } from './format.js';
import type { Event } from './records.js';
import { datePrecision } from './windows.js';

/**
 * An event's TSV fields that depend on the event alone (dataset/compiled.ts: EVENT_ROW_FIELDS):
 * linked records by id, the date's span as ISO days. Compiled with the dataset, so that timeline
 * prints an event without reading its record; and made from the record when it is read anyway.
 */
export function eventRow(e: Event, span: DateSpan): string[] {
  return [
    e.date,
    isoDay(span.start),
    isoDay(span.end),
    e.title,
    e.type,
    e.status,
    e.date_basis,
    e.countries.join(','),
    e.id,
    e.actors.map((a) => a.id).join(','),
    e.issues.join(','),
    e.tags.join(','),
    e.date_note ?? '',
    formatCitations(e.sources),
    datePrecision(e.date),
  ];
}
