import Fuse from 'fuse.js';
import { RECORD_TYPES, type Dataset, type DatasetRecord, type RecordType } from './dataset.js';
import { recordNames } from './resolve.js';
import { formatNumber } from './numbers.js';
import { SYNONYMS } from './synonyms.js';
import { queryTokens, searchWords, wordCloseness } from './words.js';

export { queryTokens, searchWords } from './words.js';

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
const FIELDS = {
  name: 1,
  title: 0.95,
  id: 0.8,
  statement: 0.9,
  figures: 0.8,
  tags: 0.6,
  summary: 0.55,
  quote: 0.45,
} as const;
export type FieldName = keyof typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

const FUZZY_THRESHOLD = 0.3;
const PHRASE_BONUS = 0.15;
const SYNONYM_WEIGHT = 0.8;

interface Doc {
  readonly entry: DatasetRecord;
  /** Its id and names as search words, each joined by spaces. */
  readonly names: readonly string[];
  readonly words: Record<FieldName, readonly string[]>;
}

/**
 * Fuzzy search over every record. Each word of the query is looked up on its own — as a whole
 * word, a prefix, a synonym or a near spelling (fuse.js over the vocabulary) — and a record's score adds up its
 * best match for every word, rare words weighing more; so every word counts, in any order.
 */
export class SearchIndex {
  private readonly docs: Doc[];
  /** Every distinct word, and where it occurs: field → records. */
  private readonly vocabulary = new Map<string, Map<FieldName, Set<Doc>>>();
  private readonly fuzzy: Fuse<string>;

  constructor(dataset: Dataset) {
    this.docs = [...dataset.byId.values()].map(document);
    for (const doc of this.docs) {
      for (const field of FIELD_NAMES) {
        for (const word of doc.words[field]) {
          const fields = this.vocabulary.get(word) ?? new Map<FieldName, Set<Doc>>();
          fields.set(field, (fields.get(field) ?? new Set()).add(doc));
          this.vocabulary.set(word, fields);
        }
      }
    }
    this.fuzzy = new Fuse([...this.vocabulary.keys()], {
      includeScore: true,
      ignoreLocation: true,
      threshold: FUZZY_THRESHOLD,
    });
  }

  /** The records that best match query, best first. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const tokens = queryTokens(query);
    if (tokens.length === 0) return [];
    const perToken = tokens.map((token) => this.matchToken(token));
    const weights = perToken.map((matches) => Math.log(1 + this.docs.length / (1 + matches.size)));
    const total = weights.reduce((a, b) => a + b, 0);
    const whole = searchWords(query).join(' ');
    const hits: SearchHit[] = [];
    for (const doc of this.docs) {
      if (options.types && !options.types.includes(doc.entry.type)) continue;
      let score = 0;
      let covered = 0;
      const matched: { token: string; field: FieldName }[] = [];
      perToken.forEach((matches, i) => {
        const match = matches.get(doc);
        if (!match) return;
        score += (weights[i]! * match.score) / total;
        covered += weights[i]! / total;
        matched.push({ token: tokens[i]!, field: match.field });
      });
      if (matched.length === 0) continue;
      // Every word, as typed, in the record's name or statement: in whatever order, it is the one.
      if (
        tokens.length > 1 &&
        (['name', 'title', 'statement'] as const).some((f) => tokens.every((t) => doc.words[f].includes(t)))
      ) {
        score += PHRASE_BONUS * (1 - score);
      }
      const exact = doc.names.includes(whole);
      hits.push({
        type: doc.entry.type,
        id: doc.entry.record.id,
        score: round(score),
        coverage: round(covered),
        entry: doc.entry,
        matched,
        exact,
      });
    }
    // A record the query names exactly (an id, a name, an alias) comes first.
    hits.sort(
      (a, b) =>
        Number(b.exact) - Number(a.exact) ||
        b.score - a.score ||
        typeRank(a.type) - typeRank(b.type) ||
        a.id.localeCompare(b.id),
    );
    return options.limit === undefined ? hits : hits.slice(0, options.limit);
  }

  // For one query word, and at a lower weight its synonyms: each record's best (field weight ×
  // closeness) over its fields.
  private matchToken(token: string): Map<Doc, { score: number; field: FieldName }> {
    const best = new Map<Doc, { score: number; field: FieldName }>();
    for (const [word, weight] of [
      [token, 1] as const,
      ...(SYNONYMS[token] ?? []).map((s) => [s, SYNONYM_WEIGHT] as const),
    ]) {
      for (const [doc, match] of this.matchWord(word)) {
        const score = match.score * weight;
        if (score > (best.get(doc)?.score ?? 0)) best.set(doc, { score, field: match.field });
      }
    }
    return best;
  }

  private matchWord(token: string): Map<Doc, { score: number; field: FieldName }> {
    const best = new Map<Doc, { score: number; field: FieldName }>();
    const offer = (doc: Doc, field: FieldName, closeness: number) => {
      const score = FIELDS[field] * closeness;
      if (score > (best.get(doc)?.score ?? 0)) best.set(doc, { score, field });
    };
    for (const [word, fields] of this.vocabulary) {
      const closeness = wordCloseness(token, [word]);
      if (closeness > 0)
        for (const [field, docs] of fields) for (const doc of docs) offer(doc, field, closeness);
    }
    // Near spellings: whole words of about the same length (so "port" is not found in "reported").
    if (token.length >= 4 && !/^\d+$/.test(token)) {
      for (const { item: word, score } of this.fuzzy.search(token)) {
        if (Math.abs(word.length - token.length) > Math.max(1, Math.floor(token.length / 4))) continue;
        for (const [field, docs] of this.vocabulary.get(word)!)
          for (const doc of docs) offer(doc, field, 0.8 * (1 - (score ?? 1)));
      }
    }
    return best;
  }
}

function document(entry: DatasetRecord): Doc {
  const record = entry.record as Record<string, unknown>;
  const join = (values: unknown[]) => values.filter((v): v is string => typeof v === 'string').join(' · ');
  const sources = (record.sources as { quote: string }[] | undefined) ?? [];
  const figures = (record.figures as { value: number; unit: string; of: string }[] | undefined) ?? [];
  const text: Record<FieldName, string> = {
    name: entry.type === 'actor' || entry.type === 'source' ? join(recordNames(entry).all.slice(1)) : '',
    title: entry.type === 'event' || entry.type === 'issue' ? entry.record.title : '',
    id: entry.record.id.replace(/-/g, ' '),
    statement: join([record.statement]),
    figures: join(figures.flatMap((f) => [String(f.value), formatNumber(f.value), f.unit, f.of])),
    tags: join([...((record.tags as string[] | undefined) ?? []), record.type, record.kind, record.status]),
    summary: join([record.summary, record.notes, record.date_note, record.attribution]),
    quote: join(sources.map((s) => s.quote)),
  };
  const words = Object.fromEntries(FIELD_NAMES.map((f) => [f, searchWords(text[f])])) as Record<
    FieldName,
    string[]
  >;
  const names = [entry.record.id, ...recordNames(entry).all].map((name) => searchWords(name).join(' '));
  return { entry, names, words };
}

// At equal scores, the record a writer most likely wants: a claim, then an event, an issue, an actor.
function typeRank(type: RecordType): number {
  return RECORD_TYPES.indexOf(type);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
