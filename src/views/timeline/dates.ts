// An event's date as the timeline renderers (mermaid, timelinejs, chart) show it: in words, with
// what makes it uncertain kept visible, and as calendar parts to the precision the EDTF gives.
import { humanDate } from '../../model/human-dates.js';
import type { DateSpan } from '../../model/dates.js';
import type { Event } from '../../model/records.js';
import { eventStatus } from '../brief/country-report.js';

/** The date for people, with its status and uncertainty: "from Jul 2024 (planned, date inferred)". */
export function dateLabel(event: Event): string {
  const marks = eventStatus(event);
  return marks ? `${humanDate(event.date)} (${marks})` : humanDate(event.date);
}

/**
 * True when the date is not a plain, stated date of something that happened: inferred, planned or
 * ongoing, qualified (? ~ %), unspecified digits (199X), open or unknown ends, a set, or annotated.
 */
export function isUncertain(event: Event): boolean {
  return eventStatus(event) !== '' || !PLAIN_DATE.test(event.date);
}

// A day, month or year, or a closed interval of two of them: no qualifier, X or season (21–24).
const PLAIN_DAY = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d\d)?)?`;
const PLAIN_DATE = new RegExp(`^${PLAIN_DAY}(?:/${PLAIN_DAY})?$`);

/** A calendar date to some precision, as TimelineJS reads one: month 1–12. */
export interface CalendarParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** The first and last calendar dates the event's date can mean (undefined for an open or unknown end). */
export function calendarEnds(event: Event, span: DateSpan): { start?: CalendarParts; end?: CalendarParts } {
  const parts = event.date.replace(/^[[{]|[\]}]$/g, '').split(/\/|\.\.|,/);
  const first = parts.find((p) => /\d/.test(p)) ?? '';
  const last = parts.findLast((p) => /\d/.test(p)) ?? '';
  const start = calendarParts(span.start, precision(first));
  const end = calendarParts(span.end, precision(last));
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/** The year, month and day of an instant, to precision (1 year, 2 month, 3 day); undefined when open. */
export function calendarParts(instant: number, precision: number): CalendarParts | undefined {
  if (!Number.isFinite(instant)) return undefined;
  const date = new Date(instant);
  const year = date.getUTCFullYear();
  if (precision <= 1) return { year };
  if (precision === 2) return { year, month: date.getUTCMonth() + 1 };
  return { year, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

// How precise one EDTF date is: 1 a year (or less: 199X), 2 a month or season, 3 a day.
function precision(value: string): number {
  const bare = value.replace(/[?~%]/g, '');
  const match = /^-?Y?\d+[\dX]*(?:-([\dX]{2}))?(?:-([\dX]{2}))?/.exec(bare);
  if (!match) return 1;
  if (match[2] !== undefined && !match[2].includes('X')) return 3;
  if (match[1] !== undefined && !match[1].includes('X')) return 2;
  return 1;
}
