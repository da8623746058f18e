import type { ArgumentValues } from '../completion/kinds.js';
import { COMPLETE_COMMAND, SHELL_WORDS } from '../completion/scripts.js';
import type { Context } from '../context.js';
import { EVENT_COLUMNS } from '../views/timeline/columns.js';
import type { OptionName } from './options.js';

// Each command's module is loaded when that command runs: start-up reads only the one it needs.

/** What a command's action receives: its arguments joined as typed, and every option. */
export type Invocation = { readonly args: readonly string[]; readonly options: Record<string, unknown> };

/** A command, declared as data: commander and the help are built from this list. */
export interface CommandSpec {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly argument?: string;
  readonly argumentHelp?: string;
  /** What the argument completes to in a shell (default: read from its placeholder, <dir>, <file>). */
  readonly values?: ArgumentValues;
  /** Left out of the help and of completion. */
  readonly hidden?: boolean;
  readonly summary: string;
  readonly options: readonly OptionName[];
  readonly examples: readonly string[];
  readonly run: (invocation: Invocation, ctx: Context) => Promise<void>;
}

const EVENT_FILTERS: OptionName[] = [
  'country',
  'actor',
  'issue',
  'tag',
  'eventType',
  'eventStatus',
  'since',
  'until',
  'limit',
];

