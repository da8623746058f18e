// Which actors a sentence names: every name, alias and capital of the dataset's actors, matched as
// whole words (the longest name at a place wins: "Former DG ISI" is Nadeem Anjum, not the ISI).
import type { Dataset } from '../dataset/dataset.js';
import type { Actor } from '../model/records.js';

/** An actor named in a sentence, and where. */
export interface SubjectMention {
  readonly id: string;
  readonly offset: number;
  readonly length: number;
}

const MAX_NAME_WORDS = 6;

/** Finds the actors a text names; built once per draft. */
export class SubjectFinder {
  // Folded name → actor id; short all-capital names (US, ISI) are kept as typed, to match only so.
  private readonly names = new Map<string, string>();

  constructor(actors: readonly Actor[]) {
    for (const actor of actors) {
      const capital = (actor as { capital?: string }).capital;
      for (const name of [actor.name, ...actor.aliases, ...(capital ? [capital] : [])]) {
        const key = SubjectFinder.key(name);
        if (key !== '' && !this.names.has(key)) this.names.set(key, actor.id);
      }
    }
  }

  /** The finder of a dataset's actors. */
  static of(dataset: Dataset): SubjectFinder {
    return new SubjectFinder(dataset.actors);
  }

  // A name as looked up: words joined by one space, lower case unless it is a short acronym.
  private static key(name: string): string {
    const words = name.replace(/[’']/g, "'").match(/[\p{L}\p{N}][\p{L}\p{N}\-/'.]*/gu) ?? [];
    const joined = words.map((word) => word.replace(/[.']+$/, '')).join(' ');
    return /^[A-Z]{2,4}$/.test(joined) ? joined : joined.toLowerCase();
  }

  /** The actors a text names, in order, each mention once. */
  find(text: string): SubjectMention[] {
    const words = [...text.replace(/[’']/g, "'").matchAll(/[\p{L}\p{N}][\p{L}\p{N}\-/'.]*/gu)].map((m) => ({
      word: m[0].replace(/'s$/, '').replace(/[.']+$/, ''),
      offset: m.index,
      end: m.index + m[0].length,
    }));
    const found: SubjectMention[] = [];
    for (let i = 0; i < words.length;) {
      let matched = 0;
      for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1 && matched === 0; n--) {
        const phrase = words
          .slice(i, i + n)
          .map((w) => w.word)
          .join(' ');
        const id = this.names.get(/^[A-Z]{2,4}$/.test(phrase) ? phrase : phrase.toLowerCase());
        if (id === undefined) continue;
        // An acronym typed in lower case ("us", "mit") is an ordinary word.
        if (/^[a-z]{2,4}$/.test(phrase) && this.names.has(phrase.toUpperCase())) continue;
        found.push({ id, offset: words[i]!.offset, length: words[i + n - 1]!.end - words[i]!.offset });
        matched = n;
      }
      i += Math.max(1, matched);
    }
    return found;
  }
}
