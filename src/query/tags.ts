import type { Dataset } from '../dataset/dataset.js';
import { NotFoundError } from '../errors.js';
import { rankNames, typoBudget } from '../model/suggest.js';
import { COLLECTION_NAMES } from '../model/vocabulary.js';

// --tag resolves as names do: a tag the data has, a clear misspelling of one (taken, with a
// note), else exit 4 with the tags it nearly matches. A tag nothing carries is never silently
// an empty answer.

/** Every tag of the dataset's records, in order. */
export function datasetTags(dataset: Dataset): string[] {
  const tags = new Set<string>();
  for (const name of COLLECTION_NAMES)
    for (const record of dataset.all(name))
      for (const tag of (record as { tags?: string[] }).tags ?? []) tags.add(tag);
  return [...tags].sort();
}

/** The tag a typed one stands for; corrected: the tag it was taken for when misspelt. */
export function resolveTag(
  typed: string,
  tags: readonly string[],
): { id: string; name: string; corrected?: string } {
  const lower = typed.toLowerCase();
  if (tags.includes(lower)) return { id: lower, name: lower };
  const candidates = tags.map((tag) => ({ name: tag, target: tag }));
  const [best] = rankNames(lower, candidates, typoBudget);
  if (best) return { id: best.target, name: best.target, corrected: best.name };
  const near = rankNames(lower, candidates)
    .slice(0, 3)
    .map((candidate) => candidate.target);
  throw new NotFoundError(
    `no record has the tag "${typed}"`,
    near,
    'car-brief search finds records by any words in them',
  );
}
