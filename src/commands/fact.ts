import type { Dataset } from '../data/dataset.js';
import { parseLimit } from '../data/filters.js';
import type { Claim } from '../data/schema.js';
import { SearchIndex } from '../data/search.js';
import { note, openDataset, type CommonOptions, type Context } from '../context.js';
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
export const FACT_MIN_SCORE = 0.25;
/** Below this score the answer is offered with a note that it is a weak match. */
export const FACT_WEAK_SCORE = 0.4;

/** The best-matching claims (one, or with --all a few); none that fits sensibly is a NotFoundError. */
export function findFacts(dataset: Dataset, options: FactOptions, ctx?: Context): Claim[] {
  if (options.query.trim() === '') throw new UsageError('a fact lookup needs words, e.g. car-brief fact TAPI length');
  const many = options.all ? (options.limit === undefined ? 5 : parseLimit(options.limit)) : 1;
  const hits = new SearchIndex(dataset).search(options.query, { types: ['claim'], limit: Math.max(many, 10) });
  // A writer asking for a fact wants the one with the number, and a fact before a judgement.
  const ranked = hits
    .map((hit) => {
      const claim = hit.entry.record as Claim;
      return { claim, score: hit.score + (claim.figures.length > 0 ? 0.05 : 0) + (claim.kind === 'fact' ? 0.03 : 0) };
    })
    .sort((a, b) => b.score - a.score);
  const sensible = ranked.filter((r) => r.score >= FACT_MIN_SCORE);
  if (sensible.length === 0) {
    throw new NotFoundError(
      `no claim matches "${options.query}" well enough`,
      hits.slice(0, 3).map((hit) => hit.id),
      'car-brief search looks through every record',
    );
  }
  if (ctx && sensible[0]!.score < FACT_WEAK_SCORE) note(ctx, 'a weak match; car-brief fact --all shows the next best');
  return sensible.slice(0, many).map((r) => r.claim);
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
