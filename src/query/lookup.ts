import type { Dataset } from '../dataset/dataset.js';
import { recordName, type Source } from '../model/records.js';

/** The display name of the record with this id, or the id itself when there is none. */
export function nameOf(dataset: Dataset, id: string): string {
  const entry = dataset.get(id);
  return entry ? recordName(entry) : id;
}

/** The source with this id, if there is one. */
export function sourceOf(dataset: Dataset, id: string): Source | undefined {
  const entry = dataset.get(id);
  return entry?.type === 'source' ? entry.record : undefined;
}
