import type { Dataset } from '../dataset/dataset.js';
import { NotFoundError, UsageError } from '../errors.js';
import { normalizeName } from '../model/names.js';
import { RECORD_TYPES, type Actor, type DatasetRecord, type RecordType } from '../model/records.js';
import { rankNames, typoBudget, type NameCandidate } from '../model/suggest.js';
import { limitLength } from './limits.js';

/** A name resolved to a record; corrected says which known name a misspelt input was taken for. */
export interface Resolved<T> {
  readonly record: T;
  readonly corrected?: string;
}

/** Resolves a country by id, name, alias, ISO code or capital, any case; forgives one clear misspelling. */
export function resolveCountry(dataset: Dataset, typed: string): Resolved<Actor> {
  limitLength('country name', typed);
  const needle = normalizeName(typed);
  const input = typed.length > 60 ? `${typed.slice(0, 57)}...` : typed; // as quoted back in messages
  if (needle === '') throw new UsageError('a country name is needed, e.g. car-brief country uzbekistan');
  dataset.all('actors'); // read together, not one by one below
  const actor = (slot: number) => dataset.entry(slot).record as Actor;
  const [first, end] = dataset.range('actors');
  const isActor = (slot: number) => slot >= first && slot < end;
  const isCountry = (slot: number) => isActor(slot) && actor(slot).kind === 'country';
  const exact = exactSlots(dataset, needle, ['actor']).map(actor);
  const exactCountries = exact.filter((a) => a.kind === 'country');
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
  const corrections = rankNames(needle, nameCandidates(dataset, ['actor'], isCountry, true), typoBudget);
  const best = corrections[0];
  if (
    best &&
    new Set(corrections.filter((c) => c.distance === best.distance).map((c) => c.target)).size === 1
  ) {
    return { record: actor(best.target), corrected: best.name };
  }
  const near: string[] = [];
  for (const { target } of rankNames(needle, nameCandidates(dataset, ['actor'], isCountry, false))) {
    if (!near.includes(actor(target).name)) near.push(actor(target).name);
    if (near.length === 3) break;
  }
  throw new NotFoundError(
    `no country called "${input}"`,
    near,
    'car-brief countries lists every country in the data',
  );
}

// The slots, ascending, of the records (among those accepted) one of whose folded names is needle.
function exactSlots(
  dataset: Dataset,
  needle: string,
  types: readonly RecordType[],
  accept: (slot: number) => boolean = () => true,
): number[] {
  const { names, slots } = dataset.names(types);
  const found: number[] = [];
  for (let i = 0; i < names.length; i++) {
    const slot = slots[i]!;
    if (names[i] === needle && found[found.length - 1] !== slot && accept(slot)) found.push(slot);
  }
  return found;
}

// The folded names of the records accepted (only those a misspelling may be corrected to, if
// asked), each with its slot: the compiled names section, in load order.
function nameCandidates(
  dataset: Dataset,
  types: readonly RecordType[],
  accept: (slot: number) => boolean,
  onlyCorrectable: boolean,
): NameCandidate<number>[] {
  const { names, slots, correctable } = dataset.names(types);
  const list: NameCandidate<number>[] = [];
  for (let i = 0; i < names.length; i++) {
    if ((!onlyCorrectable || correctable[i] === 1) && accept(slots[i]!)) {
      list.push({ name: names[i]!, target: slots[i]! });
    }
  }
  return list;
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
  limitLength(`${what} name`, typed);
  const needle = normalizeName(typed);
  const input = typed.length > 60 ? `${typed.slice(0, 57)}...` : typed;
  if (needle === '') throw new UsageError(`a ${what} name or id is needed`);
  const wanted = (slot: number) => types.includes(dataset.typeAt(slot));
  const exact = exactSlots(dataset, needle, types);
  if (exact.length === 1) return { record: dataset.entry(exact[0]!) };
  if (exact.length > 1) {
    throw new NotFoundError(
      `"${input}" names more than one ${what}; use an id`,
      exact.map((slot) => dataset.idAt(slot)),
    );
  }
  const corrections = rankNames(needle, nameCandidates(dataset, types, wanted, true), typoBudget);
  const best = corrections[0];
  if (
    best &&
    new Set(corrections.filter((c) => c.distance === best.distance).map((c) => c.target)).size === 1
  ) {
    return { record: dataset.entry(best.target), corrected: best.name };
  }
  const near: string[] = [];
  for (const { target } of rankNames(needle, nameCandidates(dataset, types, wanted, false))) {
    const id = dataset.idAt(target);
    if (!near.includes(id)) near.push(id);
    if (near.length === 3) break;
  }
  throw new NotFoundError(`no ${what} called "${input}"`, near);
}
