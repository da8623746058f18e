import type { NamesSection } from '../dataset/compiled.js';
import {
  MAX_FUZZY_LENGTH,
  editDistance,
  rankNames,
  suggestBudget,
  typoBudget,
  type NameCandidate,
} from '../model/suggest.js';
import { queryTokens } from '../model/words.js';

// The ways a typed name can meet a record's names, from the surest to the loosest: the whole
// name (exact), all its words among the words of one name ("Tahir", "treaty water"), a clear
// misspelling of a name or of a person's surname ("mirziyoev"), and, when none of those holds,
// the names that resemble it, to suggest.

/** One name of the names section: its folded text, its slot and whether a misspelling may be corrected to it. */
export interface NameRow {
  readonly name: string;
  readonly slot: number;
  readonly correctable: boolean;
}

/** The rows of a names section whose slots are accepted, in slot order. */
export function nameRows(section: NamesSection, accept: (slot: number) => boolean): NameRow[] {
  const rows: NameRow[] = [];
  for (let i = 0; i < section.names.length; i++) {
    const slot = section.slots[i]!;
    if (accept(slot)) rows.push({ name: section.names[i]!, slot, correctable: section.correctable[i] === 1 });
  }
  return rows;
}

/** The slots, ascending, one of whose names is needle. */
export function exactMatches(rows: readonly NameRow[], needle: string): number[] {
  return unique(rows.filter((row) => row.name === needle).map((row) => row.slot));
}

/**
 * The records one of whose names holds every meaningful word typed, as whole words, with the
 * name that held them; only those of the best tier (tier: lower is surer, e.g. an actor's name
 * before an event's title) when several tiers have some.
 */
export function wordMatches(
  rows: readonly NameRow[],
  needle: string,
  tier: (slot: number) => number,
): { slot: number; name: string }[] {
  const tokens = queryTokens(needle);
  if (tokens.length === 0) return [];
  const found = new Map<number, { name: string; fromId: boolean }>();
  let previous = -1;
  for (const { name, slot } of rows) {
    const fromId = slot !== previous; // a record's id comes first among its names
    previous = slot;
    const had = found.get(slot);
    if ((had && !had.fromId) || !tokens.every((token) => name.includes(token))) continue; // cheap test first
    const words = name.split(' ');
    // Say which name held the words: a title rather than the id, when both do.
    if (tokens.every((token) => words.includes(token))) found.set(slot, { name, fromId });
  }
  let best = Infinity;
  for (const slot of found.keys()) best = Math.min(best, tier(slot));
  return [...found].filter(([slot]) => tier(slot) === best).map(([slot, { name }]) => ({ slot, name }));
}

/** The record a clear misspelling stands for (one record nearest, within typoBudget), or undefined. */
export function clearCorrection(
  candidates: readonly NameCandidate<number>[],
  needle: string,
): { slot: number; name: string } | undefined {
  const ranked = rankNames(needle, candidates, typoBudget);
  const best = ranked[0];
  if (!best) return undefined;
  const nearest = new Set(ranked.filter((c) => c.distance === best.distance).map((c) => c.target));
  return nearest.size === 1 ? { slot: best.target, name: best.name } : undefined;
}

/**
 * The slots of the records whose names resemble what was typed, nearest first: the whole name
 * within suggestBudget edits, or every typed word within suggestBudget edits of, or the start
 * of, a word of one name. Never a name that merely shares a few letters.
 */
export function resemblingSlots(rows: readonly NameRow[], needle: string, limit = 3): number[] {
  if (needle.length > MAX_FUZZY_LENGTH) return [];
  const tokens = queryTokens(needle);
  // Names share most of their words: each word is measured against each typed word once.
  const measured = tokens.map(() => new Map<string, number>());
  const distanceTo = (i: number, word: string) => {
    let distance = measured[i]!.get(word);
    if (distance === undefined) measured[i]!.set(word, (distance = wordDistance(tokens[i]!, word)));
    return distance;
  };
  const scored = new Map<number, number>();
  const keep = (slot: number, distance: number) => {
    if (distance < (scored.get(slot) ?? Infinity)) scored.set(slot, distance);
  };
  for (const { target, distance } of rankNames(
    needle,
    rows.map((row) => ({ name: row.name, target: row.slot })),
  ))
    keep(target, distance);
  for (const { name, slot } of tokens.length > 0 ? rows : []) {
    const words = name.split(' ');
    let total = 0;
    for (let i = 0; i < tokens.length; i++) {
      let distance = Infinity;
      for (const word of words) distance = Math.min(distance, distanceTo(i, word));
      total += distance;
      if (!Number.isFinite(total)) break;
    }
    // A word-by-word match counts a little less close than a whole name as near.
    if (Number.isFinite(total)) keep(slot, total + 0.5);
  }
  return [...scored]
    .sort((a, b) => a[1] - b[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([slot]) => slot);
}

// Edits from a typed word to a word of a name: 0 for the word or its start (three letters or
// more), else the edit distance within suggestBudget, else Infinity.
function wordDistance(token: string, word: string): number {
  if (token === word || (token.length >= 3 && word.startsWith(token))) return 0;
  if (word.length < 3) return Infinity;
  const max = Math.min(suggestBudget(token.length), Math.min(token.length, word.length) - 1);
  if (max <= 0) return Infinity;
  const distance = editDistance(token, word, max);
  return distance <= max ? distance : Infinity;
}

function unique(slots: readonly number[]): number[] {
  return [...new Set(slots)];
}
