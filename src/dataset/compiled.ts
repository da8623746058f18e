import type { DatasetInfo } from '../model/records.js';
import { EVENT_COLUMNS } from '../spec/columns.js';
import type { CollectionName } from '../model/vocabulary.js';

// The compiled form of a dataset: what the compile stage writes and the reading commands open.
// Records are kept as JSON text, written as --json writes an item of a list (two spaces a level,
// the item two spaces in), and parsed one by one when asked for, or copied into --json output; the indexes are typed
// arrays, so opening the form costs a copy, not a parse. Slots number the records in load
// order: sources, then actors, events, issues, claims, each in the order of its files.

/** Raise when the layout below changes (the build id covers changes of code, not of layout). */
export const COMPILED_FORMAT = 7;

/** A file a compiled dataset was built from: its path inside the dataset, content hash and stat fingerprint. */
export type BuiltFrom = readonly [name: string, hash: string, fingerprint: string];

/** The header of a compiled dataset: what it was built from, and how many records it holds. */
export interface CompiledMeta {
  readonly format: number;
  /** The build of car-brief that compiled it (src/version.ts), and the Unicode version of its names' folding. */
  readonly build: string;
  readonly unicode: string;
  /** Every collection file, in load order, with its collection. */
  readonly files: readonly (readonly [collection: CollectionName, ...file: BuiltFrom])[];
  /** The source texts the quotes were checked against. */
  readonly texts: readonly BuiltFrom[];
  /** The dataset file (dataset.yaml), if there was one. */
  readonly datasetFile?: BuiltFrom | undefined;
  /** What the dataset file says ({} without one): kept here, so that reading it needs no YAML. */
  readonly info: DatasetInfo;
  readonly counts: { readonly [K in CollectionName]: number };
}

/**
 * The sections of a compiled dataset besides "records" (every record's JSON, one after another)
 * and "rows" (every event's TSV fields, one after another).
 */
export interface Sections {
  readonly core: CoreSection;
  readonly ids: IdsSection;
  readonly refs: RefsSection;
  readonly events: EventsSection;
  readonly rows: RowsSection;
  readonly search: SearchSection;
  readonly sources: SourcesSection;
}

/** The fields of each section, each stored as a part of its own ("refs.slots"). */
export const SECTION_FIELDS: { readonly [K in keyof Sections]: readonly (keyof Sections[K])[] } = {
  core: ['ids', 'offsets', 'crcs'],
  ids: ['hashes', 'slots'],
  refs: ['ids', 'start', 'slots', 'fields'],
  events: ['start', 'end', 'rank', 'status'],
  rows: ['offsets', 'crcs'],
  search: ['words', 'wordStart', 'groupField', 'groupStart', 'slots', 'nameHashes', 'nameSlots'],
  sources: ['start', 'end'],
};

/** Section "core": every record's id, where its JSON starts in "records", and the JSON's CRC-32. */
export interface CoreSection {
  readonly ids: readonly string[];
  /** Byte offset of each slot's JSON in "records", and the end: slots + 1 entries. */
  readonly offsets: Float64Array;
  /** The CRC-32 of each slot's JSON, checked when it is read. */
  readonly crcs: Uint32Array;
}

/**
 * Section "ids": every record's id hashed (fnv1a32) and sorted, with its slot: a record found by
 * its id without reading every id (checked against the record itself).
 */
export interface IdsSection {
  readonly hashes: Uint32Array;
  readonly slots: Uint32Array;
}

/** The fields through which a record names another record (see model/references.ts). */
export const REF_FIELDS = [
  'countries',
  'actors',
  'issues',
  'about',
  'members',
  'affiliations',
  'roles',
  'sources',
  'disagreements',
  'derived_from',
] as const;
export type RefField = (typeof REF_FIELDS)[number];

/** Section "refs": for each id named anywhere, the slots naming it and through which field. */
export interface RefsSection {
  readonly ids: readonly string[];
  /** Where each id's entries start in slots/fields: ids + 1 entries. */
  readonly start: Uint32Array;
  /** Naming slots, ascending within each id. */
  readonly slots: Uint32Array;
  /** Index into REF_FIELDS, one per slot entry. */
  readonly fields: Uint8Array;
}

/** Section "events": per event (slot minus the first event's slot), its date span and its place in date order. */
export interface EventsSection {
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** 0 for the earliest: EDTF order, ties in load order. */
  readonly rank: Uint32Array;
  /** The event's status, as its index in EVENT_STATUSES. */
  readonly status: Uint8Array;
}

/**
 * Section "rows": per event, where its row starts in "rows", and its CRC-32. A row is a JSON
 * array: its TSV fields (EVENT_ROW_FIELDS), then the list of the sources its citations name, in
 * their order: what timeline prints of an event (and counts as its support) without reading the
 * record.
 */
export interface RowsSection {
  /** events + 1 entries. */
  readonly offsets: Float64Array;
  readonly crcs: Uint32Array;
}

/**
 * The fields of an event's row, in the order of timeline's TSV columns (spec/columns.ts), but for
 * scope and stale_since, which depend on the question asked and the as-of date.
 */
/** An event's row: its TSV fields (EVENT_ROW_FIELDS), and the sources its citations name, in their order. */
export interface EventRow {
  readonly fields: readonly string[];
  readonly sources: readonly string[];
}

export const EVENT_ROW_FIELDS: readonly string[] = EVENT_COLUMNS.filter(
  (column) => column !== 'scope' && column !== 'stale_since',
);

/** Section "sources": per source (slot minus the first source's slot), the span of its published date (NaN: none). */
export interface SourcesSection {
  readonly start: Float64Array;
  readonly end: Float64Array;
}

/** The fields of each collection's names section ("names.events.slots"). */
export const NAME_FIELDS: readonly (keyof NamesSection)[] = ['names', 'slots', 'correctable'];

/**
 * Sections "names.<collection>": every name each record of a collection answers to, folded
 * (model/names.ts), for resolving typed names; a collection apart, so that resolving a country
 * does not read the titles of a hundred thousand events.
 */
export interface NamesSection {
  readonly names: readonly string[];
  readonly slots: Uint32Array;
  /** 1 when a misspelling of the name may be corrected to it unasked. */
  readonly correctable: Uint8Array;
}

/** The fields search looks in, in the order words are indexed. */
export const SEARCH_FIELDS = [
  'name',
  'title',
  'id',
  'statement',
  'figures',
  'tags',
  'summary',
  'quote',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * Section "search": an inverted index. Each distinct word (in first-seen order) has groups, one
 * per field it occurs in (first-seen order), each a list of slots (ascending).
 */
export interface SearchSection {
  readonly words: readonly string[];
  /** Where each word's groups start: words + 1 entries. */
  readonly wordStart: Uint32Array;
  /** Index into SEARCH_FIELDS, per group. */
  readonly groupField: Uint8Array;
  /** Where each group's slots start: groups + 1 entries. */
  readonly groupStart: Uint32Array;
  readonly slots: Uint32Array;
  /**
   * Each record's id and names, as search words joined by spaces, hashed (fnv1a32) and sorted,
   * with their slots: the records a query names exactly (checked against the records themselves).
   */
  readonly nameHashes: Uint32Array;
  readonly nameSlots: Uint32Array;
}
