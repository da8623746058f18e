import { normalizeName } from '../../model/names.js';
import type { Problem } from '../../model/problem.js';
import type { Actor } from '../../model/records.js';
import type { Located } from '../parse/located.js';
import { problemAt } from '../parse/yaml-file.js';

/** No name, alias, ISO code or capital may stand for two actors: a user typing it could not be answered. */
export function checkNames(actors: readonly Located<Actor>[]): Problem[] {
  const owners = new Map<string, Actor>();
  const problems: Problem[] = [];
  for (const { record, file, path } of actors) {
    const fields: [string, string | undefined, number?][] = [
      ['id', record.id],
      ['name', record.name],
      ...record.aliases.map((alias, i): [string, string, number] => ['aliases', alias, i]),
      ['iso2', record.iso2],
      ['iso3', record.iso3],
      ['capital', record.capital],
    ];
    const own = new Set<string>();
    for (const [field, value, index] of fields) {
      if (value === undefined) continue;
      const key = normalizeName(value);
      const owner = owners.get(key);
      if (owner && owner !== record && !own.has(key)) {
        const at = index === undefined ? [...path, field] : [...path, field, index];
        problems.push(
          problemAt(file, at, `"${value}" already names ${owner.id}: a name may stand for one actor only`),
        );
      }
      own.add(key);
      if (!owner) owners.set(key, record);
    }
  }
  return problems;
}
