import type { NewSourceRecord } from '../edit/new-source.js';
import type { Source } from '../model/records.js';
import { lazyView, type View } from '../output/render.js';
import { wrapText } from '../output/report.js';

/** What sources add did: the source added (or the one already holding the same text) and its paragraphs. */
export interface SourceAdded {
  /** false: the same text was there already, as source; nothing was written. */
  readonly added: boolean;
  readonly source: Source | NewSourceRecord;
  readonly paragraphs: readonly string[];
  /** The text file, as messages show paths. */
  readonly textFile?: string | undefined;
}

/** TSV columns of sources add: one row per paragraph. */
export const SOURCE_ADDED_COLUMNS = ['source', 'paragraph', 'text'];

/**
 * A line saying what was done, then the paragraphs numbered as citations count them (¶1, ¶2, …),
 * each wrapped to width under its number when one is given (a terminal), else each on one line.
 */
export function sourceAddedView(result: SourceAdded, width?: number): View {
  const { source, paragraphs } = result;
  const id = source.id;
  return lazyView({
    rows: () => ({
      columns: SOURCE_ADDED_COLUMNS,
      rows: paragraphs.map((text, i) => [id, String(i + 1), text]),
    }),
    json: () => ({
      added: result.added,
      source,
      paragraphs: paragraphs.map((text, i) => ({ paragraph: i + 1, text })),
    }),
    text: () => {
      const n = `${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'}`;
      const where = result.textFile ? `${n}, ${result.textFile}` : n;
      const status = result.added
        ? `added ${id} (${where})`
        : `already present as ${id}: nothing written (${where})`;
      return [status, '', ...paragraphs.flatMap((text, i) => numbered(i + 1, text, width))].join('\n') + '\n';
    },
  });
}

// One paragraph under its number: ¶3 and the text, wrapped to width with the lines after the
// first indented as far as the text starts.
function numbered(n: number, text: string, width: number | undefined): string[] {
  const label = `¶${n}  `;
  if (width === undefined) return [label + text];
  const lines = wrapText(text, Math.max(width - label.length, 20));
  return lines.map((line, i) => (i === 0 ? label : ' '.repeat(label.length)) + line);
}
