import { recordName } from '../model/records.js';
import type { SearchHit } from '../query/search/search.js';
import { lazyView, type View } from '../output/render.js';
import type { CellPainter } from '../output/table.js';

/** TSV/CSV columns of `search`: best hit first. */
export const SEARCH_COLUMNS = ['score', 'type', 'id', 'title', 'matched'];

/** Search hits: a table for people, rows with scores for scripts, `{type, id, score, record}` for JSON. */
export function searchView(hits: readonly SearchHit[]): View {
  return lazyView(
    {
      rows: () => ({
        columns: SEARCH_COLUMNS,
        rows: hits.map((hit) => [hit.score.toFixed(3), hit.type, hit.id, recordName(hit.entry), why(hit)]),
      }),
      table: () => ({
        columns: ['type', 'id', 'title', 'matched'],
        rows: hits.map((hit) => [hit.type, hit.id, recordName(hit.entry), why(hit)]),
        fixed: ['type', 'id'],
        reader: 'title',
        minor: ['id'],
      }),
      json: () =>
        hits.map((hit) => ({ type: hit.type, id: hit.id, score: hit.score, record: hit.entry.record })),
    },
    paint,
  );
}

/** Which words matched in which field: "name: mushak; statement: uzbekistan". */
export function why(hit: SearchHit): string {
  const byField = new Map<string, string[]>();
  for (const { field, token } of hit.matched) byField.set(field, [...(byField.get(field) ?? []), token]);
  return [...byField].map(([field, tokens]) => `${field}: ${tokens.join(', ')}`).join('; ');
}

const paint: CellPainter = (text, column, style) => {
  if (column === 'id') return style.cyan(text);
  if (column === 'matched') return style.dim(text);
  return text;
};
