// `timeline --format timelinejs`: the JSON Knight Lab's TimelineJS (version 3) loads. A slide an
// event: start_date and end_date as {year, month, day} to the precision the EDTF gives,
// display_date in words wherever the date is uncertain or open, text {headline, text}, and a
// group (the country lane, so that TimelineJS shows a row per country).
// TimelineJS puts headline and text into the page as HTML: everything from the data is
// HTML-escaped, so a dataset cannot add markup or script to a published timeline.
import type { DatedEvent } from '../../query/lists.js';
import { formatCitations } from '../../model/format.js';
import { jsonText } from '../../output/render.js';
import { scopeMark } from '../scope.js';
import { calendarEnds, dateLabel, isUncertain, type CalendarParts } from './dates.js';

/** A TimelineJS slide (the fields car-brief writes). */
export interface TimelineSlide {
  readonly unique_id: string;
  readonly start_date: CalendarParts;
  readonly end_date?: CalendarParts;
  readonly display_date?: string;
  readonly text: { readonly headline: string; readonly text: string };
  readonly group?: string;
}

/** A TimelineJS document: a title slide (when titled) and a slide an event. */
export interface TimelineDocument {
  readonly title?: { readonly text: { readonly headline: string; readonly text: string } };
  readonly events: readonly TimelineSlide[];
}

/** The TimelineJS document of the events; group names the lane each event is shown in. */
export function timelineDocument(
  events: readonly DatedEvent[],
  group: (event: DatedEvent) => string | undefined,
  name: (id: string) => string,
  title?: string,
): TimelineDocument {
  const slides = events.flatMap((dated): TimelineSlide[] => {
    const { record } = dated;
    const { start, end } = calendarEnds(record, dated.span);
    // TimelineJS needs a start: an open start ("../2024") starts where it ends, and says so.
    const first = start ?? end;
    if (!first) return [];
    const lane = group(dated);
    return [
      {
        unique_id: record.id,
        start_date: first,
        ...(end && start && !sameDate(start, end) ? { end_date: end } : {}),
        ...(isUncertain(record) || !start ? { display_date: html(dateLabel(record)) } : {}),
        text: { headline: html(record.title), text: body(dated, name) },
        ...(lane === undefined ? {} : { group: html(lane) }),
      },
    ];
  });
  return {
    ...(title ? { title: { text: { headline: html(title), text: '' } } } : {}),
    events: slides,
  };
}

/** The document as JSON text (as JSON.stringify indents it), written a slide at a time. */
export function* timelineJson(document: TimelineDocument): Generator<string> {
  const { events, ...head } = document;
  yield jsonText({ ...head, events: [] }).replace(/\[\]\n\}$/, '[');
  for (const [i, slide] of events.entries()) {
    yield `${i === 0 ? '' : ','}\n    ${jsonText(slide).replace(/\n/g, '\n    ')}`;
  }
  yield events.length === 0 ? ']\n}\n' : '\n  ]\n}\n';
}

// The slide's text: the summary, its scope, the note on its date, and where it comes from.
function body({ record, via }: DatedEvent, name: (id: string) => string): string {
  const scope = scopeMark(via, name);
  const parts = [
    record.summary,
    scope && `(${scope})`,
    record.date_note,
    `Source: ${formatCitations(record.sources)}`,
  ];
  return parts
    .filter((part): part is string => Boolean(part))
    .map((part) => `<p>${html(part)}</p>`)
    .join('');
}

function sameDate(a: CalendarParts, b: CalendarParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text as HTML that shows it as it is. */
export function html(text: string): string {
  return text.replace(/[&<>]/g, (ch) => HTML[ch]!);
}
