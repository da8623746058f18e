import type { Linked } from '../data/brief.js';
import { nameOf, type Dataset } from '../data/dataset.js';
import type { FilterInput } from '../data/filters.js';
import { selectActors, selectClaims, selectIssues } from '../data/queries.js';
import {
  ACTOR_KINDS,
  CLAIM_KINDS,
  ISSUE_STATUSES,
  type Actor,
  type Claim,
  type Issue,
} from '../data/schema.js';
import { filtersFrom, openDataset, type CommonOptions, type Context } from '../context.js';
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
export function listClaims(dataset: Dataset, options: ListOptions, ctx: Context): Claim[] {
  return selectClaims(dataset, filtersFrom(dataset, options, { kinds: CLAIM_KINDS }, ctx));
}

/** car-brief actors */
export function runActors(options: ListOptions, ctx: Context): void {
  run(options, ctx, (dataset) => actorsView(listActors(dataset, options, ctx), (id) => nameOf(dataset, id)));
}

/** car-brief issues */
export function runIssues(options: ListOptions, ctx: Context): void {
  run(options, ctx, (dataset) => issuesView(listIssues(dataset, options, ctx), (id) => nameOf(dataset, id)));
}

/** car-brief claims */
export function runClaims(options: ListOptions, ctx: Context): void {
  run(options, ctx, (dataset) => claimsView(listClaims(dataset, options, ctx)));
}

function run(options: ListOptions, ctx: Context, view: (dataset: Dataset) => View): void {
  const format = chooseFormat(options, ctx.out, ['table', 'tsv', 'csv', 'json', 'ndjson']);
  render(view(openDataset(options, ctx)), format, ctx.out, options);
}
