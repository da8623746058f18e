import type { Dataset } from '../dataset/dataset.js';
import { NotFoundError, UsageError } from '../errors.js';
import { normalizeName } from '../model/names.js';
import {
  RECORD_TYPES,
  recordName,
  type Actor,
  type DatasetRecord,
  type RecordType,
} from '../model/records.js';
import type { NameCandidate } from '../model/suggest.js';
import { limitLength } from './limits.js';
import {
  clearCorrection,
  exactMatches,
  nameRows,
  resemblingSlots,
  wordMatches,
  type NameRow,
} from './name-match.js';

// One resolver for every place a name is taken (country, show, --country, --actor, --issue):
// id, name, alias, ISO code or capital; the words of one name (a person's surname or given name,
// words of a title); a clear misspelling of a name or surname, taken with a note; otherwise
// exit 4, suggesting only names that resemble what was typed.

/** A name resolved to a record; corrected says which known name a misspelt or partial input was taken for. */
export interface Resolved<T> {
  readonly record: T;
  readonly corrected?: string;
}

/** What a name is looked up among, and how the answer and the messages name things. */
export interface NameQuery {
  /** The record types searched (default: all). */
  readonly types?: readonly RecordType[];
  /** What the name should be, in messages: "record", "country", "issue"… */
  readonly what?: string;
  /** Only these records answer (countries among the actors); a name of another is said to be one. */
  readonly accept?: (entry: DatasetRecord) => boolean;
  /** How suggestions name a record (default: its id). */
  readonly label?: (entry: DatasetRecord) => string;
  /** A next step printed when nothing matches. */
  readonly hint?: string;
  /** The message for an empty name. */
  readonly needed?: string;
}

/** Resolves a name typed by a user to one record, or throws NotFoundError (exit 4) with resembling names. */
export function resolveName(dataset: Dataset, typed: string, query: NameQuery = {}): Resolved<DatasetRecord> {
  const what = query.what ?? 'record';
  limitLength(`${what} name`, typed);
  const needle = normalizeName(typed);
  const input = typed.length > 60 ? `${typed.slice(0, 57)}...` : typed; // as quoted back in messages
  if (needle === '') throw new UsageError(query.needed ?? `a ${what} name or id is needed`);
  const entry = (slot: number) => dataset.entry(slot);
  const label = (slot: number) => (query.label ?? ((e: DatasetRecord) => e.record.id))(entry(slot));
  const all = nameRows(dataset.names(query.types ?? RECORD_TYPES), () => true);
  const accept = query.accept;
  const rows = accept ? all.filter((row) => accept(entry(row.slot))) : all;
  const several = (slots: readonly number[]) =>
    new NotFoundError(
      `"${input}" names more than one ${what}${query.label ? '' : '; use an id'}`,
      slots.slice(0, 5).map(label),
    );

  const exact = exactMatches(rows, needle);
  if (exact.length === 1) return { record: entry(exact[0]!) };
  if (exact.length > 1) throw several(exact);
  const other = accept ? exactMatches(all, needle)[0] : undefined;
  if (other !== undefined) throw notA(entry(other), input, what);

  // Names of actors and sources before titles and ids: "nadeem" is the person before the visit.
  const tier = (slot: number) => (['actor', 'source'].includes(dataset.typeAt(slot)) ? 0 : 1);
  const words = wordMatches(rows, needle, tier);
  if (words.length === 1) return { record: entry(words[0]!.slot), corrected: words[0]!.name };
  if (words.length > 1) throw several(words.map((match) => match.slot));

  const correction = clearCorrection(correctionCandidates(dataset, rows, !needle.includes(' ')), needle);
  if (correction) return { record: entry(correction.slot), corrected: correction.name };

  const near = [...new Set(resemblingSlots(rows, needle).map(label))];
  throw new NotFoundError(`no ${what} called "${input}"`, near, query.hint);
}

/** Resolves a country by id, name, alias, ISO code or capital, any case; forgives one clear misspelling. */
export function resolveCountry(dataset: Dataset, typed: string): Resolved<Actor> {
  dataset.all('actors'); // read together, not one by one
  const { record, corrected } = resolveName(dataset, typed, {
    types: ['actor'],
    what: 'country',
    accept: (entry) => entry.type === 'actor' && entry.record.kind === 'country',
    label: recordName,
    hint: 'car-brief countries lists every country in the data',
    needed: 'a country name is needed, e.g. car-brief country uzbekistan',
  });
  return { record: record.record as Actor, ...(corrected !== undefined ? { corrected } : {}) };
}

/** Resolves any record (of the given types) by id or name, any case; forgives one clear misspelling. */
export function resolveRecord(
  dataset: Dataset,
  typed: string,
  types: readonly RecordType[] = RECORD_TYPES,
  what = 'record',
): Resolved<DatasetRecord> {
  return resolveName(dataset, typed, { types, what });
}

// The names a misspelling may be taken for unasked: ids, names, titles and capitals (not aliases:
// "Indiana" is one letter from the demonym "Indian"), and, for a one-word name, surnames.
function correctionCandidates(
  dataset: Dataset,
  rows: readonly NameRow[],
  surnames: boolean,
): NameCandidate<number>[] {
  const candidates: NameCandidate<number>[] = [];
  const [first, end] = dataset.range('actors');
  let actors: readonly Actor[] | undefined; // read together, and only if an actor is among the rows
  let previous: NameCandidate<number> | undefined;
  for (const { name, slot, correctable } of rows) {
    if (!correctable) continue;
    candidates.push({ name, target: slot });
    if (!surnames || slot < first || slot >= end) continue;
    actors ??= dataset.all('actors');
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    const isNew = previous?.target !== slot || previous.name !== surname;
    if (actors[slot - first]!.kind === 'person' && surname !== name && isNew) {
      previous = { name: surname, target: slot };
      candidates.push(previous);
    }
  }
  return candidates;
}

// "Ada Vance" is Ada Vance, a person, not a country.
function notA(entry: DatasetRecord, input: string, what: string): NotFoundError {
  const kind = entry.type === 'actor' ? entry.record.kind.replace('-', ' ') : entry.type;
  return new NotFoundError(
    `"${input}" is ${recordName(entry)}, ${/^[aeio]/.test(kind) ? 'an' : 'a'} ${kind}, not a ${what}`,
    [],
    undefined,
    entry.record.id,
  );
}
