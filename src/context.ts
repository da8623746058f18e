import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from './data/dataset.js';
import { UsageError } from './errors.js';
import { escapeControl } from './output/sanitize.js';
import { resolveFilters, type FilterInput, type Filters, type Vocabulary } from './data/filters.js';
import { loadDataset } from './data/load.js';
import type { Output } from './output/io.js';
import { dataDir } from './paths.js';

/** What every command runs with: where output goes, the environment and the working directory. */
export interface Context {
  readonly out: Output;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/** Options every command accepts (the global flags). */
export interface CommonOptions {
  readonly data?: string | undefined;
  readonly format?: string | undefined;
  readonly json?: boolean | undefined;
  readonly header?: boolean | undefined;
}

/** Loads the dataset the options and environment point at (throws DatasetError when invalid). */
export function openDataset(options: CommonOptions, ctx: Context): Dataset {
  const dir = dataDir(options.data, ctx.env);
  if (options.data !== undefined || ctx.env.CAR_BRIEF_DATA) {
    const origin = options.data !== undefined ? '--data' : 'CAR_BRIEF_DATA';
    if (dir === '') throw new UsageError(`${origin} needs a directory`);
    const path = resolve(ctx.cwd, dir);
    if (!existsSync(path) || !statSync(path).isDirectory())
      throw new UsageError(`${origin} ${dir}: no such directory`);
  }
  return loadDataset(dir, ctx.cwd);
}

/** Writes a note (a correction, a hint) to stderr. */
export function note(ctx: Context, message: string): void {
  ctx.out.stderr.write(`${ctx.out.errStyle.dim('note:')} ${escapeControl(message)}\n`);
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
