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

interface Role {
  readonly title: string;
  readonly org?: string;
  readonly former?: boolean;
  readonly to?: string;
}

// A title as written and without its bracketed short form: "Chief of Army Staff (COAS)" → both.
function titlesOf(title: string): string[] {
  const plain = title.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  return plain === title ? [title] : [plain];
}

/** Finds the actors a text names; built once per draft. */
export class SubjectFinder {
  // Folded name → actor id; short all-capital names (US, ISI) are kept as typed, to match only so.
  private readonly names = new Map<string, string>();
  // A title with its country ("Uzbek President") names the country too.
  private readonly also = new Map<string, string>();
  // The first word of every name, lower case.
  private readonly firsts = new Set<string>();

  constructor(actors: readonly Actor[]) {
    for (const actor of actors) {
      const capital = (actor as { capital?: string }).capital;
      for (const name of [actor.name, ...actor.aliases, ...(capital ? [capital] : [])])
        this.add(name, actor.id);
    }
    // Offices as their holders, where the data says who holds them: a title of three words or more
    // alone ("Air Chief Marshal"), a shorter one with its country ("Uzbek President"); not a former one.
    const byId = new Map(actors.map((actor) => [actor.id, actor]));
    for (const actor of actors) {
      for (const role of (actor as { roles?: readonly Role[] }).roles ?? []) {
        if (role.former === true || role.to !== undefined) continue;
        for (const title of titlesOf(role.title)) {
          if (title.split(/\s+/).length >= 3) this.add(title, actor.id);
          const org = role.org === undefined ? undefined : byId.get(role.org);
          for (const name of org ? [org.name, ...org.aliases] : []) {
            const key = SubjectFinder.key(`${name} ${title}`);
            if (!this.names.has(key)) this.also.set(key, org!.id);
            this.add(`${name} ${title}`, actor.id);
          }
        }
      }
    }
  }

  // A name of an actor, unless another actor answers to it already.
  private add(name: string, id: string): void {
    const key = SubjectFinder.key(name);
    if (key === '' || this.names.has(key)) return;
    this.names.set(key, id);
    this.firsts.add(key.split(' ')[0]!.toLowerCase());
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
    const words = [...text.replace(/[’']/g, "'").matchAll(/[\p{L}\p{N}][\p{L}\p{N}\-/'.]*/gu)].map((m) => {
      const word = m[0].replace(/'s$/, '').replace(/[.']+$/, '');
      return { word, lower: word.toLowerCase(), offset: m.index, end: m.index + m[0].length };
    });
    const found: SubjectMention[] = [];
    for (let i = 0; i < words.length;) {
      // Most words begin no name: those are passed over without building a phrase.
      if (!this.firsts.has(words[i]!.lower)) {
        i++;
        continue;
      }
      const phrases: string[] = [];
      for (let n = 0; n < Math.min(MAX_NAME_WORDS, words.length - i); n++)
        phrases.push(n === 0 ? words[i]!.word : `${phrases[n - 1]!} ${words[i + n]!.word}`);
      let matched = 0;
      for (let n = phrases.length; n >= 1 && matched === 0; n--) {
        const phrase = phrases[n - 1]!;
        const key = /^[A-Z]{2,4}$/.test(phrase) ? phrase : phrase.toLowerCase();
        const id = this.names.get(key);
        if (id === undefined) continue;
        // An acronym typed in lower case ("us", "mit") is an ordinary word.
        if (/^[a-z]{2,4}$/.test(phrase) && this.names.has(phrase.toUpperCase())) continue;
        const place = { offset: words[i]!.offset, length: words[i + n - 1]!.end - words[i]!.offset };
        found.push({ id, ...place });
        const org = this.also.get(key);
        if (org !== undefined) found.push({ id: org, ...place });
        matched = n;
      }
      i += Math.max(1, matched);
    }
    return found;
  }
}
