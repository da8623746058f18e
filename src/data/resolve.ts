import { NotFoundError, UsageError } from '../errors.js';
import { RECORD_TYPES, type Dataset, type DatasetRecord, type RecordType } from './dataset.js';
import type { Actor } from './schema.js';
import { rankNames, typoBudget, type NameCandidate } from './suggest.js';

/** A name resolved to a record; corrected says which known name a misspelt input was taken for. */
export interface Resolved<T> {
  readonly record: T;
  readonly corrected?: string;
}

/** Folds case, accents, dots, punctuation and spacing: "Kyrgyz  Republic", "kyrgyz-republic" and "U.S." meet their records. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every name an actor can be called by: id, name, aliases, and for countries ISO codes and capital. */
export function actorNames(actor: Actor): string[] {
  const names = [actor.id, actor.name, ...actor.aliases];
  for (const extra of [actor.iso2, actor.iso3, actor.capital]) if (extra) names.push(extra);
  return names;
}

// Names a misspelling may be corrected to without asking: id, name and capital. Aliases and
// demonyms are near many ordinary words ("Indiana" is one letter from "Indian"), so they only suggest.
function correctableNames(actor: Actor): string[] {
  return [actor.id, actor.name, ...(actor.capital ? [actor.capital] : [])];
}

/** Resolves a country by id, name, alias, ISO code or capital, any case; forgives one clear misspelling. */
export function resolveCountry(dataset: Dataset, typed: string): Resolved<Actor> {
  const needle = normalizeName(typed);
  const input = typed.length > 60 ? `${typed.slice(0, 57)}...` : typed; // as quoted back in messages
  if (needle === '') throw new UsageError('a country name is needed, e.g. car-brief country uzbekistan');
  const exact = dataset.actors.filter((actor) =>
    actorNames(actor).some((name) => normalizeName(name) === needle),
  );
  const countries = dataset.actors.filter((actor) => actor.kind === 'country');
  const exactCountries = exact.filter((actor) => actor.kind === 'country');
  if (exactCountries.length === 1) return { record: exactCountries[0]! };
  if (exactCountries.length > 1) {
    throw new NotFoundError(
      `"${input}" names more than one country`,
      exactCountries.map((c) => c.name),
    );
  }
  if (exact.length > 0) {
    const other = exact[0]!;
    throw new NotFoundError(
      `"${input}" is ${other.name}, ${article(other.kind)} ${other.kind.replace('-', ' ')}, not a country`,
      [],
      undefined,
      other.id,
    );
  }
  const corrections = rankNames(needle, candidates(countries, correctableNames), typoBudget);
  const best = corrections[0];
  if (
    best &&
    new Set(corrections.filter((c) => c.distance === best.distance).map((c) => c.target)).size === 1
  ) {
    return { record: best.target, corrected: best.name };
  }
  throw new NotFoundError(
    `no country called "${input}"`,
    suggestNames(needle, countries),
    'car-brief countries lists every country in the data',
  );
}

/** Up to three actors' names nearest to a normalised input, for "did you mean". */
export function suggestNames(needle: string, actors: readonly Actor[], limit = 3): string[] {
  const names: string[] = [];
  for (const { target } of rankNames(needle, candidates(actors, actorNames))) {
    if (!names.includes(target.name)) names.push(target.name);
    if (names.length === limit) break;
  }
  return names;
}

function candidates(actors: readonly Actor[], namesOf: (actor: Actor) => string[]): NameCandidate<Actor>[] {
  return actors.flatMap((actor) =>
    namesOf(actor).map((name) => ({ name: normalizeName(name), target: actor })),
  );
}

function article(word: string): string {
  return /^[aeio]/.test(word) ? 'an' : 'a';
}

/** The names a record answers to: all of them, and those a misspelling may be corrected to unasked. */
export function recordNames(entry: DatasetRecord): { all: string[]; correctable: string[] } {
  switch (entry.type) {
    case 'actor':
      return { all: actorNames(entry.record), correctable: correctableNames(entry.record) };
    case 'event':
    case 'issue':
      return {
        all: [entry.record.id, entry.record.title],
        correctable: [entry.record.id, entry.record.title],
      };
    case 'claim':
      return { all: [entry.record.id], correctable: [entry.record.id] };
    case 'source':
      return { all: [entry.record.id, entry.record.label], correctable: [entry.record.id] };
  }
}

/** Resolves any record (of the given types) by id or name, any case; forgives one clear misspelling. */
export function resolveRecord(
  dataset: Dataset,
  typed: string,
  types: readonly RecordType[] = RECORD_TYPES,
  what = 'record',
): Resolved<DatasetRecord> {
  const needle = normalizeName(typed);
  const input = typed.length > 60 ? `${typed.slice(0, 57)}...` : typed;
  if (needle === '') throw new UsageError(`a ${what} name or id is needed`);
  const entries = [...dataset.byId.values()].filter((entry) => types.includes(entry.type));
  const exact = entries.filter((entry) =>
    recordNames(entry).all.some((name) => normalizeName(name) === needle),
  );
  if (exact.length === 1) return { record: exact[0]! };
  if (exact.length > 1) {
    throw new NotFoundError(
      `"${input}" names more than one ${what}; use an id`,
      exact.map((e) => e.record.id),
    );
  }
  const corrections = rankNames(
    needle,
    entries.flatMap((entry) =>
      recordNames(entry).correctable.map((name) => ({ name: normalizeName(name), target: entry })),
    ),
    typoBudget,
  );
  const best = corrections[0];
  if (
    best &&
    new Set(corrections.filter((c) => c.distance === best.distance).map((c) => c.target)).size === 1
  ) {
    return { record: best.target, corrected: best.name };
  }
  const near: string[] = [];
  for (const { target } of rankNames(
    needle,
    entries.flatMap((entry) =>
      recordNames(entry).all.map((name) => ({ name: normalizeName(name), target: entry })),
    ),
  )) {
    if (!near.includes(target.record.id)) near.push(target.record.id);
    if (near.length === 3) break;
  }
  throw new NotFoundError(`no ${what} called "${input}"`, near);
}
