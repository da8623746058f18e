// `timeline --format timelinejs`: the JSON Knight Lab's TimelineJS (version 3) loads. A slide an
// event: start_date and end_date as {year, month, day} to the precision the EDTF gives,
// display_date in words wherever the date is uncertain or open, text {headline, text}, and a
// group (the country lane, so that TimelineJS shows a row per country). An event of several
// countries gets a slide in each of their rows; the timeline opens with a title slide.
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

/** What the title slide says: a headline, and lines of text under it. */
export interface TimelineTitle {
  readonly headline: string;
  readonly lines?: readonly string[];
}

/**
 * The TimelineJS document of the events: a slide in each lane an event is shown in (lanes gives
 * their ids, name their labels), or one slide where it has none; a title slide when titled.
 */
export function timelineDocument(
  events: readonly DatedEvent[],
  lanes: (event: DatedEvent) => readonly string[],
  name: (id: string) => string,
  title?: TimelineTitle,
): TimelineDocument {
  const slides = events.flatMap((dated): TimelineSlide[] => {
    const { record } = dated;
    const { start, end } = calendarEnds(record, dated.span);
    // TimelineJS needs a start: an open start ("../2024") starts where it ends, and says so.
    const first = start ?? end;
    if (!first) return [];
    const slide = {
      start_date: first,
      ...(end && start && !sameDate(start, end) ? { end_date: end } : {}),
      ...(isUncertain(record) || !start ? { display_date: html(dateLabel(record)) } : {}),
      text: { headline: html(record.title), text: body(dated, name) },
    };
    const shown = lanes(dated);
    if (shown.length === 0) return [{ unique_id: record.id, ...slide }];
    // Ids stay unique (TimelineJS requires it): the first lane's slide has the event's own.
    return shown.map((lane, i) => ({
      unique_id: i === 0 ? record.id : `${record.id}--${lane}`,
      ...slide,
      group: html(name(lane)),
    }));
  });
  const text = (title?.lines ?? []).map((line) => `<p>${html(line)}</p>`).join('');
  return {
    ...(title ? { title: { text: { headline: html(title.headline), text } } } : {}),
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
