import Fuse from 'fuse.js';
import type { Dataset, DatasetRecord, RecordType } from './dataset.js';
import { recordNames } from './resolve.js';
import { formatNumber } from './numbers.js';
import { SYNONYMS } from './synonyms.js';

/** One search result: the record, how well it matched (0–1, higher is better) and which words matched where. */
export interface SearchHit {
  readonly type: RecordType;
  readonly id: string;
  readonly score: number;
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
  id: 0.8,
  statement: 0.9,
  figures: 0.8,
  tags: 0.6,
  summary: 0.55,
  quote: 0.45,
} as const;
export type FieldName = keyof typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

const STOPWORDS = new Set(
  'a an and are as at be by for from has have how in into is it its of on or that the their this to was were what when where which who why with about'.split(
    ' ',
  ),
);
const FUZZY_THRESHOLD = 0.3;
const PHRASE_BONUS = 0.15;
const SYNONYM_WEIGHT = 0.8;

interface Doc {
  readonly entry: DatasetRecord;
  /** Its id and names as search words, each joined by spaces. */
  readonly names: readonly string[];
  readonly text: Record<FieldName, string>;
  readonly words: Record<FieldName, readonly string[]>;
}

/** Words of a text as search compares them: lower case, no accents or apostrophes, "1,735" as "1735". */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\d),(\d)/g, '$1$2')
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The words of a query that carry meaning (stopwords dropped, unless nothing else is left). */
export function queryTokens(query: string): string[] {
  const words = [...new Set(searchWords(query))];
  const meaningful = words.filter((word) => !STOPWORDS.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/**
 * Fuzzy search over every record. Each word of the query is looked up on its own — as a whole
 * word, a prefix or a near spelling (fuse.js, field by field) — and a record's score adds up its
 * best match for every word, rare words weighing more; so every word counts, in any order.
 */
export class SearchIndex {
  private readonly docs: Doc[];
  private readonly fuses: Record<FieldName, Fuse<Doc>>;

  constructor(dataset: Dataset) {
    this.docs = [...dataset.byId.values()].map(document);
    this.fuses = Object.fromEntries(
      FIELD_NAMES.map((field) => [
        field,
        new Fuse(this.docs, {
          keys: [`text.${field}`],
          includeScore: true,
          ignoreLocation: true,
          threshold: FUZZY_THRESHOLD,
          minMatchCharLength: 3,
        }),
      ]),
    ) as Record<FieldName, Fuse<Doc>>;
  }

  /** The records that best match query, best first. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const tokens = queryTokens(query);
    if (tokens.length === 0) return [];
    const perToken = tokens.map((token) => this.matchToken(token));
    const weights = perToken.map((matches) => Math.log(1 + this.docs.length / (1 + matches.size)));
    const total = weights.reduce((a, b) => a + b, 0);
    const whole = searchWords(query).join(' ');
    const phrase = tokens.length > 1 ? whole : undefined;
    const hits: SearchHit[] = [];
    for (const doc of this.docs) {
      if (options.types && !options.types.includes(doc.entry.type)) continue;
      let score = 0;
      const matched: { token: string; field: FieldName }[] = [];
      perToken.forEach((matches, i) => {
        const match = matches.get(doc);
        if (!match) return;
        score += (weights[i]! * match.score) / total;
        matched.push({ token: tokens[i]!, field: match.field });
      });
      if (matched.length === 0) continue;
      if (phrase && ['name', 'statement'].some((f) => doc.words[f as FieldName].join(' ').includes(phrase))) {
        score = Math.min(1, score + PHRASE_BONUS);
      }
      const exact = doc.names.includes(whole);
      hits.push({
        type: doc.entry.type,
        id: doc.entry.record.id,
        score: round(score),
        entry: doc.entry,
        matched,
        exact,
      });
    }
    hits.sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.exact) - Number(a.exact) ||
        typeRank(a.type) - typeRank(b.type) ||
        a.id.localeCompare(b.id),
    );
    return options.limit === undefined ? hits : hits.slice(0, options.limit);
  }

  // For one query word, and at a lower weight its synonyms: each record's best (field weight ×
  // closeness) over its fields.
  private matchToken(token: string): Map<Doc, { score: number; field: FieldName }> {
    const best = new Map<Doc, { score: number; field: FieldName }>();
    for (const [word, weight] of [[token, 1] as const, ...(SYNONYMS[token] ?? []).map((s) => [s, SYNONYM_WEIGHT] as const)]) {
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
    for (const doc of this.docs) {
      for (const field of FIELD_NAMES) {
        const closeness = wordCloseness(token, doc.words[field]);
        if (closeness > 0) offer(doc, field, closeness);
      }
    }
    if (token.length >= 4 && !/^\d+$/.test(token)) {
      for (const field of FIELD_NAMES) {
        for (const result of this.fuses[field].search(token)) {
          offer(result.item, field, 0.8 * (1 - (result.score ?? 1)));
        }
      }
    }
    return best;
  }
}

// 1 for the word itself, 0.9 for a word it begins (uzbek → uzbekistan) or that begins it with a
// short ending (tariffs → tariff), else 0.
function wordCloseness(token: string, words: readonly string[]): number {
  let best = 0;
  for (const word of words) {
    if (word === token) return 1;
    if (token.length >= 3 && word.startsWith(token)) best = 0.9;
    else if (word.length >= 4 && token.startsWith(word) && token.length - word.length <= 2)
      best = Math.max(best, 0.85);
  }
  return best;
}

function document(entry: DatasetRecord): Doc {
  const record = entry.record as Record<string, unknown>;
  const join = (values: unknown[]) => values.filter((v): v is string => typeof v === 'string').join(' · ');
  const sources = (record.sources as { quote: string }[] | undefined) ?? [];
  const figures = (record.figures as { value: number; unit: string; of: string }[] | undefined) ?? [];
  const text: Record<FieldName, string> = {
    name: entry.type === 'claim' ? '' : join(recordNames(entry).all.slice(1)),
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
  return { entry, names, text, words };
}

// At equal scores, the record a writer most likely wants: a claim, then an event, an issue, an actor.
function typeRank(type: RecordType): number {
  return ['claim', 'event', 'issue', 'actor', 'source'].indexOf(type);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
