import type { Dataset } from '../dataset/dataset.js';
import { RECORD_TYPES, type RecordType } from '../model/records.js';
import { checked, parseLimit, split } from '../query/filters.js';
import { limitLength } from '../query/limits.js';
import { SearchIndex, type Ranking, type SearchHit } from '../query/search/search.js';
import { queryTokens } from '../model/words.js';
import { note, openDataset, type CommonOptions, type Context } from '../context.js';
import { UsageError } from '../errors.js';
import { chooseFormat, render } from '../output/render.js';
import { formatsOf } from '../spec/commands.js';
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
  return (await searchRanked(dataset, options)).hits;
}

/** What search found: the hits shown, how many records matched in all, and the words that found nothing. */
interface Found {
  readonly hits: SearchHit[];
  readonly total: number;
  readonly ranking: Ranking;
}

async function searchRanked(dataset: Dataset, options: SearchOptions): Promise<Found> {
  requireWords(options.query, 'car-brief search TAPI length');
  const types = checked('--type', split('--type', options.type), RECORD_TYPES) as RecordType[];
  const ranking = (await SearchIndex.open(dataset)).rank(options.query, types.length > 0 ? { types } : {});
  const limit = options.limit === undefined ? DEFAULT_LIMIT : parseLimit(options.limit);
  const hits = ranking.hits(ranking.ranked.slice(0, limit));
  return { hits, total: ranking.ranked.length, ranking };
}

const DEFAULT_LIMIT = 10;

/** Notes on stderr saying which query words found nothing, and which only near spellings. */
export function noteWords(
  ctx: Context,
  ranking: Pick<Ranking, 'unmatched' | 'near'>,
  shown: readonly { readonly matched: readonly (string | { readonly token: string })[] }[],
): void {
  if (ranking.unmatched.length > 0) note(ctx, `nothing mentions: ${ranking.unmatched.join(', ')}`);
  // A near spelling is named only where it found something shown: a reading that found nothing
  // shown would explain nothing (and mislead: "read as prime" beside an answer about tariffs).
  const used = new Set(shown.flatMap((hit) => hit.matched.map((m) => (typeof m === 'string' ? m : m.token))));
  for (const [token, words] of ranking.near)
    if (used.has(token)) note(ctx, `no record has "${token}"; read as ${words.slice(0, 3).join(', ')}`);
}

/** car-brief search <query...> */
export async function runSearch(options: SearchOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('search'));
  const { hits, total, ranking } = await searchRanked(await openDataset(options, ctx), options);
  noteWords(ctx, ranking, hits);
  if (hits.length === 0 && ranking.unmatched.length === 0 && ctx.out.isTTY && format === 'table')
    note(ctx, `nothing matches ${quoted(options.query)}`);
  // A list cut by the limit says so (on stderr, so a pipe's rows stay rows).
  if (hits.length < total) note(ctx, `showing ${hits.length} of ${total} matches; --limit 0 for all`);
  await render(searchView(hits), format, ctx.out, options);
}
