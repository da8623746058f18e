import { lazyView, type View } from '../output/render.js';
import type { QuoteMatch } from '../query/quote.js';

/** Columns of `quote` in TSV and CSV, and the fields of each item of its JSON. */
export const QUOTE_COLUMNS = ['source', 'paragraph', 'quote', 'score'];

/** The passages quote found: ¶N and the verbatim span, one a line, ready to paste into a citation. */
export function quoteView(source: string, matches: readonly QuoteMatch[]): View {
  return lazyView({
    rows: () => ({
      columns: QUOTE_COLUMNS,
      rows: matches.map((m) => [source, String(m.paragraph), m.quote, String(m.score)]),
    }),
    json: () => matches.map((m) => ({ source, paragraph: m.paragraph, quote: m.quote, score: m.score })),
    text: () => matches.map((m) => `¶${m.paragraph}  ${m.quote}\n`).join(''),
  });
}
