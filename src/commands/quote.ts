import { note, openDataset, type CommonOptions, type Context } from '../context.js';
import { CarBriefError, UsageError } from '../errors.js';
import type { Source } from '../model/records.js';
import { chooseFormat, render } from '../output/render.js';
import { parseLimit } from '../query/filters.js';
import { limitLength } from '../query/limits.js';
import { sourceParagraphs } from '../query/paragraph.js';
import { latestSource } from '../query/latest-source.js';
import { findQuotes, type QuoteMatch } from '../query/quote.js';
import { resolveName } from '../query/resolve.js';
import { formatsOf } from '../spec/commands.js';
import type { Dataset } from '../dataset/dataset.js';
import { quoteView } from '../views/quote.js';

export interface QuoteOptions extends CommonOptions {
  /** The source: its id, label or title; else the first of the words (the latest source is quoted). */
  readonly source?: string | undefined;
  /** The words the writer remembers (after the source). */
  readonly words: string;
  readonly limit?: string | undefined;
}

/** How many passages quote offers unless --limit says otherwise. */
export const QUOTE_LIMIT = 5;

/** The source options name, and the passages of its text that best match the words, best first. */
export function findSourceQuotes(
  dataset: Dataset,
  options: QuoteOptions,
  ctx: Context,
): { source: Source; matches: QuoteMatch[] } {
  const named = options.source !== undefined ? sourceNamed(dataset, options.source) : undefined;
  const words = named ? options.words : [options.source ?? '', options.words].join(' ').trim();
  limitLength('the words to quote', words);
  if (!/[\p{L}\p{N}]/u.test(words))
    throw new UsageError(
      'quote needs the words you remember, e.g. car-brief quote rail pact signed (or car-brief quote <source> rail pact signed)',
    );
  const source = named ?? latestSource(dataset);
  if (!source)
    throw new UsageError(
      'quote needs a source with a text, and the dataset has none (car-brief sources add adds one)',
    );
  if (!named)
    note(ctx, `quoting ${source.id}, the latest source (car-brief quote <source> <words> quotes another)`);
  const limit = options.limit !== undefined ? parseLimit(options.limit) : QUOTE_LIMIT;
  const matches = findQuotes(sourceParagraphs(dataset, source), words);
  return { source, matches: matches.slice(0, limit) };
}

// The source the first argument names exactly: its id, label or title, in any case; anything
// else (a word of a title too) is taken as the first of the words.
function sourceNamed(dataset: Dataset, typed: string): Source | undefined {
  try {
    const { record, corrected } = resolveName(dataset, typed, { types: ['source'], what: 'source' });
    return record.type === 'source' && corrected === undefined ? record.record : undefined;
  } catch (error) {
    if (error instanceof CarBriefError) return undefined;
    throw error;
  }
}

/** car-brief quote [source] <words...>: where the source says what the writer remembers, verbatim. */
export async function runQuote(options: QuoteOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('quote'));
  const dataset = await openDataset(options, ctx);
  const { source, matches } = findSourceQuotes(dataset, options, ctx);
  if (matches.length === 0) note(ctx, `no passage of ${source.id} holds half of those words`);
  await render(quoteView(source.id, matches), format, ctx.out, options);
}
