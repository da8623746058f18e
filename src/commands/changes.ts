import { resolve } from 'node:path';
import { datasetLocation, note, type CommonOptions, type Context } from '../context.js';
import { displayPath } from '../load/index.js';
import { chooseFormat, render } from '../output/render.js';
import { datasetChanges, type DatasetChanges } from '../query/changes/index.js';
import { formatsOf } from '../spec/commands.js';
import { changesView, spanWords } from '../views/changes.js';

export interface ChangesOptions extends CommonOptions {
  /** The git revision to compare from (default: the last commit that changed the dataset). */
  readonly since?: string | undefined;
  /** The git revision to compare to (default: the working tree). */
  readonly until?: string | undefined;
}

/** The records added, changed and removed in the dataset the options name, between two git revisions. */
export async function changesOf(options: ChangesOptions, ctx: Context): Promise<DatasetChanges> {
  const { dir, load } = datasetLocation(options, ctx);
  const root = resolve(load.cwd, dir);
  const show = (path: string) => displayPath(path, load.cwd);
  return datasetChanges({ root, shown: where(options, ctx), show, env: ctx.env }, options);
}

/** car-brief changes [--since REV] [--until REV]: what changed in the data, record by record. */
export async function runChanges(options: ChangesOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('changes'));
  const result = await changesOf(options, ctx);
  // The report and the changelog say it themselves; rows and JSON have no room for it.
  if (result.changes.length === 0 && !['table', 'text', 'md'].includes(format))
    note(ctx, `no record changed ${spanWords(result)}`);
  await render(changesView(result, where(options, ctx)), format, ctx.out, options);
}

// The dataset as messages name it: the directory as given, or the built-in data.
function where(options: ChangesOptions, ctx: Context): string {
  return options.data ?? (ctx.env.CAR_BRIEF_DATA || 'the built-in dataset');
}
