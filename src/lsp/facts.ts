// A record as the hover shows it: one line with what it says, its citation and its support.
import type { Dataset } from '../dataset/dataset.js';
import type { Citation } from '../model/records.js';
import { sourceOf } from '../query/lookup.js';
import type { Answer } from '../query/search/fact.js';
import { answerText, citation } from '../views/fact.js';
import { cellText } from '../output/sanitize.js';

/** How many sources a record rests on, said out loud: "1 source", "3 sources", "no source". */
export function supportWords(citations: readonly Citation[]): string {
  const sources = new Set(citations.map((c) => c.source)).size;
  return sources === 0 ? 'no source' : `${sources} source${sources === 1 ? '' : 's'}`;
}

/**
 * A claim, event, actor or issue as one line, as fact prints it, with its support:
 * "The TAPI pipeline is 1,735 km long … — Untitled analysis (late 2024), ¶2 (1 source)".
 */
export function factLine(dataset: Dataset, id: string): string | undefined {
  const entry = dataset.get(id);
  if (entry === undefined || entry.type === 'source') return undefined;
  const said =
    entry.type === 'issue' ? `${entry.record.title}: ${entry.record.summary}` : answerText(entry as Answer);
  const cited =
    entry.record.sources.length > 0 ? ` — ${citation(entry.record, (s) => sourceOf(dataset, s))}` : '';
  return cellText(`${said}${cited} (${supportWords(entry.record.sources)})`);
}
