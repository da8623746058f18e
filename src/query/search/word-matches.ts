import type Fuse from 'fuse.js';
import { SEARCH_FIELDS, type SearchField, type SearchSection } from '../../dataset/compiled.js';
import { MAX_FUZZY_LENGTH } from '../../model/suggest.js';
import { wordCloseness } from '../../model/words.js';
import { nearBudget, nearWords, withinBudget } from './near-words.js';
import { SYNONYMS } from './synonyms.js';

// How search finds one query word in the compiled word index: as a whole word, a prefix or
// stem, a synonym, or a near spelling; each record scored by where the word is found.

// Where a word is found says how much it counts: a name outranks a word in a quote.
const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
  name: 1,
  title: 0.95,
  id: 0.8,
  statement: 0.9,
  figures: 0.8,
  tags: 0.6,
  summary: 0.55,
  quote: 0.45,
};
const WEIGHTS = SEARCH_FIELDS.map((field) => FIELD_WEIGHTS[field]);

const FUZZY_THRESHOLD = 0.3;
const SYNONYM_WEIGHT = 0.8;
/** A near spelling counts at most this much of a real match (fuse.js's closeness scales it down). */
const NEAR_CLOSENESS = 0.8;

/** One query word's matches: each record's best score (0: none) and field, and the records matched. */
export interface Matches {
  readonly score: Float64Array;
  readonly field: Uint8Array;
  readonly slots: number[];
  /** The words of the data taken as near spellings of the query word (only when it has no real match). */
  readonly near: string[];
}

/** The records each word of a query matches, read from the inverted index compiled with the dataset. */
export class WordMatcher {
  constructor(
    private readonly index: SearchSection,
    private readonly size: number,
    private readonly FuseClass: typeof Fuse,
  ) {}

  /**
   * For one query word, and at a lower weight its synonyms: each record's best (field weight ×
   * closeness) over its fields; the first match to reach a record's best names the field. Near
   * spellings are looked for only when the word itself is nowhere in the data: a word the data has
   * is not a misspelling ("weapons" is not "response"), so a near match never outranks a real one.
   */
  matchToken(token: string): Matches {
    const { size } = this;
    const best: Matches = { score: new Float64Array(size), field: new Uint8Array(size), slots: [], near: [] };
    const offer = (weight: number) => (slot: number, score: number, field: number) => {
      const weighted = score * weight;
      if (weighted <= best.score[slot]!) return;
      if (best.score[slot] === 0) best.slots.push(slot);
      best.score[slot] = weighted;
      best.field[slot] = field;
    };
    const found = this.matchWord(token, offer(1));
    const synonyms = SYNONYMS.get(token);
    for (const synonym of synonyms ?? []) this.matchWord(synonym, offer(SYNONYM_WEIGHT));
    // A word the synonyms table knows is a real word, not a misspelling: "riots" is never "roots".
    if (!found && synonyms === undefined) best.near.push(...this.matchNear(token, offer(1)));
    return best;
  }

  // Offers every record with token as a word, a word it begins or a stem of it, with (field
  // weight × closeness) and the field; true when there was any.
  private matchWord(token: string, offer: (slot: number, score: number, field: number) => void): boolean {
    const { words } = this.index;
    let found = false;
    for (let w = 0; w < words.length; w++) {
      const closeness = wordCloseness(token, words[w]!);
      if (closeness > 0) {
        this.offerWord(w, closeness, offer);
        found = true;
      }
    }
    return found;
  }

  // Offers every record with a near spelling of token and returns those words: whole words of about
  // the same length (so "port" is not found in "reported"), within the edits its length allows
  // (near-words.ts: nearBudget), scored by fuse.js. A word longer than any real one is matched
  // exactly only (as suggestions are: suggest.ts).
  private matchNear(token: string, offer: (slot: number, score: number, field: number) => void): string[] {
    if (nearBudget(token.length) === 0 || token.length > MAX_FUZZY_LENGTH || /^\d+$/.test(token)) return [];
    const { words } = this.index;
    const near = nearWords(words, token, FUZZY_THRESHOLD).filter((w) => withinBudget(token, words[w]!));
    if (near.length === 0) return [];
    const fuzzy = new this.FuseClass(
      near.map((w) => words[w]!),
      { includeScore: true, ignoreLocation: true, threshold: FUZZY_THRESHOLD },
    );
    const taken: string[] = [];
    for (const { score, refIndex } of fuzzy.search(token)) {
      this.offerWord(near[refIndex]!, NEAR_CLOSENESS * (1 - (score ?? 1)), offer);
      taken.push(words[near[refIndex]!]!);
    }
    return taken;
  }

  // Offers every record that has word w, in each field it has it, at (field weight × closeness).
  private offerWord(
    w: number,
    closeness: number,
    offer: (slot: number, score: number, field: number) => void,
  ): void {
    const { slots } = this.index;
    this.eachGroup(w, (field, from, to) => {
      const score = WEIGHTS[field]! * closeness;
      for (let i = from; i < to; i++) offer(slots[i]!, score, field);
    });
  }

  /** Calls fn with each field a word occurs in and the range of its slots in index.slots. */
  eachGroup(word: number, fn: (field: number, from: number, to: number) => void): void {
    const { wordStart, groupField, groupStart } = this.index;
    for (let g = wordStart[word]!; g < wordStart[word + 1]!; g++)
      fn(groupField[g]!, groupStart[g]!, groupStart[g + 1]!);
  }
}
