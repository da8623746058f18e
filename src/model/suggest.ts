import { compareText } from './compare.js';

/** Inputs longer than this are matched exactly only: fuzzy matching them would cost much and mean little. */
export const MAX_FUZZY_LENGTH = 64;

/** Edit distance (Damerau–Levenshtein, optimal string alignment); stops early once it must exceed max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, before[j - 2]! + 1);
      row.push(best);
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** How many edits off a name of this length may be and still be taken, unasked, for the name it misspells. */
export function typoBudget(length: number): number {
  return length <= 4 ? 0 : length <= 8 ? 1 : 2;
}

/** How many edits off a name may be and still be worth suggesting ("did you mean"). */
export function suggestBudget(length: number): number {
  return Math.floor(length / 3);
}

/** A candidate for a typed name: the name and what it stands for. */
export interface NameCandidate<T> {
  readonly name: string;
  readonly target: T;
}

/** Candidates within budget(length) edits of input, nearest first; never one that differs in every letter, nor a name under 3 letters that is not input. */
export function rankNames<T>(
  input: string,
  candidates: Iterable<NameCandidate<T>>,
  budget: (length: number) => number = suggestBudget,
): (NameCandidate<T> & { distance: number })[] {
  if (input.length === 0 || input.length > MAX_FUZZY_LENGTH) return [];
  const ranked: (NameCandidate<T> & { distance: number })[] = [];
  for (const candidate of candidates) {
    // A name of one or two letters (an ISO code) is too short to be near anything but itself.
    if (candidate.name.length < 3 && candidate.name !== input) continue;
    const max = Math.min(budget(input.length), Math.min(input.length, candidate.name.length) - 1);
    if (max < 0) continue;
    const distance = editDistance(input, candidate.name, max);
    if (distance <= max) ranked.push({ ...candidate, distance });
  }
  return ranked.sort((x, y) => x.distance - y.distance || compareText(x.name, y.name));
}

/**
 * The candidates nearest to input (case-insensitive), best first: by edits, a name input begins
 * winning a tie ("date": dates before data); then, past the edit budget, names input begins
 * (of three letters or more: "exit" → exit-codes), shortest first.
 */
export function closest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const lower = [...new Set(candidates)].map((name) => ({ name: name.toLowerCase(), target: name }));
  const typed = input.toLowerCase();
  const begins = (name: string) => typed.length >= 3 && name.length > typed.length && name.startsWith(typed);
  const near = rankNames(typed, lower).sort(
    (x, y) => x.distance - y.distance || Number(begins(y.name)) - Number(begins(x.name)),
  );
  const begun = lower
    .filter(({ name }) => begins(name) && !near.some((n) => n.name === name))
    .sort((x, y) => x.name.length - y.name.length || compareText(x.name, y.name));
  return [...near, ...begun].slice(0, limit).map((candidate) => candidate.target);
}

/** " (did you mean "x"?)" for the nearest candidate, or "" when none is near. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const [best] = closest(input, candidates, 1);
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}
