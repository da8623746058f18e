import type { Dataset } from '../../dataset/dataset.js';
import type { Actor, Claim, DatasetRecord, Event, RecordType } from '../../model/records.js';
import { mentionsDate, readQuestion, type Asks } from './question.js';
import type { Ranked, Ranking, SearchHit, SearchIndex } from './search.js';

/** What fact answers with: a claim, or for "when" an event, for "who" a person. */
export type Answer =
  | { readonly type: 'claim'; readonly record: Claim }
  | { readonly type: 'event'; readonly record: Event }
  | { readonly type: 'actor'; readonly record: Actor };

/** A candidate answer: its record, its score with the preferences added, and how much of the query it matched. */
export interface Candidate {
  readonly answer: Answer;
  readonly score: number;
  readonly coverage: number;
  readonly exact: boolean;
  /** The query words it matched. */
  readonly matched: readonly string[];
}

/** What the ranking of fact found. */
export interface FactRanking {
  /** The candidates that fit sensibly, best first (at most the number asked for). */
  readonly best: readonly Candidate[];
  /** Whether the best is tied with the next (there may be more than asked for). */
  readonly tie: boolean;
  /** Ids of the nearest records, for "did you mean" when nothing fits. */
  readonly nearest: readonly string[];
  readonly asks: Asks | undefined;
  /** The words the question leaves to look up. */
  readonly words: string;
  readonly ranking: Ranking;
}

/** Below this score a candidate shares too little with the query to be offered as the answer. */
export const FACT_MIN_SCORE = 0.25;
/** A candidate must match at least this share of the query's (weighted) words. */
export const FACT_MIN_COVERAGE = 0.5;
/** Near misses below this score are not worth naming. */
const SUGGEST_MIN_SCORE = 0.15;

// What a writer asking for a fact prefers, among candidates that match about equally: a claim
// with a number, a fact before a judgement; and what the question asks for, much more.
const PREFER = { figures: 0.05, fact: 0.03, asked: 0.15, dated: 0.05 } as const;
/** The most the preferences add to a candidate's search score (a claim's, an event's or a person's). */
const MOST_PREFERRED = Math.max(PREFER.asked, PREFER.figures + PREFER.dated) + PREFER.fact;

/** The record types a question is answered from: claims, and the events or people it asks for. */
function typesFor(asks: Asks | undefined): RecordType[] {
  return asks === 'date' ? ['claim', 'event'] : asks === 'person' ? ['claim', 'actor'] : ['claim'];
}

/** How much a record is preferred, for what the question asks; undefined when it cannot answer it. */
function preference(entry: DatasetRecord, asks: Asks | undefined): number | undefined {
  switch (entry.type) {
    case 'claim': {
      const claim = entry.record;
      const figures = claim.figures.length > 0 ? (asks === 'figure' ? PREFER.asked : PREFER.figures) : 0;
      const dated = asks === 'date' && mentionsDate(claim.statement) ? PREFER.dated : 0;
      return figures + dated + (claim.kind === 'fact' ? PREFER.fact : 0);
    }
    case 'event':
      return PREFER.asked;
    case 'actor':
      return entry.record.kind === 'person' ? PREFER.asked : undefined;
    default:
      return undefined;
  }
}

/**
 * The best answers to a query, over every matching record (not only the first few search hits):
 * search's score plus the preferences. Records are read in search order only as long as one
 * further down could still, with the most the preferences add, reach the ones kept.
 */
export function rankFacts(index: SearchIndex, query: string, many: number): FactRanking {
  const { asks, words } = readQuestion(query);
  const ranking = index.rank(words, { types: typesFor(asks) });
  const fits: Candidate[] = [];
  let nearest: readonly SearchHit[] = [];
  const batch = Math.max(16, Math.min(many + 1, 256));
  for (let from = 0; from < ranking.ranked.length; from += batch) {
    const hits = ranking.hits(ranking.ranked.slice(from, from + batch));
    if (from === 0) nearest = hits;
    for (const hit of hits) {
      const prefer = preference(hit.entry, asks);
      if (prefer === undefined) continue;
      const score = round(hit.score + prefer);
      if (score >= FACT_MIN_SCORE && hit.coverage >= FACT_MIN_COVERAGE)
        fits.push({
          answer: hit.entry as Answer,
          score,
          coverage: hit.coverage,
          exact: hit.exact,
          matched: hit.matched.map((m) => m.token),
        });
    }
    fits.sort(byRank);
    if (settled(fits, ranking.ranked[from + batch], many)) break;
  }
  const [first, second] = fits;
  return {
    best: fits.slice(0, many),
    tie: first !== undefined && second !== undefined && byRank(first, second) === 0,
    nearest: nearest.filter((hit) => hit.score >= SUGGEST_MIN_SCORE).map((hit) => hit.id),
    asks,
    words,
    ranking,
  };
}

// Whether no record from next on can enter the first many (one past them, to tell a tie).
function settled(fits: readonly Candidate[], next: Ranked | undefined, many: number): boolean {
  if (next === undefined) return true;
  const last = fits[many];
  if (last === undefined || next.exact) return false;
  return next.score + MOST_PREFERRED < last.score;
}

// Named records first (as search ranks them), then by score; equal ones keep search's order.
function byRank(a: Candidate, b: Candidate): number {
  return Number(b.exact) - Number(a.exact) || b.score - a.score;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** Whether an answer gives what the question asks for: a person (or a claim about one), a date (an event, or a claim that gives one), a figure. */
export function answersAsked(dataset: Dataset, answer: Answer, asks: Asks): boolean {
  switch (asks) {
    case 'person': {
      const about = answer.type === 'claim' ? answer.record.about : [answer.record.id];
      return about.some((id) => (dataset.get(id)?.record as Actor | undefined)?.kind === 'person');
    }
    case 'date':
      return answer.type === 'event' || (answer.type === 'claim' && mentionsDate(answer.record.statement));
    case 'figure':
      return answer.type === 'claim' && answer.record.figures.length > 0;
  }
}
