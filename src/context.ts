import { resolve } from 'node:path';
import type { Dataset } from './dataset/dataset.js';
import { UsageError } from './errors.js';
import { datasetAsOf } from './load/as-of.js';
import { loadDataset, type LoadOptions } from './load/index.js';
import { resolveAsOf, todayOf, type AsOf } from './model/as-of.js';
import { isDirectory } from './load/read/read.js';
import type { Output } from './output/io.js';
import { escapeMessage } from './output/sanitize.js';
import { wrapCell } from './output/wrap.js';
import { dataDir } from './paths.js';
import { resolveFilters, type FilterInput, type Filters, type Vocabulary } from './query/filters.js';
import { baseDirectory } from './workdir.js';

/** What every command runs with: where output goes, the environment and the working directory. */
export interface Context {
  readonly out: Output;
  readonly env: NodeJS.ProcessEnv;
  /** undefined when the working directory no longer exists. */
  readonly cwd: string | undefined;
  /** Standard input, where a test gives its own (else the process's). */
  readonly stdin?: Stdin | undefined;
}

/** Standard input as a command reads it: text or bytes, and whether it is a terminal. */
export type Stdin = AsyncIterable<string | Uint8Array> & { readonly isTTY?: boolean };

/** Options every command accepts (the global flags). */
export interface CommonOptions {
  readonly data?: string | undefined;
  readonly format?: string | undefined;
  readonly json?: boolean | undefined;
  readonly header?: boolean | undefined;
  /** --csv-raw: CSV cells as they are, without the ' that keeps a spreadsheet from running them. */
  readonly csvRaw?: boolean | undefined;
  /** false with --no-cache. */
  readonly cache?: boolean | undefined;
  /** --as-of: answer as the dataset stood on this date (default: the dataset file's, else today). */
  readonly asOf?: string | undefined;
}

/** The dataset directory the options and environment point at, and how to load it. */
export function datasetLocation(options: CommonOptions, ctx: Context): { dir: string; load: LoadOptions } {
  const dir = dataDir(options.data, ctx.env);
  const origin = options.data !== undefined ? '--data' : 'CAR_BRIEF_DATA';
  const given = options.data !== undefined || Boolean(ctx.env.CAR_BRIEF_DATA);
  if (given && dir === '') throw new UsageError(`${origin} needs a directory`);
  const { cwd, env } = baseDirectory(ctx.cwd, dir, origin, ctx.env);
  if (given && !isDirectory(resolve(cwd, dir))) throw new UsageError(`${origin} ${dir}: no such directory`);
  return { dir, load: { cwd, env, cache: options.cache !== false } };
}

/**
 * Loads the dataset the options and environment point at (throws DatasetError when invalid), as
 * it stood on the as-of date: what is dated or added later is left out.
 */
export async function openDataset(options: CommonOptions, ctx: Context): Promise<Dataset> {
  const { dir, load } = datasetLocation(options, ctx);
  const dataset = await loadDataset(dir, load);
  return datasetAsOf(dataset, asOfFor(options, ctx, dataset));
}

/** The date answers are as of: --as-of, else the dataset file's settings.as_of, else today (CAR_BRIEF_TODAY in tests). */
export function asOfFor(options: CommonOptions, ctx: Context, dataset: Dataset): AsOf {
  return resolveAsOf({
    flag: options.asOf,
    setting: dataset.info.settings?.as_of,
    today: todayOf(ctx.env),
  });
}

/** Writes a note (a correction, a hint) to stderr. */
export function note(ctx: Context, message: string): void {
  const text = escapeMessage(message);
  // On a terminal, a long note wraps at words, under its first word.
  const width = ctx.out.errColumns;
  const lines = width !== undefined && width > 26 ? wrapCell(text, width - 6) : [text];
  ctx.out.stderr.write(`${ctx.out.errStyle.dim('note:')} ${lines.join('\n      ')}\n`);
}

/** Resolves filter flags against the dataset, noting on stderr any misspelling taken for a name. */
export function filtersFrom(
  dataset: Dataset,
  input: FilterInput,
  vocabulary: Vocabulary,
  ctx: Context,
): Filters {
  const { filters, notes } = resolveFilters(dataset, input, vocabulary);
  notes.forEach((text) => note(ctx, text));
  return filters;
}

const FILTER_FLAGS = [
  'country',
  'actor',
  'issue',
  'tag',
  'type',
  'kind',
  'status',
  'attribution',
  'disagreements',
  'singleSource',
  'minSources',
  'since',
  'until',
  'within',
] as const;

/**
 * On a terminal, an empty table says what matched nothing ("no events match --country
 * kazakhstan --type sale") instead of printing nothing; in a pipe, no rows say it already.
 */
export function noteEmpty(
  ctx: Context,
  format: string,
  rows: number,
  what: string,
  input: FilterInput,
): void {
  if (rows > 0 || format !== 'table' || !ctx.out.isTTY) return;
  const flags = FILTER_FLAGS.flatMap((flag) => {
    const value = input[flag];
    if (value === undefined || value === false || (typeof value !== 'boolean' && value.length === 0))
      return [];
    const name = `--${flag.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
    if (value === true) return [name];
    return [`${name} ${typeof value === 'string' ? value : value.join(',')}`];
  });
  note(ctx, flags.length > 0 ? `no ${what} match ${flags.join(' ')}` : `the dataset has no ${what}`);
}

/** A list cut by --limit says so on stderr, so that piped rows stay rows: "showing 10 of 32 claims; --limit 0 for all". */
export function noteCut(ctx: Context, shown: number, total: number, what: string): void {
  if (shown < total) note(ctx, `showing ${shown} of ${total} ${what}; --limit 0 for all`);
}
