import type Fuse from 'fuse.js';
import { SEARCH_FIELDS, type SearchField, type SearchSection } from '../../dataset/compiled.js';
import type { Dataset } from '../../dataset/dataset.js';
import { fnv1a32 } from '../../model/hash.js';
import { lowerBound } from '../../model/sorted.js';
import { searchNames } from '../../model/names.js';
import { RECORD_TYPES, type DatasetRecord, type RecordType } from '../../model/records.js';
import { queryTokens, searchWords } from '../../model/words.js';
import { WordMatcher } from './word-matches.js';

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

const PHRASE_FIELDS = (['name', 'title', 'statement'] as const).map((field) => SEARCH_FIELDS.indexOf(field));

const PHRASE_BONUS = 0.15;

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

/**
 * Fuzzy search over every record. Each word of the query is looked up on its own — as a whole
 * word, a prefix, a synonym or a near spelling (word-matches.ts) — and a record's score adds up
 * its best match for every word, rare words weighing more; so every word counts, in any order.
 * It reads the inverted index compiled with the dataset (dataset/compiled.ts: SearchSection).
 */
export class SearchIndex {
  private readonly index: SearchSection;
  private readonly words: WordMatcher;
  private wordIndex?: Map<string, number>;

  private constructor(
    private readonly dataset: Dataset,
    FuseClass: typeof Fuse,
  ) {
    this.index = dataset.searchIndex();
    this.words = new WordMatcher(this.index, dataset.size, FuseClass);
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
    const perToken = tokens.map((token) => this.words.matchToken(token));
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
        this.words.eachGroup(w, (f, from, to) => {
          if (f !== field) return;
          for (let i = from; i < to; i++)
            if (count[this.index.slots[i]!] === t) count[this.index.slots[i]!] = t + 1;
        });
      });
      for (let slot = 0; slot < size; slot++) if (count[slot] === tokens.length) result[slot] = 1;
    }
    return result;
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

// At equal scores, the record a writer most likely wants: a claim, then an event, an issue, an actor.
function typeRank(type: RecordType): number {
  return RECORD_TYPES.indexOf(type);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
