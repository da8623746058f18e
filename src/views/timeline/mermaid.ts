// `timeline --format mermaid`: a Mermaid `timeline` diagram, a section a year, a period per date
// (with its uncertainty: "from Jul 2024 (planned, date inferred)") and the events of that date.
//
// The grammar this relies on (Mermaid's timeline.jison, and the entity codes every diagram takes):
// - a line is a statement: a newline inside a text would end it, so text is kept on one line;
// - `%%` starts a comment at the start of a statement, and `#` starts one in a period: both are
//   written as entity codes (`#37;`, `#35;`), which Mermaid turns into the characters after parsing;
// - `section <name>` ends its name at a colon; a period ends at `:` or `#`; an event (`: text`)
//   ends where a colon is followed by a space: every colon is written `#58;`;
// - `#name;` and `#123;` are entity codes: with every `#` written `#35;`, no text of the data
//   forms one; `;` is written `#59;` as well (a `style …#…;` line would lose its last `;`);
// - `%%{…}%%` is a directive, taken out of the text wherever it is: `%` is written `#37;`;
// - labels are HTML (`<br>` breaks a line, `&amp;` is `&`): `<`, `>` and `&` are written `#60;`,
//   `#62;` and `#38;`;
// - `timeline`, `title`, `section`, `accTitle` and `accDescr` are keywords only at the start of
//   a statement, where only our own words and dates stand (an event's text follows `: `).
import type { Event } from '../../model/records.js';
import type { DatedEvent } from '../../query/lists.js';
import { cellText, displayText } from '../../output/sanitize.js';
import { scopeMark } from '../scope.js';
import { dateLabel } from './dates.js';
import { humanDate } from '../../model/human-dates.js';

/**
 * Lines of a Mermaid timeline of the events (in date order), titled when a title is given; an
 * event reached through a group says so ("across the Central Asian republics"), as tables do.
 */
export function* mermaidTimeline(
  events: readonly DatedEvent[],
  name: (id: string) => string,
  title?: string,
): Generator<string> {
  yield 'timeline\n';
  if (title) yield `    title ${mermaidText(title)}\n`;
  let section: string | undefined;
  let period: string | undefined;
  for (const { record, span, via } of events) {
    const year = sectionOf(record, span.start);
    if (year !== section) {
      yield `    section ${mermaidText(year)}\n`;
      [section, period] = [year, undefined];
    }
    const label = mermaidText(dateLabel(record));
    const scope = scopeMark(via, name);
    const text = mermaidText(scope ? `${record.title} (${scope})` : record.title) || '(untitled)';
    // Events of one date share its period, each on a line of its own.
    yield label === period ? `${' '.repeat(8 + label.length)} : ${text}\n` : `        ${label} : ${text}\n`;
    period = label;
  }
}

/** Text from the data made safe for a Mermaid statement: one line, no control characters, no syntax. */
export function mermaidText(text: string): string {
  return cellText(displayText(text)).replace(MERMAID_SYNTAX, (ch) => `#${ch.codePointAt(0)};`);
}

const MERMAID_SYNTAX = /[#:;%<>&]/g;

// The section of an event: the year (or decade) its date starts in; "until 2024" for an open start.
function sectionOf(event: Event, start: number): string {
  const first = event.date.replace(/^[[{]/, '').split(/\/|\.\.|,/)[0]!;
  const year = /^-?\d{3}[\dX]/.exec(first)?.[0];
  if (year !== undefined && Number.isFinite(start)) return humanDate(year);
  const last = /(-?\d{3}[\dX])[^/]*$/.exec(event.date)?.[1];
  return last === undefined ? 'undated' : `until ${humanDate(last)}`;
}
