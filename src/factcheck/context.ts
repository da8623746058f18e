// What the checks know about one sentence, and about the records of the dataset they compare it to.
import type { Dataset } from '../dataset/dataset.js';
import type { Claim, Event } from '../model/records.js';
import { queryTokens } from '../model/words.js';
import type { DraftSentence } from './draft.js';
import { dateMentions, figureMentions, stem, type DateMention, type FigureMention } from './mentions.js';
import type { SubjectFinder } from './subjects.js';

/** A sentence read for checking: the actors it names, its words, its figures and dates. */
export interface SentenceFacts {
  readonly sentence: DraftSentence;
  readonly subjects: ReadonlySet<string>;
  /** Its meaningful words, stemmed. */
  readonly words: ReadonlySet<string>;
  readonly figures: readonly FigureMention[];
  readonly dates: readonly DateMention[];
}

/** Reads one sentence. */
export function readSentence(sentence: DraftSentence, subjects: SubjectFinder): SentenceFacts {
  const dates = dateMentions(sentence.text);
  return {
    sentence,
    subjects: new Set(subjects.find(sentence.text).map((mention) => mention.id)),
    words: stems(sentence.text),
    figures: figureMentions(sentence.text, dates),
    dates,
  };
}

/** The meaningful words of a text, stemmed. */
export function stems(text: string): Set<string> {
  const words = new Set<string>();
  for (const token of queryTokens(text.replace(/[’']s\b/g, ''))) {
    words.add(stem(token));
    const measure = MEASURES.get(token);
    if (measure !== undefined) words.add(stem(measure));
  }
  return words;
}

// Words a writer uses for what a figure measures, and the noun a claim's figure names it by
// ("TAPI is 1,900 km long" gives the TAPI pipeline's length; "would carry 44 bcm", its capacity).
const MEASURES: ReadonlyMap<string, string> = new Map([
  ['long', 'length'],
  ['carry', 'capacity'],
  ['carries', 'capacity'],
  ['carrying', 'capacity'],
]);

/** How many of the words are in the set. */
export function shared(words: Iterable<string>, set: ReadonlySet<string>): number {
  let n = 0;
  for (const word of words) if (set.has(word)) n++;
  return n;
}

/** Whether a set holds any of the wanted ids. */
export function hasAny(set: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  for (const id of wanted) if (set.has(id)) return true;
  return false;
}

/** The records the checks compare sentences with, and the actors each is about (read once per draft). */
/** A hedge of a quote and the three words after it. */
export interface Hedged {
  readonly hedge: string;
  readonly phrase: string;
  readonly paragraph: number;
}

export class CheckData {
  private readonly actorsOf = new Map<string, ReadonlySet<string>>();
  private readonly wordsOf = new Map<string, readonly (readonly string[])[]>();
  private readonly hedges = new Map<string, readonly Hedged[]>();
  private readonly titles = new Map<string, readonly string[]>();

  constructor(
    readonly dataset: Dataset,
    readonly subjects: SubjectFinder,
  ) {}

  /** The words of a claim's statement and of each quote, stemmed, with the words that name actors or attribute it left out (read once per claim). */
  contentWords(claim: Claim, attribution: RegExp): readonly (readonly string[])[] {
    let found = this.wordsOf.get(claim.id);
    if (!found) {
      const texts = [claim.statement, ...claim.sources.map((source) => source.quote)];
      found = texts.map((text) => [...stems(this.withoutNames(text).replace(attribution, ' '))]);
      this.wordsOf.set(claim.id, found);
    }
    return found;
  }

  /** The hedged phrases of a claim's quotes (read once per claim). */
  hedgesOf(claim: Claim, read: (claim: Claim) => Hedged[]): readonly Hedged[] {
    let found = this.hedges.get(claim.id);
    if (!found) this.hedges.set(claim.id, (found = read(claim)));
    return found;
  }

  /** The words of an event's title, stemmed, numbers left out (read once per event). */
  titleWords(event: Event): readonly string[] {
    let found = this.titles.get(event.id);
    if (!found)
      this.titles.set(event.id, (found = [...stems(event.title)].filter((word) => !/^\d+$/.test(word))));
    return found;
  }

  /** A text with the actors it names blanked out. */
  withoutNames(text: string): string {
    let plain = text;
    for (const { offset, length } of this.subjects.find(text))
      plain = plain.slice(0, offset) + ' '.repeat(length) + plain.slice(offset + length);
    return plain;
  }

  get claims(): readonly Claim[] {
    return this.dataset.claims;
  }

  get events(): readonly Event[] {
    return this.dataset.events;
  }

  /** The actors a claim is about, with those of the events and issues it is about. */
  claimActors(claim: Claim): ReadonlySet<string> {
    let found = this.actorsOf.get(claim.id);
    if (!found) {
      const ids = new Set<string>();
      for (const id of claim.about) {
        ids.add(id);
        const entry = this.dataset.get(id);
        if (entry?.type === 'event') eventActors(entry.record).forEach((actor) => ids.add(actor));
        if (entry?.type === 'issue')
          [...entry.record.countries, ...entry.record.actors].forEach((a) => ids.add(a));
      }
      this.actorsOf.set(claim.id, (found = ids));
    }
    return found;
  }
}

/** The countries and actors an event names. */
export function eventActors(event: Event): string[] {
  return [...event.countries, ...event.actors.map((actor) => actor.id)];
}
