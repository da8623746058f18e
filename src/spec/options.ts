import type { ArgumentValues } from './values.js';
import { ADD_OPTIONS } from './add-options.js';
import { CITE_STYLES, COLOR_MODES, FORMATS } from './formats.js';
import { RECORD_TYPES } from '../model/records.js';
import {
  ACTOR_KINDS,
  CLAIM_KINDS,
  EVENT_STATUSES,
  EVENT_TYPES,
  ISSUE_STATUSES,
  SOURCE_KINDS,
} from '../model/vocabulary.js';

// Every option, declared once, as data (a leaf module): commander (cli/commander.ts), the
// completer and the help read these. Commands pick theirs by name (cli/commands.ts).

/** An option as car-brief declares it. */
export interface OptionDeclaration {
  /** As commander reads them: '--country <name>', '--paragraph [n]', '--no-color'. */
  readonly flags: string;
  readonly description: string;
  /** Given more than once (or comma-separated, where the command says so), its values are collected. */
  readonly repeatable?: true;
  /** The only values it takes; others are a usage error (exit 2). */
  readonly choices?: readonly string[];
  /** Its choices are taken in any case (--format JSON), and refused with the list to use. */
  readonly anyCase?: true;
  /** What its value completes to in a shell; default: its choices, if any. */
  readonly values?: ArgumentValues;
}

/** The options every command takes. */
export const GLOBAL_OPTIONS: readonly OptionDeclaration[] = [
  {
    flags: '--data <dir>',
    description: 'dataset directory (default: $CAR_BRIEF_DATA, else the built-in data)',
    values: { kind: 'dirs' },
  },
  {
    flags: '--as-of <date>',
    description:
      'answer as the dataset stood on this date, judging staleness by it: 2024, 2024-07 or 2024-07-10 (default: today)',
  },
  {
    flags: '--format <format>',
    description: `output format: ${FORMATS.join(', ')} (default: table on a terminal, tsv in a pipe)`,
    choices: FORMATS,
    anyCase: true,
    values: { kind: 'formats' },
  },
  { flags: '--json', description: 'shorthand for --format json' },
  { flags: '--no-header', description: 'omit the header row of tsv and csv output' },
  {
    flags: '--csv-raw',
    description:
      "csv cells exactly as in the data: no ' before a cell starting with = + - @ (car-brief help safety)",
  },
  {
    flags: '--bom',
    description: 'start csv or tsv output with a UTF-8 byte order mark, so Excel reads ¶ and – rightly',
  },
  {
    flags: '--color <when>',
    description: 'colour: always, never or auto (default: auto, on a terminal)',
    choices: COLOR_MODES,
  },
  {
    flags: '--no-color',
    description: 'never colour the output (NO_COLOR, CLICOLOR=0 and TERM=dumb work too)',
  },
  {
    flags: '--no-pager',
    description: 'print long output instead of paging it ($CAR_BRIEF_PAGER, else $PAGER, else less -FRX)',
  },
  {
    flags: '--no-cache',
    description: 'neither read nor write the compiled-dataset cache (CAR_BRIEF_NO_CACHE=1 works too)',
  },
];

const words = (list: readonly string[]): ArgumentValues => ({
  kind: 'words',
  words: list.map((word) => [word, ''] as const),
});

