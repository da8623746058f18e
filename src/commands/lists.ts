import type { Linked } from '../query/brief.js';
import type { Dataset } from '../dataset/dataset.js';
import { nameOf } from '../query/lookup.js';
import type { FilterInput } from '../query/filters.js';
import { selectActors, selectClaims, selectIssues } from '../query/lists.js';
import type { Actor, Claim, Issue } from '../model/records.js';
import { ACTOR_KINDS, CLAIM_KINDS, ISSUE_STATUSES } from '../model/vocabulary.js';
import { filtersFrom, noteEmpty, openDataset, type CommonOptions, type Context } from '../context.js';
import { chooseFormat, render, type View } from '../output/render.js';
import { actorsView, claimsView, issuesView } from '../views/lists.js';

// The list commands: `actors`, `issues` and `claims` (`events` is `timeline`).

export interface ListOptions extends CommonOptions, FilterInput {}

/** Actors matching the options. */
export function listActors(dataset: Dataset, options: ListOptions, ctx: Context): Actor[] {
  return selectActors(dataset, filtersFrom(dataset, options, { kinds: ACTOR_KINDS }, ctx));
}

/** Issues matching the options. */
export function listIssues(dataset: Dataset, options: ListOptions, ctx: Context): Linked<Issue>[] {
  return selectIssues(dataset, filtersFrom(dataset, options, { statuses: ISSUE_STATUSES }, ctx));
}

/** Claims matching the options. */
export function listClaims(dataset: Dataset, options: ListOptions, ctx: Context): Linked<Claim>[] {
  return selectClaims(dataset, filtersFrom(dataset, options, { kinds: CLAIM_KINDS }, ctx));
}

/** car-brief actors */
export async function runActors(options: ListOptions, ctx: Context): Promise<void> {
  await run(options, ctx, 'actors', (dataset) =>
    actorsView(listActors(dataset, options, ctx), (id) => nameOf(dataset, id)),
  );
}

/** car-brief issues */
export async function runIssues(options: ListOptions, ctx: Context): Promise<void> {
  await run(options, ctx, 'issues', (dataset) =>
    issuesView(listIssues(dataset, options, ctx), (id) => nameOf(dataset, id)),
  );
}

/** car-brief claims */
export async function runClaims(options: ListOptions, ctx: Context): Promise<void> {
  await run(options, ctx, 'claims', (dataset) =>
    claimsView(listClaims(dataset, options, ctx), (id) => nameOf(dataset, id)),
  );
}

async function run(
  options: ListOptions,
  ctx: Context,
  what: string,
  view: (dataset: Dataset) => View,
): Promise<void> {
  const format = chooseFormat(options, ctx.out, ['table', 'tsv', 'csv', 'json', 'ndjson']);
  const made = view(await openDataset(options, ctx));
  if (format === 'table') noteEmpty(ctx, format, made.rows.rows.length, what, options);
  await render(made, format, ctx.out, options);
}
