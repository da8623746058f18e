import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../dataset/dataset.js';
import { recordName } from '../model/records.js';
import { SLUG } from '../model/slug.js';
import { didYouMean } from '../model/suggest.js';
import { edtfProblem } from '../load/check/edtf.js';
import type { NewSourceRecord } from './new-source.js';

// What refuses a new source before the whole dataset is checked with it, each said in terms of the
// flag that caused it: an id that is not a slug or is taken, a date that is not EDTF, an origin
// that is not a source. (The whole check that follows finds anything else.)

/** Why the new source cannot be added, one reason per flag; [] when nothing here refuses it. */
export function refusals(
  record: NewSourceRecord,
  dataset: Dataset,
  context: { readonly idGiven: boolean; readonly root: string },
): string[] {
  const reasons: string[] = [];
  if (!SLUG.test(record.id)) {
    reasons.push(
      `--id ${record.id} is not a kebab-case slug (a-z, 0-9 and single hyphens), e.g. rail-pact-2024`,
    );
  } else if (context.idGiven) {
    const other = dataset.get(record.id);
    if (other) reasons.push(`--id ${record.id} is taken, by the ${other.type} "${recordName(other)}"`);
    else if (existsSync(join(context.root, record.text)))
      reasons.push(`--id ${record.id}: ${record.text} exists already; give another id`);
  }
  const date = edtfProblem(record.published);
  if (date) reasons.push(`--published ${record.published}: ${date}`);
  const origin = record.derived_from;
  if (origin !== undefined) {
    const found = dataset.get(origin);
    const ids = dataset.sources.map((source) => source.id);
    if (!found) reasons.push(`--derived-from ${origin} names no source${didYouMean(origin, ids)}`);
    else if (found.type !== 'source')
      reasons.push(
        `--derived-from ${origin} is ${found.type === 'actor' ? 'an' : 'a'} ${found.type}, not a source`,
      );
  }
  return reasons;
}
