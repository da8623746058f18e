import type Fuse from 'fuse.js';
import { SEARCH_FIELDS, type SearchField, type SearchSection } from '../dataset/compiled.js';
import type { Dataset } from '../dataset/dataset.js';
import { fnv1a32 } from '../model/hash.js';
import { searchNames } from '../model/names.js';
import { RECORD_TYPES, type DatasetRecord, type RecordType } from '../model/records.js';
import { MAX_FUZZY_LENGTH } from '../model/suggest.js';
import { queryTokens, searchWords, wordCloseness } from '../model/words.js';
import { nearBudget, nearWords, withinBudget } from './near-words.js';
import { SYNONYMS } from './synonyms.js';

export type FieldName = SearchField;

/** One search result: the record, how well it matched (0–1, higher is better) and which words matched where. */
export interface SearchHit {
  readonly type: RecordType;
  readonly id: string;
  readonly score: number;
  /** The share of the query's (weighted) words the record matched at all, 0–1. */
  readonly coverage: number;
  readonly entry: DatasetRecord;
  readonly matched: readonly { readonly token: string; readonly field: FieldName }[];
  /** The query is exactly one of the record's names, aliases or its id. */
  readonly exact: boolean;
}

export interface SearchOptions {
  readonly types?: readonly RecordType[];
  readonly limit?: number;
}

