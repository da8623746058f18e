import type { AsOf } from '../model/as-of.js';
import { parseLimit } from '../query/filters.js';
import { StaleJudge, type StaleItem } from '../query/stale/judge.js';
import { asOfFor, note, noteCut, openDataset, type CommonOptions, type Context } from '../context.js';
import { chooseFormat, render } from '../output/render.js';
import { formatsOf } from '../spec/commands.js';
import { staleView } from '../views/stale.js';

export interface StaleOptions extends CommonOptions {
  readonly limit?: string | undefined;
}

/** The records stale by the as-of date, the longest stale first, up to --limit; how many in all. */
export async function listStale(
  options: StaleOptions,
  ctx: Context,
): Promise<{ items: StaleItem[]; total: number; asOf: AsOf }> {
  const dataset = await openDataset(options, ctx);
  const asOf = asOfFor(options, ctx, dataset);
  const all = new StaleJudge(dataset, asOf).all();
  const limit = options.limit === undefined ? Infinity : parseLimit(options.limit);
  return { items: all.slice(0, limit), total: all.length, asOf };
}

/** car-brief stale: plans overdue, pending outcomes overdue and issues gone quiet, as of a date. */
export async function runStale(options: StaleOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('stale'));
  const { items, total, asOf } = await listStale(options, ctx);
  // On a terminal, an empty list says so, and as of when; in a pipe, no rows say it already.
  if (items.length === 0 && format === 'table' && ctx.out.isTTY)
    note(ctx, `nothing is stale as of ${asOf.day}`);
  noteCut(ctx, items.length, total, 'stale records');
  await render(staleView(items, asOf), format, ctx.out, options);
}
