// Dates of a draft against the dataset's events: a sentence tied to an event (an actor of it and a
// word of its title) that gives a month or year the event's date cannot mean disagrees; so does a
// sentence that tells a planned event as done.
import { calendarSpan } from '../model/dates.js';
import { humanDate } from '../model/human-dates.js';
import type { Event } from '../model/records.js';
import { citedAt, type Finding } from './finding.js';
import { eventActors, shared, type CheckData, type SentenceFacts } from './context.js';
import { stem, type DateMention } from './mentions.js';

// Words of the same act, so that "bought" meets a sale and "trip" a visit.
const ACTS: readonly (readonly string[])[] = [
  ['visit', 'trip', 'travel', 'travell', 'went', 'toured', 'tour'],
  ['sale', 'sold', 'sell', 'bought', 'buy', 'purchase', 'purchas', 'acquir', 'acquire'],
  ['agreement', 'agree', 'deal', 'signed', 'sign', 'contract'],
  ['supplied', 'supply', 'deliver', 'gave', 'gift', 'donat'],
];
// A sentence telling something as done, and one telling it as to come.
const DONE =
  /\b(visited|travell?ed|went|toured|met|held|signed|bought|purchased|delivered|completed|has been to|arrived)\b/i;
const TO_COME =
  /\b(will|would|shall|intends?|intended|plans?|planned|planning|scheduled|expected|due|set to|to visit|hopes?|going to|future|coming|upcoming|next|proposed|may|might)\b/i;

interface Tie {
  readonly event: Event;
  readonly score: number;
}

/** The findings on a sentence's dates and tense, and the events it was tied to. */
export function checkEvents(facts: SentenceFacts, data: CheckData): { findings: Finding[]; tied: string[] } {
  const findings: Finding[] = [];
  const ties = tiedEvents(facts, data);
  if (ties.length === 0) return { findings, tied: [] };
  const best = ties[0]!;
  const unique = ties.length === 1 || ties[1]!.score < best.score;
  for (const date of facts.dates) {
    if (ties.some((tie) => dateFits(date, tie.event, data, facts.dates))) continue;
    if (!unique) continue;
    findings.push({
      ...facts.sentence.at(date.offset),
      severity: 'error',
      kind: 'date-disagrees',
      message: `"${date.text}": the source dates "${best.event.title}" to ${humanDate(best.event.date)}${best.event.date_basis === 'inferred' ? ' (year inferred)' : ''} [${best.event.id}, ¶${best.event.sources[0]?.paragraph ?? '?'}]`,
      record: best.event.id,
      ...citedAt(best.event),
    });
  }
  if (unique && best.event.status === 'planned') {
    const done = DONE.exec(facts.sentence.text);
    if (done && !TO_COME.test(facts.sentence.text)) {
      findings.push({
        ...facts.sentence.at(done.index),
        severity: 'error',
        kind: 'planned-as-done',
        message: `"${done[0]}": the source has "${best.event.title}" only as planned [${best.event.id}, ¶${best.event.sources[0]?.paragraph ?? '?'}]`,
        record: best.event.id,
        ...citedAt(best.event),
      });
    }
  }
  return { findings, tied: ties.map((tie) => tie.event.id) };
}

// The events a sentence tells of, best first: each names an actor of the sentence and shares a word
// of its title or its kind of act.
function tiedEvents(facts: SentenceFacts, data: CheckData): Tie[] {
  const acts = ACTS.filter((words) => words.some((word) => hasStem(facts.words, word)));
  const ties: Tie[] = [];
  for (const event of data.events) {
    const actors = eventActors(event).filter((id) => facts.subjects.has(id)).length;
    if (actors === 0) continue;
    const titleWords = data.titleWords(event);
    const act = acts.some((words) =>
      words.some((word) => event.title.toLowerCase().includes(word) || event.type.startsWith(word)),
    );
    const words = shared(titleWords, facts.words) + (act ? 1 : 0);
    if (words === 0) continue;
    ties.push({ event, score: actors + words });
  }
  return ties.filter((tie) => tie.score >= 3).sort((a, b) => b.score - a.score);
}

function hasStem(words: ReadonlySet<string>, prefix: string): boolean {
  for (const word of words) if (word.startsWith(stem(prefix))) return true;
  return false;
}

// Whether a date the draft gives can be the event's: a month without a year is taken in the year
// another date of the sentence gives, else in any year the event's date spans.
function dateFits(date: DateMention, event: Event, data: CheckData, all: readonly DateMention[]): boolean {
  const slot = data.dataset.slotOf(event);
  const span = data.dataset.eventSpanAt(slot);
  if (!Number.isFinite(span.start) && !Number.isFinite(span.end)) return true;
  const year = date.year ?? all.find((other) => other.year !== undefined && other.offset > date.offset)?.year;
  const month = date.month === undefined ? '' : `-${String(date.month).padStart(2, '0')}`;
  const years =
    year !== undefined
      ? [year]
      : range(
          new Date(Number.isFinite(span.start) ? span.start : span.end).getUTCFullYear(),
          new Date(Number.isFinite(span.end) ? span.end : span.start).getUTCFullYear(),
        );
  return years.some((y) => {
    const written = calendarSpan(`${y}${month}`);
    return written !== undefined && written.start <= span.end && span.start <= written.end;
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(1, Math.min(to, from + 50) - from + 1) }, (_, i) => from + i);
}
