import type { Dataset } from '../dataset/dataset.js';
import type { Source } from '../model/records.js';

/**
 * The dataset's latest source: the last with a text (sources add appends, so most often the one
 * just added); what add cites and quote searches when no source is named.
 */
export function latestSource(dataset: Dataset): Source | undefined {
  return dataset.sources.filter((source) => source.text !== undefined).at(-1);
}
