import { paragraphsBySource } from '../model/records.js';
import type { Claim, Source } from '../model/records.js';
import { formatFigure } from '../output/format.js';
import type { View } from '../output/render.js';
import { cellText } from '../output/sanitize.js';
import { disagreementLines } from './disagreements.js';

/** TSV/CSV columns of `fact`. */
export const FACT_COLUMNS = ['statement', 'figures', 'kind', 'attribution', 'citation', 'quote', 'id'];

/** "Untitled analysis … (late 2024), ¶2, 4": a citation a writer can paste. */
export function citation(claim: Claim, sourceOf: (id: string) => Source | undefined): string {
  return [...paragraphsBySource(claim.sources)]
    .map(([source, paragraphs]) => `${sourceOf(source)?.label ?? source}, ¶${paragraphs.join(', ')}`)
    .join('; ');
}

/** A claim as one line: statement, [figures], (kind, when not a plain fact), — citation. */
export function factLine(claim: Claim, sourceOf: (id: string) => Source | undefined): string {
  const figures = claim.figures.length > 0 ? ` [${claim.figures.map(formatFigure).join('; ')}]` : '';
  const kind =
    claim.kind === 'fact'
      ? ''
      : claim.kind === 'report'
        ? ` (report${claim.attribution ? `: ${claim.attribution}` : ''})`
        : " (assessment: the author's judgement)";
  return cellText(`${claim.statement}${figures}${kind} — ${citation(claim, sourceOf)}`);
}

/** The verbatim quotes of a claim, one line each, with their citations. */
export function quoteLines(claim: Claim, sourceOf: (id: string) => Source | undefined): string[] {
  return claim.sources.map((c) =>
    cellText(`“${c.quote}” — ${sourceOf(c.source)?.label ?? c.source}, ¶${c.paragraph}`),
  );
}

/** Claims as pasteable lines (or their quotes), rows for scripts, records for JSON (one, or an array with --all). */
export function factView(
  claims: readonly Claim[],
  sourceOf: (id: string) => Source | undefined,
  options: { quote?: boolean | undefined; all?: boolean | undefined },
): View {
  const lines = claims.flatMap((claim) =>
    (options.quote ? quoteLines(claim, sourceOf) : [factLine(claim, sourceOf)]).concat(
      disagreementLines(claim, sourceOf),
    ),
  );
  return {
    text: lines.join('\n') + '\n',
    rows: {
      columns: FACT_COLUMNS,
      rows: claims.map((c) => [
        c.statement,
        c.figures.map(formatFigure).join('; '),
        c.kind,
        c.attribution ?? '',
        citation(c, sourceOf),
        c.sources[0]?.quote ?? '',
        c.id,
      ]),
    },
    json: options.all ? claims : claims[0],
  };
}
