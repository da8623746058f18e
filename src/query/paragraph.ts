import { resolve } from 'node:path';
import type { Dataset } from '../dataset/dataset.js';
import { NotFoundError, UsageError } from '../errors.js';
import { decodeText } from '../load/read/decode.js';
import { isInside, readBytes } from '../load/read/read.js';
import { paragraphsOf } from '../model/paragraphs.js';
import type { DatasetRecord, Source } from '../model/records.js';
import { sourceOf } from './lookup.js';

// `show --paragraph`: the paragraph of its source a citation points at, counted as the
// citation checks count them, so that a writer reads the text around a quote without opening files.

/** One paragraph of a source text, with the quotes of the record shown that come from it. */
export interface Passage {
  readonly source: Source;
  readonly paragraph: number;
  /** How many paragraphs the source text has. */
  readonly of: number;
  readonly text: string;
  readonly quotes: readonly string[];
}

/**
 * The passages `show <name> --paragraph [n]` prints: of a source, paragraph n; of a record that
 * cites, the paragraphs it cites (only n, when given).
 */
export function passagesFor(dataset: Dataset, entry: DatasetRecord, n: number | undefined): Passage[] {
  if (entry.type === 'source') {
    if (n === undefined) throw new UsageError(`--paragraph needs a number for a source, e.g. --paragraph 3`);
    return [passage(entry.record, sourceParagraphs(dataset, entry.record), n, [])];
  }
  const citations = entry.record.sources.filter((c) => n === undefined || c.paragraph === n);
  if (citations.length === 0) {
    const cited = [...new Set(entry.record.sources.map((c) => c.paragraph))].join(', ');
    throw new UsageError(`${entry.record.id} does not cite paragraph ${n}; it cites ${cited}`);
  }
  // One passage per paragraph cited, with every quote the record takes from it.
  const quotes = new Map<string, { source: string; paragraph: number; quotes: string[] }>();
  for (const { source, paragraph, quote } of citations) {
    const key = `${source}\0${paragraph}`;
    const cited = quotes.get(key) ?? { source, paragraph, quotes: [] };
    cited.quotes.push(quote);
    quotes.set(key, cited);
  }
  const texts = new Map<string, string[]>(); // each source's text read once
  return [...quotes.values()].map(({ source: id, paragraph, quotes }) => {
    const source = sourceOf(dataset, id)!;
    if (!texts.has(id)) texts.set(id, sourceParagraphs(dataset, source));
    return passage(source, texts.get(id)!, paragraph, quotes);
  });
}

/** --paragraph as typed: true (no number) or digits; a number from 1. */
export function parseParagraph(value: unknown): number | undefined {
  if (value === undefined || value === true) return undefined;
  const text = String(value).trim();
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`--paragraph ${String(value)}: give a paragraph number, 1 or more`);
  return n;
}

function passage(source: Source, paragraphs: readonly string[], n: number, quotes: string[]): Passage {
  const text = paragraphs[n - 1];
  if (text === undefined) {
    throw new NotFoundError(`paragraph ${n} does not exist: "${source.id}" has ${paragraphs.length}`);
  }
  return { source, paragraph: n, of: paragraphs.length, text, quotes };
}

/** The paragraphs of a source's text file (a path inside the dataset directory, as validate checks). */
export function sourceParagraphs(dataset: Dataset, source: Source): string[] {
  if (source.text === undefined)
    throw new NotFoundError(`source "${source.id}" has no text in the dataset (no text: field)`);
  const path = resolve(dataset.dir, source.text);
  const text = isInside(dataset.dir, path) ? decodeText(readBytes(path)) : { error: 'outside the dataset' };
  if ('error' in text) throw new NotFoundError(`the text of "${source.id}" cannot be read: ${text.error}`);
  return paragraphsOf(text.text);
}
