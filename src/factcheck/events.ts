// Dates of a draft against the dataset's events, clause by clause: a clause is tied to the events
// whose actors it (or its sentence) names and whose title or act it shares; each date is measured
// against the tied event it stands nearest to ("In 2018 Baku bought ten Super Mushak trainers, and
// in September 2024 it agreed to buy …": 2018 is the Super Mushak sale's date, not the JF-17
// agreement's), at the precision the source gives (a day range, a month whose year is inferred).
// A clause that tells a planned event as done, whatever its verb, disagrees too.
import { calendarSpan, startPrecision } from '../model/dates.js';
import { humanDate } from '../model/human-dates.js';
import type { Event } from '../model/records.js';
import { stemWord } from '../model/stem.js';
import { countIn, type CheckData, type Placed, type SentenceFacts } from './context.js';
import { citedAt, type Checked, type Finding } from './finding.js';
import { actsOf, DONE, TO_COME } from './lexicon.js';
import type { DateMention } from './mentions.js';
import { dateLike, mend, type LineStarts } from './suggest.js';
import type { Clause } from './text.js';

interface Tie {
  readonly event: Event;
  readonly score: number;
}

// How well an event must fit a clause to be tied to it, and by how much the best must lead.
const ENOUGH = 2.5;
const LEAD = 1;

/** The findings on a sentence's dates and tense, and the events its clauses were tied to. */
export function checkEvents(facts: SentenceFacts, data: CheckData, starts: LineStarts): Checked {
  const findings: Finding[] = [];
  const tied = new Set<string>();
  if (facts.actors.size === 0) return { findings, tied: [] };
  const events = data.eventsOf(facts.actors);
  facts.clauses.forEach((clause, c) => {
    const ties = tiesOf(clause, facts, events, data);
    ties.forEach((tie) => tied.add(tie.event.id));
    if (ties.length === 0) return;
    for (const date of facts.dates.filter((d) => d.clause === c)) {
      const finding = checkDate(date, clause, ties, facts, data, starts);
      if (finding) findings.push(finding);
    }
    const planned = plannedAsDone(clause, ties, facts, starts);
    if (planned) findings.push(planned);
  });
  return { findings, tied: [...tied] };
}

// The events a clause tells of, best first.
function tiesOf(clause: Clause, facts: SentenceFacts, events: readonly Event[], data: CheckData): Tie[] {
  const acts = actsOf(clause.stems);
  const ties: Tie[] = [];
  for (const event of events) {
    const actors = data.eventActors(event);
    const inSentence = countIn(actors, data.withGroups(facts.actors));
    if (inSentence === 0) continue;
    const inClause = countIn(actors, clause.actors);
    const title = data.stems(event.id, 'title', () => event.title);
    const body = data.stems(event.id, 'body', () =>
      [event.summary, ...event.sources.map((s) => s.quote)].join(' '),
    );
    const words = (data.weightShared(clause.stems, title) + data.weightShared(clause.stems, body) / 2) / 3;
    const act = [...actsOf(new Set([...title, stemWord(event.type)]))].some((a) => acts.has(a));
    if (words === 0 && !act) continue;
    const other = data.otherSubject(clause.actors.size > 0 ? clause.actors : facts.actors, actors) ? 2 : 0;
    const score = inClause + (inSentence - inClause) / 2 + words + (act ? 1 : 0) - other;
    if (score >= ENOUGH) ties.push({ event, score });
  }
  return ties.sort((a, b) => b.score - a.score);
}

// A date against the tied event it stands nearest to: an error when that event cannot have it.
function checkDate(
  date: Placed<DateMention>,
  clause: Clause,
  ties: readonly Tie[],
  facts: SentenceFacts,
  data: CheckData,
  starts: LineStarts,
): Finding | undefined {
  const ranked = ties
    .map((tie) => ({ ...tie, rank: tie.score + nearness(date, clause, tie.event, data) / 2 }))
    .sort((a, b) => b.rank - a.rank);
  const best = ranked[0]!;
  const fits = ranked.map((tie) => dateFit(date, tie.event, data));
  if (fits.some((fit, i) => fit === 'fits' && (i === 0 || ranked[i]!.rank > best.rank - LEAD)))
    return undefined;
  if (ranked[1] && ranked[1].rank > best.rank - LEAD) return undefined;
  const fit = fits[0]!;
  if (fit === 'fits') return undefined;
  const { event } = best;
  const cite = `[${event.id}, ¶${event.sources[0]?.paragraph ?? '?'}]`;
  const at = facts.sentence.at(date.offset);
  const common = { record: event.id, ...citedAt(event) };
  if (fit === 'inferred')
    return {
      ...at,
      severity: 'warning',
      kind: 'date-disagrees',
      message: `"${date.text}": the dataset dates "${event.title}" to ${humanDate(event.date)}, a year it infers (the source does not state it) ${cite}`,
      ...common,
    };
  return {
    ...at,
    severity: 'error',
    kind: 'date-disagrees',
    message: `"${date.text}": the source dates "${event.title}" to ${humanDate(event.date)}${event.date_basis === 'inferred' ? ' (year inferred)' : ''} ${cite}`,
    ...common,
    ...mend(facts.sentence, starts, date.offset, date.offset + date.text.length, dateLike(event.date, date)),
  };
}

