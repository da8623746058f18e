import type { Dataset } from '../data/dataset.js';
import { parseLimit } from '../data/filters.js';
import type { Claim } from '../data/schema.js';
import { SearchIndex } from '../data/search.js';
import { openDataset, type CommonOptions, type Context } from '../context.js';
import { NotFoundError, UsageError } from '../errors.js';
import { chooseFormat, render } from '../output/render.js';
import { factView } from '../views/fact.js';

export interface FactOptions extends CommonOptions {
  readonly query: string;
  readonly quote?: boolean | undefined;
  readonly all?: boolean | undefined;
  readonly limit?: string | undefined;
}

/** Below this score a claim shares too little with the query to be offered as the answer. */
export const FACT_MIN_SCORE = 0.35;

/** The best-matching claim (with --all, the best few); none that fits sensibly is a NotFoundError. */
export function findFacts(dataset: Dataset, options: FactOptions): Claim[] {
  if (options.query.trim() === '')
    throw new UsageError('a fact lookup needs words, e.g. car-brief fact TAPI length');
  const many = options.all ? (options.limit === undefined ? 5 : parseLimit(options.limit)) : 1;
  const hits = new SearchIndex(dataset).search(options.query, { types: ['claim'], limit: Math.max(many, 3) });
  const sensible = hits.filter((hit) => hit.score >= FACT_MIN_SCORE);
  if (sensible.length === 0) {
    throw new NotFoundError(
      `no claim matches "${options.query}" well enough`,
      hits.map((hit) => hit.id),
      'car-brief search looks through every record',
    );
  }
  return sensible.slice(0, many).map((hit) => hit.entry.record as Claim);
}

/** car-brief fact <query...>: one line a writer can paste. */
export function runFact(options: FactOptions, ctx: Context): void {
  const format = chooseFormat(
    { json: options.json, format: options.format ?? (options.json ? undefined : 'text') },
    ctx.out,
    ['text', 'tsv', 'csv', 'json'],
  );
  const dataset = openDataset(options, ctx);
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  render(
    factView(findFacts(dataset, options), (id) => sources.get(id), options),
    format,
    ctx.out,
    options,
  );
}