/** Filters and switches, by name; a command lists the ones it takes. */
export const OPTIONS = {
  country: {
    flags: '--country <name>',
    description: 'only this country (name, ISO code or capital); repeat or comma-separate',
    repeatable: true,
    values: { kind: 'dataset', values: 'country' },
  },
  actor: {
    flags: '--actor <name>',
    description: 'only records naming this actor (id, name, alias or surname); repeatable',
    repeatable: true,
    values: { kind: 'dataset', values: 'actor' },
  },
  issue: {
    flags: '--issue <name>',
    description: 'only records bearing on this issue (id, or words of its title); repeatable',
    repeatable: true,
    values: { kind: 'dataset', values: 'issue' },
  },
  tag: {
    flags: '--tag <tag>',
    description: 'only records with this tag; repeatable',
    repeatable: true,
    values: { kind: 'dataset', values: 'tag' },
  },
  eventType: {
    flags: '--type <type>',
    description: 'only this event type (visit, agreement, sale, delivery, ...); repeatable',
    repeatable: true,
    values: words(EVENT_TYPES),
  },
  recordType: {
    flags: '--type <type>',
    description: 'only this record type: actor, event, issue, claim, source; repeatable',
    repeatable: true,
    values: words(RECORD_TYPES),
  },
  actorKind: {
    flags: '--kind <kind>',
    description: 'only this kind (country, person, organisation, ...); repeatable',
    repeatable: true,
    values: words(ACTOR_KINDS),
  },
  claimKind: {
    flags: '--kind <kind>',
    description: 'only this kind: fact, report, assessment; repeatable',
    repeatable: true,
    values: words(CLAIM_KINDS),
  },
  eventStatus: {
    flags: '--status <status>',
    description: 'only happened, planned or ongoing events; repeatable',
    repeatable: true,
    values: words(EVENT_STATUSES),
  },
  issueStatus: {
    flags: '--status <status>',
    description: 'only open, stalled or resolved issues; repeatable',
    repeatable: true,
    values: words(ISSUE_STATUSES),
  },
  since: {
    flags: '--since <date>',
    description: 'only what overlaps this date or later (2024, 2024-07, 2024-07-10)',
  },
  until: { flags: '--until <date>', description: 'only what overlaps this date or earlier' },
  within: {
    flags: '--within <span...>',
    description:
      'only events wholly inside this span: 2024, 2024-07, 2024-07/2024-09, or two dates (--within 2024-07 2024-09)',
  },
  limit: { flags: '--limit <n>', description: 'at most n results' },
  topic: {
    flags: '--topic <words>',
    description: "only the claims that match every one of these words, as search matches them ('gas price')",
  },
  claimSince: {
    flags: '--since <date>',
    description: 'only claims about an event that overlaps this date or later (2024, 2024-07, 2024-07-10)',
  },
  claimUntil: {
    flags: '--until <date>',
    description: 'only claims about an event that overlaps this date or earlier',
  },
  attribution: {
    flags: '--attribution <who>',
    description: 'only claims whose attribution has these words, any case (media, critics); repeatable',
    repeatable: true,
  },
  disagreements: {
    flags: '--disagreements',
    description: 'only claims on which the sources disagree (that carry a disagreements entry)',
  },
  singleSource: {
    flags: '--single-source',
    description: 'only claims that rest on one independent source (three outlets of one wire story are one)',
  },
  minSources: {
    flags: '--min-sources <n>',
    description: 'only claims that rest on at least n independent sources (derived_from followed)',
  },
  names: {
    flags: '--names',
    description:
      'tsv and csv: names and titles instead of the ids of linked records, joined by "; " (json keeps ids)',
  },
  full: {
    flags: '--full',
    description: 'the whole brief on a terminal too, not the one-screen cut (pipes always get it)',
  },
  suggest: {
    flags: '--suggest',
    description:
      "check: under each error, the sentence rewritten with the source's figure or date (with its footnote in md; --json always carries each edit)",
  },
  coverage: {
    flags: '--coverage',
    description: 'also report how many sentences of each source text the quotes cover',
  },
  quote: { flags: '--quote', description: "print the claim's verbatim quote and citation instead" },
  all: { flags: '--all', description: 'print the best few claims, not just the best' },
  figures: { flags: '--figures', description: "add the claim's figures in [brackets] after its statement" },
  withBuiltin: {
    flags: '--with-builtin',
    description: "start with a copy of car-brief's built-in data instead of empty files",
  },
  cite: {
    flags: '--cite <style>',
    description: 'how the line cites: plain (default), md (a footnote), chicago (a note)',
    choices: CITE_STYLES,
  },
  chart: {
    flags: '--chart',
    description:
      'draw the events: a lane per country, time left to right, fitted to the terminal (--format chart)',
  },
  sourceId: {
    flags: '--id <id>',
    description: "the new source's id, a kebab-case slug (default: made from its title; never one taken)",
  },
  title: {
    flags: '--title <title>',
    description: "the source's title (default: a web page's own, a Markdown file's first heading)",
  },
  author: { flags: '--author <name>', description: "who wrote it (default: a web page's byline)" },
  publisher: {
    flags: '--publisher <name>',
    description: "who published it (default: a web page's site name)",
  },
  published: {
    flags: '--published <date>',
    description:
      "when it was published, as EDTF: 2024-11-05, 2024-11, 2024, 2024-09/2024-12 (default: a web page's date; else needed)",
  },
  inferred: {
    flags: '--inferred',
    description: 'the --published date is inferred, not stated by the source (say how in --notes)',
  },
  url: { flags: '--url <url>', description: "where it was found (default: a web page's canonical address)" },
  sourceKind: {
    flags: '--kind <kind>',
    description: `what it is: ${SOURCE_KINDS.join(', ')} (default: article)`,
    choices: SOURCE_KINDS,
    anyCase: true,
  },
  derivedFrom: {
    flags: '--derived-from <source>',
    description: 'the id of the source it only repeats (a wire story republished, a report quoting another)',
    values: { kind: 'dataset', values: 'source' },
  },
  label: {
    flags: '--label <label>',
    description: 'how citations name it, in your words (default: its title)',
  },
  notes: { flags: '--notes <text>', description: 'what is known about the source, and how' },
  force: {
    flags: '--force',
    description: 'replace the file if it exists (the new one is put in place whole, never half-written)',
  },
  stdio: {
    flags: '--stdio',
    description:
      'speak the Language Server Protocol over standard input and output (the default; editors pass it)',
  },
  clientProcessId: {
    flags: '--clientProcessId <pid>',
    description: "the editor's process id, as some clients pass it: the server ends when the editor does",
  },
  revSince: {
    flags: '--since <rev>',
    description:
      'compare from this git revision: a commit, branch or tag (default: the last commit that changed the dataset)',
  },
  revUntil: {
    flags: '--until <rev>',
    description: 'compare to this git revision (default: the working tree, as it is on the disk)',
  },
  paragraph: {
    flags: '--paragraph [n]',
    description:
      "print source text: a source's paragraph n, or the paragraphs a record cites (only n, if given)",
  },
  apply: {
    flags: '--apply',
    description:
      'write the new text and the re-anchored citations (all files or none); without it, only the plan is shown',
  },
  acceptChanged: {
    flags: '--accept-changed',
    description: 'with --apply: take the close match of each changed quote, as the plan shows it',
  },
  dropOrphaned: {
    flags: '--drop-orphaned',
    description: 'with --apply: take out the orphaned citations (of records that keep another citation)',
  },
  // add claim|event|actor|issue and add citation (spec/add-records.ts)
  ...ADD_OPTIONS,
} as const satisfies Record<string, OptionDeclaration>;
export type OptionName = keyof typeof OPTIONS;

/** An option's long flag: '--country' of '--country <name>', '--no-color' of '--no-color'. */
export function longFlag(option: OptionDeclaration): string {
  return /--[\w-]+/.exec(option.flags)![0];
}
