import type { Dataset, RecordType } from '../data/dataset.js';
import { parseLimit } from '../data/filters.js';
import { SearchIndex, type SearchHit } from '../data/search.js';
import { openDataset, type CommonOptions, type Context } from '../context.js';
import { UsageError } from '../errors.js';
import { chooseFormat, render } from '../output/render.js';
import { searchView } from '../views/search.js';

export interface SearchOptions extends CommonOptions {
  readonly query: string;
  readonly type?: readonly string[] | undefined;
  readonly limit?: string | undefined;
}

const RECORD_TYPES: readonly RecordType[] = ['actor', 'event', 'issue', 'claim', 'source'];

/** The records best matching the query, best first (an empty list is a fine answer). */
export function search(dataset: Dataset, options: SearchOptions): SearchHit[] {
  if (options.query.trim() === '')
    throw new UsageError('a search needs words, e.g. car-brief search TAPI length');
  const types = (options.type ?? []).flatMap((value) => value.split(',')).map((value) => value.trim());
  for (const type of types) {
    if (!(RECORD_TYPES as readonly string[]).includes(type)) {
      throw new UsageError(`--type ${type}: use one of ${RECORD_TYPES.join(', ')}`);
    }
  }
  return new SearchIndex(dataset).search(options.query, {
    ...(types.length > 0 ? { types: types as RecordType[] } : {}),
    limit: options.limit === undefined ? 10 : parseLimit(options.limit),
  });
}

/** car-brief search <query...> */
export function runSearch(options: SearchOptions, ctx: Context): void {
  const format = chooseFormat(options, ctx.out, ['table', 'tsv', 'csv', 'json', 'ndjson']);
  const hits = search(openDataset(options, ctx), options);
  if (hits.length === 0 && ctx.out.isTTY && format === 'table') ctx.out.stderr.write('No matches.\n');
  render(searchView(hits), format, ctx.out, options);
}
