import type { SourceCoverage } from '../load/check/coverage.js';
import type { Problem } from '../model/problem.js';
import type { View } from '../output/render.js';
import { cellText, displayText, escapeMessage } from '../output/sanitize.js';

/** What a valid dataset holds. */
export interface ValidationSummary {
  readonly dir: string;
  readonly counts: Record<'sources' | 'actors' | 'events' | 'issues' | 'claims' | 'citations', number>;
  readonly coverage?: readonly SourceCoverage[];
}

/** A valid dataset: one line of counts (and coverage lines) for people, the summary for JSON. */
export function validView(summary: ValidationSummary, where: string): View {
  const counts = Object.entries(summary.counts)
    .map(([name, n]) => `${n} ${name}`)
    .join(', ');
  // where is a directory name as given: it may hold a newline that would start a line of its own.
  const lines = [`${escapeMessage(where)}: valid (${counts})`];
  for (const source of summary.coverage ?? []) {
    const percent = source.sentences ? Math.round((1000 * source.covered) / source.sentences) / 10 : 100;
    lines.push(`${source.source}: ${source.covered} of ${source.sentences} sentences quoted (${percent}%)`);
    for (const { paragraph, column, text } of source.uncovered)
      lines.push(`  not quoted: ¶${paragraph}:${column}: ${cellText(displayText(text))}`);
  }
  return {
    rows: {
      columns: ['collection', 'count'],
      rows: Object.entries(summary.counts).map(([name, n]) => [name, String(n)]),
    },
    json: { valid: true, ...summary },
    text: lines.join('\n') + '\n',
  };
}

/** An invalid dataset, for --json: every problem as an object. */
export function invalidView(problems: readonly Problem[]): View {
  return { rows: { columns: [], rows: [] }, json: { valid: false, problems } };
}
