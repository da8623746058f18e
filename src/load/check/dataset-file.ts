import { normalizeName } from '../../model/names.js';
import type { Problem } from '../../model/problem.js';
import type { Actor } from '../../model/records.js';
import { didYouMean } from '../../model/suggest.js';
import type { Located } from '../parse/located.js';
import { problemAt } from '../parse/yaml-file.js';
import type { DatasetInfo } from './dataset-schema.js';
import { ANY_ID } from './integrity.js';

/**
 * Checks the dataset file against the records: its perspective must be the id of a country.
 * A name of one (Pakistan, PK, Islamabad) is refused with the id to write instead.
 */
export function checkDatasetFile(
  info: Located<DatasetInfo>,
  actors: readonly Located<Actor>[],
  unchecked: ReadonlySet<string>,
): Problem[] {
  const perspective = info.record.perspective;
  if (perspective === undefined) return [];
  const at = (message: string) => [problemAt(info.file, ['perspective'], `perspective: ${message}`)];
  const countries = actors.map((a) => a.record).filter((actor) => actor.kind === 'country');
  const found = actors.find((a) => a.record.id === perspective)?.record;
  if (found)
    return found.kind === 'country' ? [] : at(`"${perspective}" is ${kindName(found.kind)}, not a country`);
  if (unchecked.has(perspective) || unchecked.has(ANY_ID)) return []; // it may be a record that failed
  const key = normalizeName(perspective);
  const named = countries.find((country) =>
    [country.name, ...country.aliases, country.iso2, country.iso3, country.capital].some(
      (name) => name !== undefined && normalizeName(name) === key,
    ),
  );
  if (named) return at(`"${perspective}" is a name; write the country's id: ${named.id}`);
  const ids = countries.map((country) => country.id);
  return at(`unknown country "${perspective}"${didYouMean(perspective, ids)}`);
}

function kindName(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind.replace('-', ' ')}`;
}
