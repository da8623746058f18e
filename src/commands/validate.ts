import { openDataset, type CommonOptions, type Context } from '../context.js';
import { DatasetError } from '../errors.js';
import { quoteCoverage, type SourceCoverage } from '../data/coverage.js';
import { jsonText } from '../output/render.js';
import { cellText } from '../output/sanitize.js';

export interface ValidateOptions extends CommonOptions {
  /** Also measure how many sentences of each source text the quotes cover. */
  readonly coverage?: boolean | undefined;
}

/** What a valid dataset holds. */
export interface ValidationSummary {
  readonly dir: string;
  readonly counts: Record<'sources' | 'actors' | 'events' | 'issues' | 'claims' | 'citations', number>;
  readonly coverage?: readonly SourceCoverage[];
}

/** Checks a dataset; throws DatasetError (exit 3) listing every problem, else returns its counts. */
export function validateDataset(options: ValidateOptions, ctx: Context): ValidationSummary {
  const dataset = openDataset(options, ctx);
  const cited = [...dataset.actors, ...dataset.events, ...dataset.issues, ...dataset.claims];
  const citations = cited.flatMap((record) => record.sources);
  return {
    ...(options.coverage ? { coverage: quoteCoverage(dataset.texts, citations) } : {}),
    dir: dataset.dir,
    counts: {
      sources: dataset.sources.length,
      actors: dataset.actors.length,
      events: dataset.events.length,
      issues: dataset.issues.length,
      claims: dataset.claims.length,
      citations: citations.length,
    },
  };
}

/** car-brief validate: "valid" with counts, or every problem as file:line:col (exit 3). */
export function runValidate(options: ValidateOptions, ctx: Context): void {
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
  const counts = Object.entries(summary.counts)
    .map(([name, n]) => `${n} ${name}`)
    .join(', ');
  const where = options.data ?? (ctx.env.CAR_BRIEF_DATA || 'built-in dataset');
  ctx.out.stdout.write(`${where}: valid (${counts})\n`);
  for (const source of summary.coverage ?? []) {
    const percent = source.sentences ? Math.round((1000 * source.covered) / source.sentences) / 10 : 100;
    ctx.out.stdout.write(
      `${source.source}: ${source.covered} of ${source.sentences} sentences quoted (${percent}%)\n`,
    );
    for (const { paragraph, column, text } of source.uncovered) {
      ctx.out.stdout.write(`  not quoted: ¶${paragraph}:${column}: ${cellText(text)}\n`);
    }
  }
}
