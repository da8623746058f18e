import { note, openDataset, type CommonOptions, type Context } from '../context.js';
import { UsageError } from '../errors.js';
import type { Source } from '../model/records.js';
import { chooseFormat, render } from '../output/render.js';
import { parseLimit } from '../query/filters.js';
import { limitLength } from '../query/limits.js';
import { sourceParagraphs } from '../query/paragraph.js';
import { findQuotes, type QuoteMatch } from '../query/quote.js';
import { resolveName } from '../query/resolve.js';
import { formatsOf } from '../spec/commands.js';
import type { Dataset } from '../dataset/dataset.js';
import { quoteView } from '../views/quote.js';

export interface QuoteOptions extends CommonOptions {
  /** The source: its id, or words of its label or title. */
  readonly source: string;
  /** The words the writer remembers. */
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
  limitLength('the words to quote', options.words);
  if (!/[\p{L}\p{N}]/u.test(options.words))
    throw new UsageError(
      'quote needs the words you remember, e.g. car-brief quote <source> rail pact signed',
    );
  const { record, corrected } = resolveName(dataset, options.source, {
    types: ['source'],
    what: 'source',
    hint: 'car-brief sources lists the sources',
  });
  if (record.type !== 'source') throw new Error('resolveName gave a record that is not a source');
  if (corrected !== undefined)
    note(ctx, `"${options.source}" taken as ${record.record.id} (matched "${corrected}")`);
  const limit = options.limit !== undefined ? parseLimit(options.limit) : QUOTE_LIMIT;
  const matches = findQuotes(sourceParagraphs(dataset, record.record), options.words);
  return { source: record.record, matches: matches.slice(0, limit) };
}

/** car-brief quote <source> <words...>: where the source says what the writer remembers, verbatim. */
export async function runQuote(options: QuoteOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('quote'));
  const dataset = await openDataset(options, ctx);
  const { source, matches } = findSourceQuotes(dataset, options, ctx);
  if (matches.length === 0) note(ctx, `no passage of ${source.id} holds half of those words`);
  await render(quoteView(source.id, matches), format, ctx.out, options);
}
