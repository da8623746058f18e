import { openDataset, type CommonOptions, type Context } from '../context.js';
import { DatasetError } from '../errors.js';
import { jsonText } from '../output/render.js';

/** What a valid dataset holds. */
export interface ValidationSummary {
  readonly dir: string;
  readonly counts: Record<'sources' | 'actors' | 'events' | 'issues' | 'claims' | 'citations', number>;
}

/** Checks a dataset; throws DatasetError (exit 3) listing every problem, else returns its counts. */
export function validateDataset(options: CommonOptions, ctx: Context): ValidationSummary {
  const dataset = openDataset(options, ctx);
  const cited = [...dataset.actors, ...dataset.events, ...dataset.issues, ...dataset.claims];
  return {
    dir: dataset.dir,
    counts: {
      sources: dataset.sources.length,
      actors: dataset.actors.length,
      events: dataset.events.length,
      issues: dataset.issues.length,
      claims: dataset.claims.length,
      citations: cited.reduce((n, record) => n + record.sources.length, 0),
    },
  };
}

/** car-brief validate: "valid" with counts, or every problem as file:line:col (exit 3). */
export function runValidate(options: CommonOptions, ctx: Context): void {
  let summary: ValidationSummary;
  try {
    summary = validateDataset(options, ctx);
  } catch (error) {
    if (options.json && error instanceof DatasetError) {
      ctx.out.stdout.write(jsonText({ valid: false, problems: error.problems }) + '\n');
      throw new DatasetError(error.problems, { listed: true });
    }
    throw error;
  }
  if (options.json) {
    ctx.out.stdout.write(jsonText({ valid: true, ...summary }) + '\n');
    return;
  }
  const counts = Object.entries(summary.counts).map(([name, n]) => `${n} ${name}`).join(', ');
  const where = options.data ?? (ctx.env.CAR_BRIEF_DATA || 'built-in dataset');
  ctx.out.stdout.write(`${where}: valid (${counts})\n`);
}