// How near a date stands to the words of an event in its clause: each shared word or actor counts
// for how telling it is, less the further it is from the date.
function nearness(date: DateMention, clause: Clause, event: Event, data: CheckData): number {
  const title = data.stems(event.id, 'title', () => event.title);
  const actors = data.eventActors(event);
  const at = clause.tokens.findIndex((t) => t.start >= date.offset);
  const from = at < 0 ? clause.tokens.length : at;
  let near = 0;
  clause.tokens.forEach((token, i) => {
    const weight = token.actors?.some((a) => actors.has(a))
      ? 2
      : token.content && title.has(token.stem)
        ? data.retrieval.weight(token.stem)
        : 0;
    if (weight > 0) near += weight / (1 + Math.abs(i - from) / 3);
  });
  return near;
}

/** fits; contradicts; or inferred: only what the dataset infers (a year, a window) disagrees. */
type DateFit = 'fits' | 'contradicts' | 'inferred';

// Whether a date the draft gives can be the event's, at the precision the source gives.
function dateFit(date: DateMention, event: Event, data: CheckData): DateFit {
  const span = data.dataset.eventSpanAt(data.dataset.slotOf(event));
  if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) return 'fits'; // an open plan: no date to hold to
  const precision = startPrecision(event.date);
  const eventYears = range(new Date(span.start).getUTCFullYear(), new Date(span.end).getUTCFullYear());
  const within = (years: readonly number[]) => years.some((year) => holds(date, year, precision, span));
  if (within(date.year !== undefined ? [date.year] : eventYears)) return 'fits';
  if (event.date_basis !== 'inferred') return 'contradicts';
  // A window the dataset infers (no month stated), or a stated month right in an inferred year.
  const [from, to] = event.date.split('/');
  const window = to !== undefined && from?.slice(0, 7) !== to.slice(0, 7);
  return window || within(eventYears) ? 'inferred' : 'contradicts';
}

function holds(
  date: DateMention,
  year: number,
  precision: number,
  event: { start: number; end: number },
): boolean {
  const mm = date.month === undefined ? '' : `-${String(date.month).padStart(2, '0')}`;
  const first = calendarSpan(
    `${year}${mm}${date.day === undefined ? '' : `-${String(date.day).padStart(2, '0')}`}`,
  );
  const last =
    date.dayEnd === undefined ? first : calendarSpan(`${year}${mm}-${String(date.dayEnd).padStart(2, '0')}`);
  if (!first || !last) return true; // not a calendar date ("31 June"): not ours to judge
  const written = { start: first.start, end: last.end };
  const inside = event.start <= written.start && written.end <= event.end;
  const coarser = (date.day !== undefined ? 3 : date.month !== undefined ? 2 : 1) < precision;
  return inside || (coarser && written.start <= event.end && event.start <= written.end);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(1, Math.min(to, from + 50) - from + 1) }, (_, i) => from + i);
}

// A clause that tells the planned event it is tied to as done.
function plannedAsDone(
  clause: Clause,
  ties: readonly Tie[],
  facts: SentenceFacts,
  starts: LineStarts,
): Finding | undefined {
  const [best, next] = ties;
  if (!best || best.event.status !== 'planned' || (next && next.score > best.score - LEAD)) return undefined;
  const text = facts.sentence.text.slice(clause.start, clause.end);
  const done = DONE.exec(text);
  if (!done || TO_COME.test(text)) return undefined;
  const at = clause.start + done.index;
  const event = best.event;
  return {
    ...facts.sentence.at(at),
    severity: 'error',
    kind: 'planned-as-done',
    message: `"${done[0]}": the source has "${event.title}" only as planned [${event.id}, ¶${event.sources[0]?.paragraph ?? '?'}]`,
    record: event.id,
    ...citedAt(event),
    ...mend(facts.sentence, starts, at, at + done[0].length, `plans to ${baseVerb(done[0])}`),
  };
}

// The verb a clause told as done, as it would follow "plans to": "has since gone on to visit" → "visit".
function baseVerb(done: string): string {
  const to = /\bto\s+(\w+)$/i.exec(done);
  if (to && !/been\s+to$/i.test(done)) return to[1]!.toLowerCase();
  return BASE[done.toLowerCase().split(/\s+/).at(-1)!] ?? 'visit';
}

const BASE: Readonly<Record<string, string>> = {
  visited: 'visit',
  toured: 'tour',
  travelled: 'travel',
  traveled: 'travel',
  went: 'go',
  gone: 'go',
  met: 'meet',
  held: 'hold',
  signed: 'sign',
  bought: 'buy',
  purchased: 'purchase',
  delivered: 'deliver',
  completed: 'complete',
  arrived: 'arrive',
};
