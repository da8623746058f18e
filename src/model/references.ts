import { disagreementsOf, type Citation, type DatasetRecord } from './records.js';

/** What a reference must point at: a source, an actor, a country (or group), an issue, or any record. */
export type Target = 'source' | 'actor' | 'country' | 'issue' | 'record';

/** One id a record names, where it names it (a path inside the record) and what it must point at. */
export interface Reference {
  readonly path: readonly (string | number)[];
  readonly id: string;
  readonly target: Target;
}

/** Every id a record names: the one list that validation checks and `show` follows both ways. */
export function referencesOf(entry: DatasetRecord): Reference[] {
  const refs: Reference[] = [];
  const add = (field: string, values: readonly string[] | undefined, target: Target) =>
    values?.forEach((id, i) => refs.push({ path: [field, i], id, target }));
  switch (entry.type) {
    case 'actor': {
      const actor = entry.record;
      add('members', actor.members, 'actor');
      add('affiliations', actor.affiliations, 'actor');
      add('countries', actor.countries, 'country');
      actor.roles?.forEach(
        (role, i) => role.org && refs.push({ path: ['roles', i, 'org'], id: role.org, target: 'actor' }),
      );
      break;
    }
    case 'event':
      add('countries', entry.record.countries, 'country');
      entry.record.actors.forEach((actor, i) =>
        refs.push({ path: ['actors', i, 'id'], id: actor.id, target: 'actor' }),
      );
      add('issues', entry.record.issues, 'issue');
      break;
    case 'issue':
      add('countries', entry.record.countries, 'country');
      add('actors', entry.record.actors, 'actor');
      break;
    case 'claim':
      add('about', entry.record.about, 'record');
      break;
    case 'source':
      // The origin a source repeats: a source, never a citation (compile indexes it apart).
      if (entry.record.derived_from !== undefined)
        refs.push({ path: ['derived_from'], id: entry.record.derived_from, target: 'source' });
      break;
  }
  const sources: readonly Citation[] = entry.type === 'source' ? [] : entry.record.sources;
  sources.forEach((c, i) => refs.push({ path: ['sources', i, 'source'], id: c.source, target: 'source' }));
  disagreementsOf(entry.record).forEach((d, i) => {
    d.passages.forEach((c, j) =>
      refs.push({ path: ['disagreements', i, 'passages', j, 'source'], id: c.source, target: 'source' }),
    );
    d.records?.forEach((id, j) =>
      refs.push({ path: ['disagreements', i, 'records', j], id, target: 'record' }),
    );
  });
  return refs;
}
