import type { RecordType } from '../model/records.js';
import {
  ACTOR_KINDS,
  CLAIM_KINDS,
  EVENT_STATUSES,
  EVENT_TYPES,
  ISSUE_STATUSES,
} from '../model/vocabulary.js';

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

const names = (what: string) =>
  `${what} (an id, or a name or title car-brief resolves); repeat or comma-separate`;

/** The options of add, by name (spread into OPTIONS). */
export const ADD_OPTIONS = {
  newId: {
    flags: '--id <id>',
    description:
      "the new record's id, a kebab-case slug (default: made from its statement, title or name; never one taken)",
  },
  statement: { flags: '--statement <text>', description: 'the claim in your own words, one sentence' },
  newClaimKind: {
    flags: '--kind <kind>',
    description:
      "fact (the source states it), report (it attributes it to others: say who with --attribution) or assessment (the author's own judgement)",
    choices: CLAIM_KINDS,
    anyCase: true,
  },
  newAttribution: {
    flags: '--attribution <who>',
    description: 'for a report: who reports it, as the source puts it ("media reports")',
  },
  about: {
    flags: '--about <record>',
    description: names('what the claim is about: actors, events, issues'),
    repeatable: true,
    values: { kind: 'dataset', values: 'record' },
  },
  figure: {
    flags: '--figure <figure>',
    description:
      'a number the claim states, as "VALUE UNIT: WHAT" ("240 km: distance upstream"; "over 90 %: share of imports"); repeatable',
    repeatable: true,
  },
  newTitle: { flags: '--title <title>', description: 'the title, in your own words' },
  summary: { flags: '--summary <text>', description: 'what it is, in a sentence or two of your own' },
  date: {
    flags: '--date <date>',
    description: 'when it happened, as EDTF: 2024-11-05, 2024-11, 2024, 2024-07-10/2024-07-11, 2024-10/..',
  },
  dateInferred: {
    flags: '--inferred',
    description: 'the --date is inferred from context, not stated by the source: say how with --date-note',
  },
  dateNote: { flags: '--date-note <text>', description: 'how the date was reached (needed with --inferred)' },
  newEventStatus: {
    flags: '--status <status>',
    description: `${EVENT_STATUSES.join(', ')}`,
    choices: EVENT_STATUSES,
    anyCase: true,
  },
  newEventType: {
    flags: '--type <type>',
    description: `${EVENT_TYPES.join(', ')}`,
    choices: EVENT_TYPES,
    anyCase: true,
  },
  newIssueStatus: {
    flags: '--status <status>',
    description: `${ISSUE_STATUSES.join(', ')}`,
    choices: ISSUE_STATUSES,
    anyCase: true,
  },
  newSince: { flags: '--since <date>', description: 'since when, as EDTF, only where the source dates it' },
  newCountry: {
    flags: '--country <country>',
    description: names('the countries (or groups of states) involved'),
    repeatable: true,
    values: { kind: 'dataset', values: 'country' },
  },
  newActor: {
    flags: '--actor <actor>',
    description:
      names('the actors involved') + "; an event's may say the role after a colon: ada-vance:visitor",
    repeatable: true,
    values: { kind: 'dataset', values: 'actor' },
  },
  newIssue: {
    flags: '--issue <issue>',
    description: names('the issues it bears on'),
    repeatable: true,
    values: { kind: 'dataset', values: 'issue' },
  },
  newTag: {
    flags: '--tag <tag>',
    description: 'a tag (kebab-case); repeat or comma-separate',
    repeatable: true,
    values: { kind: 'dataset', values: 'tag' },
  },
  newName: { flags: '--name <name>', description: 'the name to show' },
  newActorKind: {
    flags: '--kind <kind>',
    description: `${ACTOR_KINDS.join(', ')}`,
    choices: ACTOR_KINDS,
    anyCase: true,
  },
  alias: {
    flags: '--alias <name>',
    description:
      'another name a user may type: a capital used for a state, a spelling, an abbreviation; repeatable',
    repeatable: true,
  },
  iso2: { flags: '--iso2 <code>', description: "a country's ISO 3166-1 alpha-2 code (reference data)" },
  iso3: { flags: '--iso3 <code>', description: "a country's ISO 3166-1 alpha-3 code (reference data)" },
  capital: { flags: '--capital <name>', description: "a country's capital (reference data)" },
  region: { flags: '--region <name>', description: "a country's region (reference data)" },
  member: {
    flags: '--member <actor>',
    description: names("a group's members"),
    repeatable: true,
    values: { kind: 'dataset', values: 'actor' },
  },
  affiliation: {
    flags: '--affiliation <actor>',
    description: names('the actors a person or organisation belongs to'),
    repeatable: true,
    values: { kind: 'dataset', values: 'actor' },
  },
  citeSource: {
    flags: '--source <source>',
    description:
      "the source cited (its id; default: the dataset's latest, the last in sources.yaml); once for every --quote, or once per --quote",
    repeatable: true,
    values: { kind: 'dataset', values: 'source' },
  },
  citeParagraph: {
    flags: '--paragraph <n>',
    description:
      'the paragraph quoted (default: the one paragraph of the source that holds the quote); once per --quote',
    repeatable: true,
  },
  citeQuote: {
    flags: '--quote <text>',
    description:
      'the shortest verbatim span of the paragraph that supports it (car-brief quote finds it); repeatable',
    repeatable: true,
  },
} as const;
export type AddOptionName = keyof typeof ADD_OPTIONS;

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
    .join(', ');
}