/** Every command of car-brief. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'country',
    argument: '<name...>',
    argumentHelp:
      'id, name, alias, ISO code or capital, any case, quoted or not (e.g. uzbekistan, UZ, tashkent, Kyrgyz Republic)',
    values: { kind: 'dataset', values: 'country' },
    summary:
      'one-screen brief on a country: relations, open issues, latest events, key figures (--full: also people, claims, sources)',
    options: ['full'],
    examples: [
      'car-brief country uzbekistan',
      'car-brief country uzbekistan --full',
      'car-brief country uzbekistan --format md > uzbekistan.md',
      'car-brief country Kyrgyz Republic --json | jq .events',
      `car-brief country tashkent --format tsv | awk -F'\\t' '$2 == "event"'`,
    ],
    run: async ({ args, options }, ctx) =>
      (await import('../commands/country.js')).runCountry({ ...options, name: args.join(' ') }, ctx),
  },
  {
    name: 'brief',
    argument: '<name...>',
    argumentHelp: 'a country, as for car-brief country',
    values: { kind: 'dataset', values: 'country' },
    summary:
      'the whole country brief as Markdown, each statement footnoted with its source, paragraph and quote (country --format md)',
    options: [],
    examples: [
      'car-brief brief uzbekistan > uzbekistan.md',
      'car-brief brief turkmenistan | pandoc -o brief.docx',
    ],
    run: async ({ args, options }, ctx) =>
      (await import('../commands/country.js')).runBrief({ ...options, name: args.join(' ') }, ctx),
  },
  {
    name: 'compare',
    argument: '<country...>',
    argumentHelp:
      'two countries or more, each an id, name, alias, ISO code or capital; separate them with spaces or commas (Kyrgyz Republic,UZ)',
    values: { kind: 'dataset', values: 'countries' },
    summary: 'countries side by side: relations, open issues, events (latest), key figures',
    options: [],
    examples: [
      'car-brief compare uzbekistan kazakhstan',
      'car-brief compare Kyrgyz Republic tajikistan ashgabat --format tsv | cut -f1,4,9,13',
      'car-brief compare UZ KZ --json | jq ".[].events.latest.title"',
    ],
    run: async ({ args, options }, ctx) =>
      (await import('../commands/compare.js')).runCompare({ ...options, names: args }, ctx),
  },
  {
    name: 'countries',
    summary: 'every country in the data, with counts of events, issues and claims',
    options: [],
    examples: ['car-brief countries', 'car-brief countries --format tsv | cut -f2,7-9'],
    run: async ({ options }, ctx) => (await import('../commands/countries.js')).runCountries(options, ctx),
  },
  {
    name: 'timeline',
    aliases: ['events'],
    summary: `events in date order (earliest possible moment first). TSV columns: ${EVENT_COLUMNS.join(' ')}`,
    options: [...EVENT_FILTERS, 'chart'],
    examples: [
      'car-brief timeline --country uzbekistan',
      'car-brief timeline --chart',
      'car-brief timeline --country kyrgyzstan --format mermaid',
      'car-brief timeline --format timelinejs > timeline.json',
      'car-brief timeline --country turkmenistan --format tsv | cut -f1,4',
      'car-brief timeline --since 2024-07 --status planned --json | jq -r ".[].title"',
    ],
    run: async ({ options }, ctx) => (await import('../commands/timeline.js')).runTimeline(options, ctx),
  },
  {
    name: 'search',
    argument: '<query...>',
    argumentHelp: 'words, in any order; names, numbers and misspellings work too',
    summary: 'fuzzy search over every record, best first (score 0-1, higher is better)',
    options: ['recordType', 'limit'],
    examples: [
      'car-brief search Mushak Uzbekistan',
      'car-brief search taliban broker --type claim',
      'car-brief search 1735 --json | jq ".[0].record"',
    ],
    run: async ({ args, options }, ctx) =>
      (await import('../commands/search.js')).runSearch({ ...options, query: args.join(' ') }, ctx),
  },
  {
    name: 'show',
    argument: '<id-or-name...>',
    argumentHelp:
      'a record id, an actor name or alias, an event or issue title, or words of one (a surname, a given name)',
    values: { kind: 'dataset', values: 'record' },
    summary: 'one record in full: its fields, sources with quotes, and links both ways',
    options: ['paragraph'],
    examples: [
      'car-brief show tapi',
      'car-brief show Super Mushak',
      'car-brief show dg-isi-visit-turkmenistan-2024-07 --json',
      'car-brief show pak-car-analysis-2024 --paragraph 16',
      'car-brief show tapi-length-and-capacity --paragraph',
    ],
    run: async ({ args, options }, ctx) =>
      (await import('../commands/show.js')).runShow({ ...options, name: args.join(' ') }, ctx),
  },
  {
    name: 'fact',
    argument: '<query...>',
    argumentHelp: 'what you are looking for, e.g. "TAPI length", or a question: how many/when/who ...',
    summary: 'the best-matching claim as one line to paste: statement, kind, citation',
    options: ['quote', 'all', 'limit', 'figures', 'cite'],
    examples: [
      'car-brief fact TAPI length',
      'car-brief fact how many students left Kyrgyzstan --figures',
      'car-brief fact students Bishkek --quote',
      'car-brief fact JF-17 --all',
      'car-brief fact TAPI length --cite chicago',
      'car-brief fact TAPI length --format md >> draft.md',
    ],
    run: async ({ args, options }, ctx) =>
      (await import('../commands/fact.js')).runFact({ ...options, query: args.join(' ') }, ctx),
  },
  {
    name: 'sources',
    argument: '[id-or-name...]',
    argumentHelp: 'a record: list the passages it cites (one per paragraph), not every source',
    summary: 'the sources, or the passages a record cites; --format csl-json for Zotero or pandoc --citeproc',
    options: [],
    examples: [
      'car-brief sources',
      'car-brief sources --format csl-json > sources.json',
      'car-brief sources tapi-length-and-capacity --format csl-json',
    ],
    run: async ({ args, options }, ctx) =>
      (await import('../commands/sources.js')).runSources({ ...options, name: args.join(' ') }, ctx),
  },
  {
    name: 'actors',
    summary: 'people, organisations, countries, projects and weapon systems',
    options: ['country', 'actorKind', 'tag', 'limit'],
    examples: ['car-brief actors --kind person', 'car-brief actors --country azerbaijan --format csv'],
    run: async ({ options }, ctx) => (await import('../commands/lists.js')).runActors(options, ctx),
  },
  {
    name: 'issues',
    summary: 'standing problems and themes, with their status',
    options: ['country', 'actor', 'tag', 'issueStatus', 'limit'],
    examples: ['car-brief issues --country turkmenistan', 'car-brief issues --status stalled --json'],
    run: async ({ options }, ctx) => (await import('../commands/lists.js')).runIssues(options, ctx),
  },
  {
    name: 'claims',
    summary: 'citable statements, each a fact, a report or an assessment',
    options: ['country', 'actor', 'issue', 'claimKind', 'tag', 'limit'],
    examples: [
      'car-brief claims --country uzbekistan',
      'car-brief claims --kind assessment --actor jf-17',
      'car-brief claims --format tsv | cut -f2,3',
    ],
    run: async ({ options }, ctx) => (await import('../commands/lists.js')).runClaims(options, ctx),
  },
  {
    name: 'check',
    argument: '<draft>',
    argumentHelp: 'a Markdown or plain-text draft, or - to read it from standard input',
    summary:
      'check a draft against the dataset: figures and dates that disagree (exit 5), unsourced figures, statements firmer than their source; file:line:col: severity: message lines in a pipe, a table on a terminal',
    options: [],
    examples: [
      'car-brief check examples/draft.md',
      'cat notes.txt | car-brief check -',
      'car-brief check draft.md --json | jq ".findings[].message"',
    ],
    run: async ({ args, options }, ctx) =>
      (await import('../commands/check.js')).runCheck({ ...options, draft: args.join(' ') }, ctx),
  },
  {
    name: 'validate',
    summary: 'check a dataset and print every problem as file:line:col: message (exit 3 if any)',
    options: ['coverage'],
    examples: ['car-brief validate', 'car-brief validate --data ./my-data', 'car-brief validate --coverage'],
    run: async ({ options }, ctx) => (await import('../commands/validate.js')).runValidate(options, ctx),
  },
  {
    name: 'init',
    argument: '<dir>',
    argumentHelp: 'the directory to start the dataset in (made if missing; no file in it is overwritten)',
    summary: 'start a dataset of your own: the five files, a texts/ folder and a README',
    options: ['withBuiltin'],
    examples: [
      'car-brief init my-data',
      'car-brief init my-data --with-builtin',
      'car-brief validate --data my-data',
    ],
    run: async ({ args, options }, ctx) =>
      (await import('../commands/init.js')).runInit({ ...options, dir: args[0]! }, ctx),
  },
  {
    name: 'completion',
    argument: '<shell>',
    argumentHelp: 'bash, zsh or fish',
    values: { kind: 'words', words: SHELL_WORDS },
    summary: 'print a completion script: commands, flags, formats, and names from the dataset in use',
    options: [],
    examples: [
      'source <(car-brief completion bash)   # in ~/.bashrc',
      'source <(car-brief completion zsh)    # in ~/.zshrc, after compinit',
      'car-brief completion fish > ~/.config/fish/completions/car-brief.fish',
    ],
    run: async ({ args, options }, ctx) =>
      (await import('../commands/completion.js')).runCompletion({ ...options, shell: args[0]! }, ctx),
  },
  {
    // What the completion scripts call: car-brief __complete -- <words typed after car-brief>.
    name: COMPLETE_COMMAND,
    argument: '[words...]',
    hidden: true,
    summary: 'the candidates for the last of the words (for the completion scripts)',
    options: [],
    examples: [],
    run: async ({ args, options }, ctx) =>
      (await import('../commands/completion.js')).runComplete(args, options, ctx),
  },
];
