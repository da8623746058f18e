import type { Dataset } from '../dataset/dataset.js';
import { NotFoundError, UsageError } from '../errors.js';
import { actorNames, correctableNames, normalizeName } from '../model/names.js';
import { RECORD_TYPES, type Actor, type DatasetRecord, type RecordType } from '../model/records.js';
import { rankNames, typoBudget, type NameCandidate } from '../model/suggest.js';

/** A name resolved to a record; corrected says which known name a misspelt input was taken for. */
export interface Resolved<T> {
  readonly record: T;
  readonly corrected?: string;
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
  // Every name of every record of those types, folded, with its slot (see dataset/compiled.ts).
  const { names, slots, correctable } = dataset.names();
  const wanted = (i: number) => types.includes(dataset.typeAt(slots[i]!));
  const exact: number[] = [];
  for (let i = 0; i < names.length; i++) {
    if (names[i] === needle && wanted(i) && exact[exact.length - 1] !== slots[i]) exact.push(slots[i]!);
  }
  if (exact.length === 1) return { record: dataset.entry(exact[0]!) };
  if (exact.length > 1) {
    throw new NotFoundError(
      `"${input}" names more than one ${what}; use an id`,
      exact.map((slot) => dataset.idAt(slot)),
    );
  }
  const candidates = (onlyCorrectable: boolean): NameCandidate<number>[] => {
    const list: NameCandidate<number>[] = [];
    for (let i = 0; i < names.length; i++) {
      if ((!onlyCorrectable || correctable[i] === 1) && wanted(i))
        list.push({ name: names[i]!, target: slots[i]! });
    }
    return list;
  };
  const corrections = rankNames(needle, candidates(true), typoBudget);
  const best = corrections[0];
  if (
    best &&
    new Set(corrections.filter((c) => c.distance === best.distance).map((c) => c.target)).size === 1
  ) {
    return { record: dataset.entry(best.target), corrected: best.name };
  }
  const near: string[] = [];
  for (const { target } of rankNames(needle, candidates(false))) {
    const id = dataset.idAt(target);
    if (!near.includes(id)) near.push(id);
    if (near.length === 3) break;
  }
  throw new NotFoundError(`no ${what} called "${input}"`, near);
}
