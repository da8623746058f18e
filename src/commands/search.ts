import type { Dataset } from '../dataset/dataset.js';
import { RECORD_TYPES, type RecordType } from '../model/records.js';
import { checked, parseLimit, split } from '../query/filters.js';
import { limitLength } from '../query/limits.js';
import { SearchIndex, type SearchHit } from '../query/search.js';
import { queryTokens } from '../model/words.js';
import { openDataset, type CommonOptions, type Context } from '../context.js';
import { UsageError } from '../errors.js';
import { chooseFormat, render } from '../output/render.js';
import { searchView } from '../views/search.js';

export interface SearchOptions extends CommonOptions {
  readonly query: string;
  readonly type?: readonly string[] | undefined;
  readonly limit?: string | undefined;
}

/** A query as quoted back in messages: at most 60 characters. */
export function quoted(query: string): string {
  return `"${query.length > 60 ? `${query.slice(0, 57)}...` : query}"`;
}

/** Refuses a query longer than MAX_QUERY_LENGTH, or with no word to look up ("", "!!!", "the of and"). */
export function requireWords(query: string, example: string): void {
  limitLength('query', query);
  if (queryTokens(query).length === 0) {
    throw new UsageError(
      `${quoted(query)} has no word to look up (common words are skipped), e.g. ${example}`,
    );
  }
}

/** The records best matching the query, best first (an empty list is a fine answer). */
export async function search(dataset: Dataset, options: SearchOptions): Promise<SearchHit[]> {
  requireWords(options.query, 'car-brief search TAPI length');
  const types = checked('--type', split('--type', options.type), RECORD_TYPES) as RecordType[];
  return (await SearchIndex.open(dataset)).search(options.query, {
    ...(types.length > 0 ? { types } : {}),
    limit: options.limit === undefined ? 10 : parseLimit(options.limit),
  });
}

/** car-brief search <query...> */
export async function runSearch(options: SearchOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, ['table', 'tsv', 'csv', 'json', 'ndjson']);
  const hits = await search(await openDataset(options, ctx), options);
  if (hits.length === 0 && ctx.out.isTTY && format === 'table') ctx.out.stderr.write('No matches.\n');
  await render(searchView(hits), format, ctx.out, options);
}
