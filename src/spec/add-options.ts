import {
  ACTOR_KINDS,
  CLAIM_KINDS,
  EVENT_STATUSES,
  EVENT_TYPES,
  ISSUE_STATUSES,
} from '../model/vocabulary.js';

// The options of add claim|event|actor|issue and add citation, declared as data (a leaf module,
// spread into OPTIONS); spec/add-records.ts says which field each fills.

const names = (what: string) =>
  `${what} (an id, or a name or title car-brief resolves); repeat or comma-separate`;

/** The options of add, by name. */
export const ADD_OPTIONS = {
  newId: {
    flags: '--id <id>',
    description:
      "the new record's id, a kebab-case slug (default: made from its statement, title or name; never one taken)",
  },
  statement: {
    flags: '--statement <text>',
    description: 'the claim in your own words, one sentence (or as the argument: add claim "…")',
  },
  newClaimKind: {
    flags: '-k, --kind <kind>',
    description:
      "fact (the source states it), report (it attributes it to others: say who with --attribution) or assessment (the author's own judgement)",
    choices: CLAIM_KINDS,
    anyCase: true,
  },
  newAttribution: {
    flags: '-b, --attribution <who>',
    description: 'for a report: who reports it, as the source puts it ("media reports")',
  },
  about: {
    flags: '-a, --about <record>',
    description: names('what the claim is about: actors, events, issues'),
    repeatable: true,
    values: { kind: 'dataset', values: 'subject' },
  },
  figure: {
    flags: '--figure <figure>',
    description:
      'a number the claim states, as "VALUE UNIT: WHAT" ("240 km: distance upstream"; "over 90 %: share of imports"); repeatable',
    repeatable: true,
  },
  newTitle: {
    flags: '--title <title>',
    description: 'the title, in your own words (or as the argument: add event "…")',
  },
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
  newName: { flags: '--name <name>', description: 'the name to show (or as the argument: add actor "…")' },
  newActorKind: {
    flags: '-k, --kind <kind>',
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
    flags: '-s, --source <source>',
    description:
      "the source cited (its id; default: the dataset's latest, the last in sources.yaml); once for every --quote, or once per --quote",
    repeatable: true,
    values: { kind: 'dataset', values: 'source' },
  },
  citeParagraph: {
    flags: '-p, --paragraph <n>',
    description:
      'the paragraph quoted (default: the one paragraph of the source that holds the quote); once per --quote or --find',
    repeatable: true,
  },
  citeQuote: {
    flags: '-q, --quote <text>',
    description:
      'the shortest verbatim span of the paragraph that supports it (car-brief quote finds it); repeatable',
    repeatable: true,
  },
  citeFind: {
    flags: '-f, --find <words>',
    description:
      'instead of --quote: the words you remember, as car-brief quote takes them; cites the one verbatim span they stand for (refused when they stand for none or several: add words, or give --paragraph); repeatable',
    repeatable: true,
  },
} as const;
export type AddOptionName = keyof typeof ADD_OPTIONS;
