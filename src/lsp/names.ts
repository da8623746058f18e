// The actors and issues a draft names, found under the cursor: by any name the dataset gives them
// (name, alias, ISO code, capital, id; an issue's title), folded as names are everywhere
// (model/names.ts), the longest name first. A short name (US, IN, Pak) counts only as written:
// "in" and "us" are words.
import type { Dataset } from '../dataset/dataset.js';
import { normalizeName, recordNames } from '../model/names.js';

/** A name found in a line: the record it names and where it is (0-based, end exclusive). */
export interface NameAt {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const MAX_WORDS = 6;

/** Finds the actor or issue named at a place in a line of a draft. */
export class NameFinder {
  // Folded name → id; null where two records answer to it (a name that does not decide).
  private readonly folded = new Map<string, string | null>();
  private readonly exact = new Map<string, string | null>();

  constructor(dataset: Dataset) {
    const entries = [
      ...dataset.actors.map((record) => ({ type: 'actor' as const, record })),
      ...dataset.issues.map((record) => ({ type: 'issue' as const, record })),
    ];
    for (const entry of entries) {
      for (const name of recordNames(entry).all) {
        const key = normalizeName(name);
        if (key === '') continue;
        const [map, as] = key.length <= 3 ? [this.exact, name] : [this.folded, key];
        const had = map.get(as);
        map.set(as, had === undefined || had === entry.record.id ? entry.record.id : null);
      }
    }
  }

  /** The actor or issue whose name covers character (0-based) of line, the longest such name. */
  at(line: string, character: number): NameAt | undefined {
    const words = [...line.matchAll(WORD)].map((match) => {
      // A possessive or a full stop is not part of a name: Pakistan's, Tashkent.
      const text = match[0].replace(/(['’]s?|\.)$/u, '');
      return { text, start: match.index, end: match.index + text.length };
    });
    const here = words.findIndex((word) => word.start <= character && character < word.end);
    if (here < 0) return undefined;
    for (let size = MAX_WORDS; size >= 1; size--) {
      for (let first = Math.max(0, here - size + 1); first <= here && first + size <= words.length; first++) {
        const start = words[first]!.start;
        const end = words[first + size - 1]!.end;
        const id = this.lookup(line.slice(start, end));
        if (id) return { id, start, end };
      }
    }
    return undefined;
  }

  private lookup(text: string): string | undefined {
    const key = normalizeName(text);
    return (key.length <= 3 ? this.exact.get(text) : this.folded.get(key)) ?? undefined;
  }
}
