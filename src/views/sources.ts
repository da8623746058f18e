import type { Rows } from '../output/delimited.js';
import { lazyView, type View } from '../output/render.js';
import type { Citation, Source } from '../model/records.js';
import { cslItem } from './cite/csl-json.js';

/** Columns of `sources` in tables, TSV and CSV. */
export const SOURCES_COLUMNS = [
  'published',
  'id',
  'kind',
  'label',
  'author',
  'publisher',
  'paragraph',
  'quote',
];

/** A source as `sources` lists it, with the passage of it a record cites, if that is what is listed. */
export interface SourceEntry {
  readonly source: Source;
  readonly passage?: Citation;
}

/** Sources (or the passages a record cites): rows, JSON records, and CSL-JSON items with the paragraph as locator. */
export function sourcesView(entries: readonly SourceEntry[]): View {
  const rows = (): Rows => ({
    columns: SOURCES_COLUMNS,
    rows: entries.map(({ source, passage }) => [
      source.published,
      source.id,
      source.kind,
      source.label,
      source.author ?? '',
      source.publisher ?? '',
      passage ? String(passage.paragraph) : '',
      passage?.quote ?? '',
    ]),
    fixed: ['published', 'id', 'paragraph'],
    reader: 'label',
  });
  return lazyView({
    rows,
    table: () => {
      const passages = entries.some((e) => e.passage);
      const keep = passages ? ['id', 'paragraph', 'quote'] : ['published', 'id', 'kind', 'label'];
      const all = rows();
      const at = keep.map((column) => all.columns.indexOf(column));
      return {
        columns: keep,
        rows: all.rows.map((row) => at.map((i) => row[i]!)),
        fixed: keep.filter((c) => c !== 'label' && c !== 'quote'),
        reader: passages ? 'quote' : 'label',
      };
    },
    json: () => entries.map(({ source, passage }) => (passage ? { ...source, passage } : source)),
    cslJson: () => entries.map(({ source, passage }) => cslItem(source, passage?.paragraph)),
  });
}
