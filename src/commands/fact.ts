import type { Dataset } from '../dataset/dataset.js';
import { sourceOf } from '../query/lookup.js';
import { parseLimit } from '../query/filters.js';
import type { Claim } from '../model/records.js';
import { SearchIndex } from '../query/search.js';
import { note, openDataset, type CommonOptions, type Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { chooseFormat, render } from '../output/render.js';
import { factView } from '../views/fact.js';
import { quoted, requireWords } from './search.js';

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
/** A claim must match at least this share of the query's (weighted) words. */
export const FACT_MIN_COVERAGE = 0.5;
/** Near misses below this score are not worth naming. */
const SUGGEST_MIN_SCORE = 0.15;

/** The best-matching claims (one; with --all or --limit a few); none that fits sensibly is a NotFoundError. */
export async function findFacts(dataset: Dataset, options: FactOptions, ctx?: Context): Promise<Claim[]> {
  requireWords(options.query, 'car-brief fact TAPI length');
  const many = options.limit !== undefined ? parseLimit(options.limit) : options.all ? 5 : 1;
  const hits = (await SearchIndex.open(dataset)).search(options.query, {
    types: ['claim'],
    limit: Math.max(many, 10),
  });
  // A writer asking for a fact wants the one with the number, and a fact before a judgement.
  const ranked = hits
    .map((hit) => {
      const claim = hit.entry.record as Claim;
      const score = hit.score + (claim.figures.length > 0 ? 0.05 : 0) + (claim.kind === 'fact' ? 0.03 : 0);
      return { claim, score, coverage: hit.coverage };
    })
    .sort((a, b) => b.score - a.score);
  const sensible = ranked.filter((r) => r.score >= FACT_MIN_SCORE && r.coverage >= FACT_MIN_COVERAGE);
  if (sensible.length === 0) {
    throw new NotFoundError(
      `no claim matches ${quoted(options.query)} well enough`,
      hits
        .filter((hit) => hit.score >= SUGGEST_MIN_SCORE)
        .slice(0, 3)
        .map((hit) => hit.id),
      'car-brief search looks through every record',
    );
  }
  const [best, next] = sensible;
  if (ctx && many === 1) {
    if (next && next.score === best!.score)
      note(ctx, 'other claims match as well; car-brief fact --all lists them');
    else if (best!.score < FACT_WEAK_SCORE)
      note(ctx, 'a weak match; car-brief fact --all shows the next best');
  }
  return sensible.slice(0, many).map((r) => r.claim);
}

/** car-brief fact <query...>: one line a writer can paste. */
export async function runFact(options: FactOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(
    { json: options.json, format: options.format ?? (options.json ? undefined : 'text') },
    ctx.out,
    ['text', 'tsv', 'csv', 'json'],
  );
  const dataset = await openDataset(options, ctx);
  const claims = await findFacts(dataset, options, ctx);
  const all = options.all === true || options.limit !== undefined;
  await render(
    factView(claims, (id) => sourceOf(dataset, id), { quote: options.quote, all }),
    format,
    ctx.out,
    options,
  );
}
