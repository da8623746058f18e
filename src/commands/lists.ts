import type { Linked } from '../query/country/brief.js';
import type { Dataset } from '../dataset/dataset.js';
import { nameOf, sourceOf } from '../query/lookup.js';
import type { FilterInput, Filters } from '../query/filters.js';
import { supportIn } from '../query/support.js';
import { datedEventsOf, selectActors, selectClaims, selectIssues } from '../query/lists.js';
import type { Actor, Claim, Issue } from '../model/records.js';
import { ACTOR_KINDS, CLAIM_KINDS, ISSUE_STATUSES } from '../model/vocabulary.js';
import {
  filtersFrom,
  noteCut,
  note,
  noteEmpty,
  openDataset,
  type CommonOptions,
  type Context,
} from '../context.js';
import { chooseFormat, render, type View } from '../output/render.js';
import { formatsOf } from '../spec/commands.js';
import { actorsView, claimsView, issuesView } from '../views/lists.js';
import type { Format } from '../spec/formats.js';
import { answersView, citedFormat, type AnswerLineOptions } from './fact.js';

// The list commands: `actors`, `issues` and `claims` (`events` is `timeline`).

export interface ListOptions extends CommonOptions, FilterInput {
  /** --names: TSV and CSV name linked records instead of giving their ids. */
  readonly names?: boolean | undefined;
}

/** claims' options: the list's, and how its lines to paste cite (--cite, --figures). */
export interface ClaimsOptions extends ListOptions, Pick<AnswerLineOptions, 'cite' | 'figures'> {}

/** Records matching the options, up to --limit, with how many match in all. */
export interface Listed<T> {
  readonly shown: T[];
  readonly total: number;
  /** Table columns the filters hold to one value (--kind assessment): a table need not repeat them. */
  readonly pinned: string[];
}

/** Actors matching the options. */
export function listActors(dataset: Dataset, options: ListOptions, ctx: Context): Listed<Actor> {
  return list(selectActors, dataset, filtersFrom(dataset, options, { kinds: ACTOR_KINDS }, ctx));
}

/** Issues matching the options. */
export function listIssues(dataset: Dataset, options: ListOptions, ctx: Context): Listed<Linked<Issue>> {
  return list(selectIssues, dataset, filtersFrom(dataset, options, { statuses: ISSUE_STATUSES }, ctx));
}

/**
 * Claims matching the options. A date filter keeps a claim by the events it is about; the claims
 * it leaves out only for being about no event are counted in undated.
 */
export function listClaims(
  dataset: Dataset,
  options: ListOptions,
  ctx: Context,
): Listed<Linked<Claim>> & { undated: number } {
  const filters = filtersFrom(dataset, options, { kinds: CLAIM_KINDS }, ctx);
  const listed = list(selectClaims, dataset, filters);
  if (filters.span === undefined) return { ...listed, undated: 0 };
  const undated = selectClaims(dataset, { ...filters, span: undefined, limit: undefined }).filter(
    ({ record }) => datedEventsOf(dataset, record).length === 0,
  ).length;
  return { ...listed, undated };
}

/** Table columns the filters hold to one value (--kind assessment, --type visit): a table need not repeat them. */
export function pinnedColumns(filters: Filters): string[] {
  const one = { kind: filters.kinds, type: filters.types, status: filters.statuses };
  return Object.entries(one).flatMap(([column, values]) => (values.length === 1 ? [column] : []));
}

/** car-brief actors */
export async function runActors(options: ListOptions, ctx: Context): Promise<void> {
  await run(options, ctx, chooseFormat(options, ctx.out, formatsOf('actors')), 'actors', (dataset) => {
    const { shown, total, pinned } = listActors(dataset, options, ctx);
    return [actorsView(shown, (id) => nameOf(dataset, id), pinned, options), total];
  });
}

/** car-brief issues */
export async function runIssues(options: ListOptions, ctx: Context): Promise<void> {
  await run(options, ctx, chooseFormat(options, ctx.out, formatsOf('issues')), 'issues', (dataset) => {
    const { shown, total, pinned } = listIssues(dataset, options, ctx);
    return [issuesView(shown, (id) => nameOf(dataset, id), pinned, options), total];
  });
}

/** car-brief claims: a table or rows; with --cite (or --format text) each claim as a line to paste, as fact says it. */
export async function runClaims(options: ClaimsOptions, ctx: Context): Promise<void> {
  const format = citedFormat(options, ctx, 'claims');
  await run(options, ctx, format, 'claims', (dataset) => {
    const { shown, total, pinned, undated } = listClaims(dataset, options, ctx);
    if (undated > 0) {
      const flags = ['--since', '--until'].filter((flag) => options[flag.slice(2) as 'since' | 'until']);
      note(
        ctx,
        `${flags.join(' and ')} ${flags.length > 1 ? 'keep' : 'keeps'} claims by the events they are about: ${undated} ${undated === 1 ? 'claim' : 'claims'} about no event left out`,
      );
    }
    if (format === 'text') {
      const answers = shown.map(({ record }) => ({ type: 'claim' as const, record }));
      return [answersView(dataset, answers, { ...options, all: true }, format, ctx), total];
    }
    const source = (id: string) => sourceOf(dataset, id);
    const view = claimsView(shown, (id) => nameOf(dataset, id), pinned, options, source, supportIn(dataset));
    return [view, total];
  });
}

async function run(
  options: ListOptions,
  ctx: Context,
  format: Format,
  what: string,
  view: (dataset: Dataset) => [View, number],
): Promise<void> {
  const [made, total] = view(await openDataset(options, ctx));
  const shown = made.rows.rows.length;
  if (format === 'table') noteEmpty(ctx, format, shown, what, options);
  noteCut(ctx, shown, total, what);
  await render(made, format, ctx.out, options);
}

// The records the filters select, cut to --limit here, so as to count what the limit leaves out.
function list<T>(
  select: (dataset: Dataset, filters: Filters) => T[],
  dataset: Dataset,
  filters: Filters,
): Listed<T> {
  const all = select(dataset, { ...filters, limit: undefined });
  const shown = filters.limit === undefined ? all : all.slice(0, filters.limit);
  return { shown, total: all.length, pinned: pinnedColumns(filters) };
}
