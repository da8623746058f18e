import { datasetLocation, type CommonOptions, type Context } from '../context.js';
import { DatasetError } from '../errors.js';
import { quoteCoverage } from '../load/check/coverage.js';
import { checkDataset } from '../load/index.js';
import { chooseFormat, render } from '../output/render.js';
import { formatsOf } from '../spec/commands.js';
import { invalidView, validView, type ValidationSummary } from '../views/validate.js';

export interface ValidateOptions extends CommonOptions {
  /** Also measure how many sentences of each source text the quotes cover. */
  readonly coverage?: boolean | undefined;
}

/** Checks a dataset; throws DatasetError (exit 3) listing every problem, else returns its counts. */
export async function validateDataset(options: ValidateOptions, ctx: Context): Promise<ValidationSummary> {
  const { dir, load } = datasetLocation(options, ctx);
  const { collections: dataset, texts, dir: root } = await checkDataset(dir, load);
  const cited = [...dataset.actors, ...dataset.events, ...dataset.issues, ...dataset.claims];
  const citations = cited.flatMap((record) => record.sources);
  return {
    dir: root,
    counts: {
      sources: dataset.sources.length,
      actors: dataset.actors.length,
      events: dataset.events.length,
      issues: dataset.issues.length,
      claims: dataset.claims.length,
      citations: citations.length,
    },
    ...(options.coverage ? { coverage: quoteCoverage(texts, citations) } : {}),
  };
}

/** car-brief validate: "valid" with counts, or every problem as file:line:col (exit 3). */
export async function runValidate(options: ValidateOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('validate'));
  let summary: ValidationSummary;
  try {
    summary = await validateDataset(options, ctx);
  } catch (error) {
    if (format === 'json' && error instanceof DatasetError) {
      await render(invalidView(error.problems), format, ctx.out);
      throw new DatasetError(error.problems, { listed: true });
    }
    throw error;
  }
  const where = options.data ?? (ctx.env.CAR_BRIEF_DATA || 'built-in dataset');
  await render(validView(summary, where), format, ctx.out);
}
