import { buildCountryBrief, countryLinker, type Linked } from './brief.js';
import type { Dataset } from './dataset.js';
import { compareEdtf } from './edtf.js';
import { anyOf, overlaps, type Filters } from './filters.js';
import type { Actor, Claim, Event, Issue } from './schema.js';

// The filtered lists behind `timeline`, `events`, `actors`, `issues` and `claims`. A --country
// keeps what names the country itself or a group it belongs to (via says which group).

/** Events matching the filters, in date order (EDTF: earliest possible moment first). */
export function selectEvents(dataset: Dataset, filters: Filters): Linked<Event>[] {
  const link = countriesLinker(dataset, filters);
  const linked = dataset.events.flatMap((event) => link(event) ?? []);
  const events = linked.filter(
    ({ record }) =>
      anyOf(filters.actors, [...record.actors.map((a) => a.id), ...record.countries]) &&
      anyOf(filters.issues, record.issues) &&
      anyOf(filters.tags, record.tags) &&
      anyOf(filters.types, [record.type]) &&
      anyOf(filters.statuses, [record.status]) &&
      overlaps(record.date, filters.span),
  );
  return limit(
    events.sort((a, b) => compareEdtf(a.record.date, b.record.date)),
    filters,
  );
}

/** Issues matching the filters, in the dataset's order. */
export function selectIssues(dataset: Dataset, filters: Filters): Linked<Issue>[] {
  const link = countriesLinker(dataset, filters);
  const issues = dataset.issues
    .flatMap((issue) => link(issue) ?? [])
    .filter(
      ({ record }) =>
        anyOf(filters.actors, [...record.actors, ...record.countries]) &&
        anyOf(filters.tags, record.tags) &&
        anyOf(filters.statuses, [record.status]),
    );
  return limit(issues, filters);
}

/** Actors matching the filters: a country keeps itself and the actors that belong to or work in it. */
export function selectActors(dataset: Dataset, filters: Filters): Actor[] {
  const actors = dataset.actors.filter(
    (actor) =>
      anyOf(filters.countries, [actor.id, ...(actor.countries ?? []), ...(actor.members ?? [])]) &&
      anyOf(filters.kinds, [actor.kind]) &&
      anyOf(filters.tags, actor.tags ?? []),
  );
  return limit(actors, filters);
}

/** Claims matching the filters: a country keeps the claims of its brief (about it, its issues, events, projects). */
export function selectClaims(dataset: Dataset, filters: Filters): Claim[] {
  const ofCountries = new Set(
    filters.countries.flatMap(
      (id) =>
        buildCountryBrief(
          dataset,
          dataset.actors.find((a) => a.id === id)!,
        ).claims,
    ),
  );
  const claims = dataset.claims.filter(
    (claim) =>
      (filters.countries.length === 0 || ofCountries.has(claim)) &&
      anyOf(filters.actors, claim.about) &&
      anyOf(filters.issues, claim.about) &&
      anyOf(filters.kinds, [claim.kind]) &&
      anyOf(filters.tags, claim.tags),
  );
  return limit(claims, filters);
}

// Keeps a record linked to any of the --country values, preferring a direct link to one via a group.
function countriesLinker(dataset: Dataset, filters: Filters) {
  const linkers = filters.countries.map((id) => countryLinker(dataset, id));
  return <T extends { countries: readonly string[] }>(record: T): Linked<T> | undefined => {
    if (linkers.length === 0) return { record };
    const links = linkers.map((linker) => linker(record));
    return links.find((found) => found && !found.via) ?? links.find((found) => found !== undefined);
  };
}

function limit<T>(items: T[], filters: Filters): T[] {
  return filters.limit === undefined ? items : items.slice(0, filters.limit);
}