// Where a word is found says how much it counts: a name outranks a word in a quote.
const FIELD_WEIGHTS: Readonly<Record<FieldName, number>> = {
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
const PHRASE_FIELDS = (['name', 'title', 'statement'] as const).map((field) => SEARCH_FIELDS.indexOf(field));

const FUZZY_THRESHOLD = 0.3;
const PHRASE_BONUS = 0.15;
const SYNONYM_WEIGHT = 0.8;
/** A near spelling counts at most this much of a real match (fuse.js's closeness scales it down). */
const NEAR_CLOSENESS = 0.8;

/** A matched record, scored, before the rest of its hit is made (its record is not read yet). */
export interface Ranked {
  readonly slot: number;
  readonly type: RecordType;
  readonly score: number;
  readonly exact: boolean;
  readonly id: string;
}

/** Every record a query matches, best first, with what the query's words found. */
export interface Ranking {
  readonly ranked: readonly Ranked[];
  /** The query words that no record has, as typed, stemmed, as a synonym or a near spelling. */
  readonly unmatched: readonly string[];
  /** The query words found only as near spellings, each with the words of the data taken for it. */
  readonly near: readonly (readonly [token: string, words: readonly string[]])[];
  /** The hits of some of the ranked records, in that order: their records are read now. */
  hits(ranked: readonly Ranked[]): SearchHit[];
}

/** One query word's matches: each record's best score (0: none) and field, and the records matched. */
interface Matches {
  readonly score: Float64Array;
  readonly field: Uint8Array;
  readonly slots: number[];
  /** The words of the data taken as near spellings of the query word (only when it has no real match). */
  readonly near: string[];
}

/**
 * Fuzzy search over every record. Each word of the query is looked up on its own — as a whole
 * word, a prefix, a synonym or a near spelling (fuse.js over the vocabulary) — and a record's score adds up its
 * best match for every word, rare words weighing more; so every word counts, in any order.
 * It reads the inverted index compiled with the dataset (dataset/compiled.ts: SearchSection).
 */
export class SearchIndex {
  private readonly index: SearchSection;
  private wordIndex?: Map<string, number>;

  private constructor(
    private readonly dataset: Dataset,
    private readonly FuseClass: typeof Fuse,
  ) {
    this.index = dataset.searchIndex();
  }

  /** The search index of a dataset (fuse.js, for near spellings, is loaded now: only search needs it). */
  static async open(dataset: Dataset): Promise<SearchIndex> {
    const { default: FuseClass } = await import('fuse.js');
    return new SearchIndex(dataset, FuseClass);
  }

  /** The records that best match query, best first. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.searchCounted(query, options).hits;
  }

  /** search, and how many records matched in all (more than the hits when the limit cut them). */
  searchCounted(query: string, options: SearchOptions = {}): { hits: SearchHit[]; total: number } {
    const ranking = this.rank(query, options);
    const shown = options.limit === undefined ? ranking.ranked : ranking.ranked.slice(0, options.limit);
    return { hits: ranking.hits(shown), total: ranking.ranked.length };
  }

  /** Every record matching query, scored and ranked, best first; records are read only for the hits asked for. */
  rank(query: string, options: Pick<SearchOptions, 'types'> = {}): Ranking {
    const tokens = queryTokens(query);
    const perToken = tokens.map((token) => this.matchToken(token));
    const size = this.dataset.size;
    // Rarer words weigh more; a word no record has weighs as one that a single record has (it may
    // be a word of the question, "left" in "students left Kyrgyzstan", not what it is about).
    const weights = perToken.map((matches) => Math.log(1 + size / (1 + Math.max(1, matches.slots.length))));
    const total = weights.reduce((a, b) => a + b, 0);
    const exact = tokens.length > 0 ? this.exactSlots(searchWords(query).join(' ')) : new Set<number>();
    const phrase = tokens.length > 1 ? this.phraseSlots(tokens) : undefined;
    const seen = new Uint8Array(size);
    // Scores first, for every record matched; the rest only for the hits shown.
    const ranked: Ranked[] = [];
    for (const matches of perToken) {
      for (const slot of matches.slots) {
        if (seen[slot]) continue;
        seen[slot] = 1;
        const type = this.dataset.typeAt(slot);
        if (options.types && !options.types.includes(type)) continue;
        let score = 0;
        for (let i = 0; i < perToken.length; i++) score += (weights[i]! * perToken[i]!.score[slot]!) / total;
        // Every word, as typed, in the record's name or statement: in whatever order, it is the one.
        if (phrase?.[slot]) score += PHRASE_BONUS * (1 - score);
        ranked.push({ slot, type, score: round(score), exact: exact.has(slot), id: this.dataset.idAt(slot) });
      }
    }
    // A record the query names exactly (an id, a name, an alias) comes first. Ids are slugs
    // ([a-z0-9-]), whose code-point order is their collation order.
    ranked.sort(
      (a, b) =>
        Number(b.exact) - Number(a.exact) ||
        b.score - a.score ||
        typeRank(a.type) - typeRank(b.type) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    const hits = (shown: readonly Ranked[]): SearchHit[] => {
      const entries = this.dataset.entries(shown.map((hit) => hit.slot));
      return shown.map(({ slot, ...hit }, n): SearchHit => {
        let covered = 0;
        const matched: { token: string; field: FieldName }[] = [];
        perToken.forEach((each, i) => {
          if (each.score[slot] === 0) return;
          covered += weights[i]! / total;
          matched.push({ token: tokens[i]!, field: SEARCH_FIELDS[each.field[slot]!]! });
        });
        return { ...hit, coverage: round(covered), matched, entry: entries[n]! };
      });
    };
    return {
      ranked,
      unmatched: tokens.filter((_, i) => perToken[i]!.slots.length === 0),
      near: tokens.flatMap((token, i) => (perToken[i]!.near.length > 0 ? [[token, perToken[i]!.near]] : [])),
      hits,
    };
  }

  // The records that have every token, as typed, in one of the phrase fields (name, title, statement).
  private phraseSlots(tokens: readonly string[]): Uint8Array {
    const size = this.dataset.size;
    const result = new Uint8Array(size);
    for (const field of PHRASE_FIELDS) {
      const count = new Uint8Array(size);
      tokens.forEach((token, t) => {
        this.wordIndex ??= new Map(this.index.words.map((w, i) => [w, i]));
        const w = this.wordIndex.get(token);
        if (w === undefined) return;
        this.eachGroup(w, (f, from, to) => {
          if (f !== field) return;
          for (let i = from; i < to; i++)
            if (count[this.index.slots[i]!] === t) count[this.index.slots[i]!] = t + 1;
        });
      });
      for (let slot = 0; slot < size; slot++) if (count[slot] === tokens.length) result[slot] = 1;
    }
    return result;
  }

  // For one query word, and at a lower weight its synonyms: each record's best (field weight ×
  // closeness) over its fields; the first match to reach a record's best names the field. Near
  // spellings are looked for only when the word itself is nowhere in the data: a word the data
  // has is not a misspelling ("weapons" is not "response"), so a near match never outranks a real one.
  private matchToken(token: string): Matches {
    const size = this.dataset.size;
    const best: Matches = { score: new Float64Array(size), field: new Uint8Array(size), slots: [], near: [] };
    const offer = (weight: number) => (slot: number, score: number, field: number) => {
      const weighted = score * weight;
      if (weighted <= best.score[slot]!) return;
      if (best.score[slot] === 0) best.slots.push(slot);
      best.score[slot] = weighted;
      best.field[slot] = field;
    };
    const found = this.matchWord(token, offer(1));
    for (const synonym of SYNONYMS.get(token) ?? []) this.matchWord(synonym, offer(SYNONYM_WEIGHT));
    if (!found) best.near.push(...this.matchNear(token, offer(1)));
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

  // Calls fn with each field a word occurs in and the range of its slots in index.slots.
  private eachGroup(word: number, fn: (field: number, from: number, to: number) => void): void {
    const { wordStart, groupField, groupStart } = this.index;
    for (let g = wordStart[word]!; g < wordStart[word + 1]!; g++)
      fn(groupField[g]!, groupStart[g]!, groupStart[g + 1]!);
  }

  // The slots of the records one of whose names (as search words) is exactly the query: those
  // whose name hashes match, checked against the records themselves.
  private exactSlots(whole: string): Set<number> {
    const { nameHashes, nameSlots } = this.index;
    const hash = fnv1a32(whole);
    const found = new Set<number>();
    for (let i = lowerBound(nameHashes, hash); i < nameHashes.length && nameHashes[i] === hash; i++) {
      const slot = nameSlots[i]!;
      if (searchNames(this.dataset.entry(slot)).includes(whole)) found.add(slot);
    }
    return found;
  }
}

// The first index of a sorted array whose value is not below value.
function lowerBound(array: Uint32Array, value: number): number {
  let lo = 0;
  let hi = array.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (array[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// At equal scores, the record a writer most likely wants: a claim, then an event, an issue, an actor.
function typeRank(type: RecordType): number {
  return RECORD_TYPES.indexOf(type);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
