import type { RecordType } from '../model/records.js';
import { ADD_OPTIONS, type AddOptionName } from './add-options.js';

export { ADD_OPTIONS, type AddOptionName };

// `add claim|event|actor|issue` and `add citation`, declared as data (a leaf module): the flags
// that write a record, and the one table saying which field each flag fills and how. The
// commands, the editor's template and the messages that name a flag all read this table.

/** The records `add` writes, each to its collection. */
export const NEW_RECORD_TYPES = ['claim', 'event', 'actor', 'issue'] as const;
export type NewRecordType = (typeof NEW_RECORD_TYPES)[number];

/** The collection each new record goes to. */
export const COLLECTION_OF = {
  claim: 'claims',
  event: 'events',
  actor: 'actors',
  issue: 'issues',
} as const satisfies Record<NewRecordType, string>;

/**
 * How a flag's values become a field: text (one value), texts (each value), ids (each value, or
 * comma-separated values, a name resolved to an id), date (EDTF), figures ("240 km: distance"),
 * roles (an event's actors, "id:role"), basis (a switch: date_basis inferred, else stated).
 */
export type FieldFill = 'text' | 'lower' | 'texts' | 'ids' | 'date' | 'figures' | 'roles' | 'basis';

/** One flag of add and the field it fills. */
export interface FlagField {
  readonly option: AddOptionName;
  readonly field: string;
  readonly fill: FieldFill;
  /** The record cannot be written without it (the editor's template shows it uncommented). */
  readonly required?: true;
  /** For ids and roles: the record types a name may stand for. */
  readonly refers?: readonly RecordType[];
  /** For ids of actors: the kinds of actor a name may stand for (countries: a country or a group). */
  readonly kinds?: readonly string[];
}

const tags: FlagField = { option: 'newTag', field: 'tags', fill: 'ids' };
const countries = (required?: true): FlagField => ({
  option: 'newCountry',
  field: 'countries',
  fill: 'ids',
  refers: ['actor'],
  kinds: ['country', 'group'],
  ...(required ? { required } : {}),
});

/** Which flag fills which field, for each record add writes (the citations are CITATION_FLAGS). */
export const RECORD_FLAGS: { readonly [T in NewRecordType]: readonly FlagField[] } = {
  claim: [
    { option: 'statement', field: 'statement', fill: 'text', required: true },
    { option: 'newClaimKind', field: 'kind', fill: 'lower', required: true },
    { option: 'newAttribution', field: 'attribution', fill: 'text' },
    { option: 'about', field: 'about', fill: 'ids', required: true, refers: ['actor', 'event', 'issue'] },
    { option: 'figure', field: 'figures', fill: 'figures' },
    tags,
  ],
  event: [
    { option: 'newTitle', field: 'title', fill: 'text', required: true },
    { option: 'date', field: 'date', fill: 'date', required: true },
    { option: 'dateInferred', field: 'date_basis', fill: 'basis' },
    { option: 'dateNote', field: 'date_note', fill: 'text' },
    { option: 'newEventStatus', field: 'status', fill: 'lower', required: true },
    { option: 'newEventType', field: 'type', fill: 'lower', required: true },
    { option: 'summary', field: 'summary', fill: 'text', required: true },
    countries(true),
    { option: 'newActor', field: 'actors', fill: 'roles', refers: ['actor'] },
    { option: 'newIssue', field: 'issues', fill: 'ids', refers: ['issue'] },
    tags,
  ],
  actor: [
    { option: 'newName', field: 'name', fill: 'text', required: true },
    { option: 'newActorKind', field: 'kind', fill: 'lower', required: true },
    { option: 'alias', field: 'aliases', fill: 'texts' },
    { option: 'summary', field: 'summary', fill: 'text', required: true },
    { option: 'iso2', field: 'iso2', fill: 'text' },
    { option: 'iso3', field: 'iso3', fill: 'text' },
    { option: 'capital', field: 'capital', fill: 'text' },
    { option: 'region', field: 'region', fill: 'text' },
    { option: 'member', field: 'members', fill: 'ids', refers: ['actor'] },
    { option: 'affiliation', field: 'affiliations', fill: 'ids', refers: ['actor'] },
    countries(),
    tags,
  ],
  issue: [
    { option: 'newTitle', field: 'title', fill: 'text', required: true },
    { option: 'newIssueStatus', field: 'status', fill: 'lower', required: true },
    { option: 'newSince', field: 'since', fill: 'date' },
    { option: 'summary', field: 'summary', fill: 'text', required: true },
    countries(true),
    { option: 'newActor', field: 'actors', fill: 'ids', refers: ['actor'] },
    tags,
  ],
};

/** The flags of one citation (the field sources: [{source, paragraph, quote}]), repeatable together. */
export const CITATION_FLAGS = {
  source: 'citeSource',
  paragraph: 'citeParagraph',
  quote: 'citeQuote',
  find: 'citeFind',
} as const satisfies Record<string, AddOptionName>;

/** The field a new record's id is made from. */
export const NAMED_BY: { readonly [T in NewRecordType]: string } = {
  claim: 'statement',
  event: 'title',
  actor: 'name',
  issue: 'title',
};

/** Every option of add <type>: the id, its fields' flags, then the citation's. */
export function addOptionsOf(type: NewRecordType): AddOptionName[] {
  return ['newId', ...RECORD_FLAGS[type].map((flag) => flag.option), ...Object.values(CITATION_FLAGS)];
}

/** The flags add <type> cannot do without, as its help says them: --statement, --kind, --about, --quote. */
export function requiredFlagsOf(type: NewRecordType): string {
  const required = RECORD_FLAGS[type].filter((flag) => flag.required).map((flag) => flag.option);
  return [...required, CITATION_FLAGS.quote]
    .map((option) => /--[\w-]+/.exec(ADD_OPTIONS[option].flags)![0])
    .join(', ')
    .concat(' (or --find)');
}

/** The flag whose value add <type> also takes as its argument: --statement, --title, --name. */
export function namedByOption(type: NewRecordType): AddOptionName {
  return RECORD_FLAGS[type].find((flag) => flag.field === NAMED_BY[type])!.option;
}
