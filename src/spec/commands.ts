import type { ArgumentValues } from './values.js';
import { COMPLETE_COMMAND, SHELL_WORDS } from './shells.js';
import { DRAWN_FORMATS, type Format } from './formats.js';
import { EVENT_COLUMNS } from './columns.js';
import type { OptionName } from './options.js';
import { CITATION_FLAGS, addOptionsOf, requiredFlagsOf } from './add-records.js';

// Every command, declared as data (a leaf module): its name, argument, options, the formats it
// accepts, its help and examples. commander (cli.ts), the completer (completion/spec.ts), the
// help (help/topics.ts) and the commands themselves (formatsOf) read this one list; what each
// command runs is in cli/actions.ts.

/** The formats a command accepts, and the one it gives when none is asked for. */
export interface FormatChoice {
  readonly formats: readonly Format[];
  /** When none is asked for: on a terminal or with --color=always (default table), and in a pipe (default tsv). */
  readonly defaults?: { readonly people: Format; readonly piped: Format };
}

/** A command, declared as data. */
export interface CommandSpec extends FormatChoice {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** Its arguments as commander reads them: '<name...>', '[id-or-name...]', '<source> <words...>'. */
  readonly argument?: string;
  /** What the argument says, or one line for each argument (in order) when it takes several. */
  readonly argumentHelp?: string | readonly string[];
  /** What the argument completes to in a shell (default: read from its placeholder, <dir>, <file>). */
  readonly values?: ArgumentValues;
  /** Left out of the help and of completion. */
  readonly hidden?: boolean;
  readonly summary: string;
  readonly options: readonly OptionName[];
  readonly examples: readonly string[];
  /**
   * Verbs under this noun (gh's habit: `sources` lists, `sources add` adds), each a command of
   * its own, named by the noun and its name together (ACTIONS['sources add']). The noun still runs
   * on its own with any other argument.
   */
  readonly subcommands?: readonly CommandSpec[];
}

// The lists' formats, and plain text whatever the output is (a line to paste, a script, a report).
const LIST_FORMATS: readonly Format[] = ['table', 'tsv', 'csv', 'json', 'ndjson'];
const TEXT = { people: 'text', piped: 'text' } as const;

const EVENT_FILTERS: OptionName[] = [
  'country',
  'actor',
  'issue',
  'tag',
  'eventType',
  'eventStatus',
  'since',
  'until',
  'within',
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
    formats: ['table', 'text', 'md', 'tsv', 'csv', 'json', 'ndjson'],
    examples: [
      'car-brief country uzbekistan',
      'car-brief country uzbekistan --full',
      'car-brief country uzbekistan --format md > uzbekistan.md',
      'car-brief country Kyrgyz Republic --json | jq .events',
      `car-brief country tashkent --format tsv | awk -F'\\t' '$2 == "event"'`,
    ],
  },
  {
    name: 'brief',
    argument: '<name...>',
    argumentHelp: 'a country, as for car-brief country',
    values: { kind: 'dataset', values: 'country' },
    summary:
      'the whole country brief as Markdown, each statement footnoted with its source, paragraph and quote (country --format md)',
    options: [],
    formats: ['table', 'text', 'md', 'tsv', 'csv', 'json', 'ndjson'],
    defaults: { people: 'md', piped: 'md' },
    examples: [
      'car-brief brief uzbekistan > uzbekistan.md',
      'car-brief brief turkmenistan | pandoc -o brief.docx',
    ],
  },
  {
    name: 'compare',
    argument: '<country...>',
    argumentHelp:
      'two countries or more, each an id, name, alias, ISO code or capital; separate them with spaces or commas (Kyrgyz Republic,UZ)',
    values: { kind: 'dataset', values: 'countries' },
    summary:
      'countries side by side: relations, open issues, events (latest), key figures; --topic, --actor, --issue or --tag: their claims on that subject',
    options: ['topic', 'actor', 'issue', 'tag'],
    formats: ['table', 'text', 'tsv', 'csv', 'json', 'ndjson'],
    examples: [
      'car-brief compare uzbekistan kazakhstan',
      'car-brief compare tajikistan uzbekistan --topic taliban',
      'car-brief compare turkmenistan azerbaijan --actor jf-17',
      'car-brief compare Kyrgyz Republic tajikistan ashgabat --format tsv | cut -f1,4,9,13',
      'car-brief compare UZ KZ --json | jq ".[].events.latest.title"',
    ],
  },
  {
    name: 'countries',
    summary: 'every country in the data, with counts of events, issues and claims',
    options: [],
    formats: LIST_FORMATS,
    examples: ['car-brief countries', 'car-brief countries --format tsv | cut -f2,7-9'],
  },
  {
    name: 'timeline',
    aliases: ['events'],
    summary: `events in date order (earliest possible moment first). TSV columns: ${EVENT_COLUMNS.join(' ')}`,
    options: [...EVENT_FILTERS, 'chart', 'names'],
    formats: [...LIST_FORMATS, ...DRAWN_FORMATS],
    examples: [
      'car-brief timeline --country uzbekistan',
      'car-brief timeline --chart',
      'car-brief timeline --country kyrgyzstan --format mermaid',
      'car-brief timeline --format timelinejs > timeline.json',
      'car-brief timeline --country turkmenistan --format tsv | cut -f1,4',
      'car-brief timeline --since 2024-07 --status planned --json | jq -r ".[].title"',
    ],
  },
  {
    name: 'stale',
    summary:
      'what has gone stale by the as-of date (--as-of, default today): plans whose window passed, pending outcomes overdue, issues gone quiet; since when and why',
    options: ['limit'],
    formats: LIST_FORMATS,
    examples: [
      'car-brief stale',
      'car-brief stale --as-of 2025-06-30',
      'car-brief stale --json | jq -r ".[] | [.since, .id] | @tsv"',
    ],
  },
  {
    name: 'search',
    argument: '<query...>',
    argumentHelp: 'words, in any order; names, numbers and misspellings work too',
    summary: 'fuzzy search over every record, best first (score 0-1, higher is better)',
    options: ['recordType', 'limit'],
    formats: LIST_FORMATS,
    examples: [
      'car-brief search Mushak Uzbekistan',
      'car-brief search taliban broker --type claim',
      'car-brief search 1735 --json | jq ".[0].record"',
    ],
  },
  {
    name: 'show',
    argument: '<id-or-name...>',
    argumentHelp:
      'a record id, an actor name or alias, an event or issue title, or words of one (a surname, a given name)',
    values: { kind: 'dataset', values: 'record' },
    summary: 'one record in full: its fields, sources with quotes, and links both ways',
    options: ['paragraph', 'cite'],
    formats: ['table', 'text', 'tsv', 'csv', 'json', 'md'],
    examples: [
      'car-brief show tapi',
      'car-brief show Super Mushak',
      'car-brief show dg-isi-visit-turkmenistan-2024-07 --json',
      'car-brief show pak-car-analysis-2024 --paragraph 16',
      'car-brief show tapi-length-and-capacity --paragraph',
      'car-brief show tapi-length-and-capacity --cite md >> draft.md',
    ],
  },
  {
    name: 'fact',
    argument: '<query...>',
    argumentHelp: 'what you are looking for, e.g. "TAPI length", or a question: how many/when/who ...',
    summary: 'the best-matching claim as one line to paste: statement, kind, citation',
    options: ['quote', 'all', 'limit', 'figures', 'cite'],
    formats: ['text', 'md', 'tsv', 'csv', 'json'],
    defaults: TEXT,
    examples: [
      'car-brief fact TAPI length',
      'car-brief fact how many students left Kyrgyzstan --figures',
      'car-brief fact students Bishkek --quote',
      'car-brief fact JF-17 --all',
      'car-brief fact TAPI length --cite chicago',
      'car-brief fact TAPI length --format md >> draft.md',
    ],
  },
  {
    name: 'sources',
    argument: '[id-or-name...]',
    argumentHelp: 'a record: list the passages it cites (one per paragraph), not every source',
    summary:
      'the sources, or the passages a record cites; --format csl-json for Zotero or pandoc --citeproc; sources add adds one',
    options: [],
    formats: [...LIST_FORMATS, 'csl-json'],
    examples: [
      'car-brief sources',
      'car-brief sources --format csl-json > sources.json',
      'car-brief sources tapi-length-and-capacity --format csl-json',
      'car-brief sources add article.html --data my-data',
      'car-brief sources update rail-pact-2024 revised.html --data my-data',
    ],
    subcommands: [
      {
        name: 'add',
        argument: '<file>',
        argumentHelp:
          'plain text (.txt), Markdown (.md) or a web page saved as HTML (.html), or - for standard input',
        summary:
          "add a source to the dataset: its text kept in texts/ (one paragraph a line, verbatim; a web page's article only), its record appended to sources.yaml; prints the numbered paragraphs",
        options: [
          'sourceId',
          'title',
          'author',
          'publisher',
          'published',
          'inferred',
          'url',
          'sourceKind',
          'derivedFrom',
          'label',
          'notes',
        ],
        formats: ['text', 'tsv', 'json'],
        defaults: TEXT,
        examples: [
          'car-brief sources add notes.txt --data my-data --title "Rail pact signed" --published 2024-11-05',
          'car-brief sources add saved-page.html --data my-data',
          'cat notes.md | car-brief sources add - --data my-data --publisher Dawn --published 2024-11',
          'car-brief sources add wire.html --data my-data --derived-from reuters-rail-pact-2024',
        ],
      },
      {
        name: 'update',
        argument: '<source> <file>',
        argumentHelp: [
          'the id (or title) of the source whose text changed',
          'its new text: plain text (.txt), Markdown (.md) or a web page saved as HTML (.html), or - for standard input',
        ],
        values: { kind: 'dataset', values: 'source' },
        summary:
          're-anchor every citation of a source in its new text: exact, moved, changed (the close match, with its similarity) or orphaned; prints the plan, and writes only with --apply',
        options: ['apply', 'acceptChanged', 'dropOrphaned'],
        formats: ['text', 'table', 'tsv', 'json'],
        defaults: { people: 'text', piped: 'tsv' },
        examples: [
          'car-brief sources update rail-pact-2024 revised.html --data my-data',
          'car-brief sources update rail-pact-2024 revised.html --data my-data --apply',
          'car-brief sources update rail-pact-2024 revised.txt --data my-data --apply --accept-changed',
          'car-brief sources update rail-pact-2024 revised.txt --data my-data --json | jq \'.[] | select(.status == "orphaned")\'',
        ],
      },
    ],
  },
  {
    name: 'quote',
    argument: '[source] [words...]',
    argumentHelp: [
      'the id (or label, or title) of a source that has a text; left out, the latest source (the one sources add just added)',
      'the words you remember, in any case, with straight or curly quotes, any dashes and accents',
    ],
    values: { kind: 'dataset', values: 'source' },
    summary:
      'the passages of a source that best match the words you remember: ¶N and the exact verbatim span, ready to cite',
    options: ['limit'],
    formats: ['text', 'tsv', 'csv', 'json'],
    defaults: TEXT,
    examples: [
      'car-brief quote nobody paid yet   # the latest source (the one sources add just added)',
      'car-brief quote pak-car-analysis-2024 ashgabat tariff',
      'car-brief quote pak-car-analysis-2024 "Pakistan\'s Director General ISI"',
      'car-brief quote pak-car-analysis-2024 super mushak --json | jq -r ".[0].quote"',
    ],
  },
  {
    name: 'add',
    summary:
      'add a claim, event, actor or issue to a dataset of your own, or a citation to a record: written only when the whole dataset with it passes validate',
    options: [],
    formats: ['text'],
    defaults: TEXT,
    examples: [
      'car-brief add claim --data my-data   # on a terminal: a template in $EDITOR',
      'car-brief add citation dam-size --data my-data --source dam-wire-2024 --quote "3 bcm of water"',
    ],
    subcommands: [
      {
        name: 'claim',
        argument: '[statement...]',
        argumentHelp: 'the claim in your own words, one sentence, quoted or not (as --statement)',
        values: { kind: 'none' },
        summary: `add a claim: by flags (${requiredFlagsOf('claim')}), or with none on a terminal in $EDITOR; its quotes checked verbatim; prints its id`,
        options: addOptionsOf('claim'),
        formats: ['text', 'json'],
        defaults: TEXT,
        examples: [
          'car-brief add claim --data my-data',
          'car-brief add claim -k report -b "an engineer" -a ruritania -f "nobody yet" "Nobody has paid for the turbines yet."',
          'car-brief add claim --data my-data --statement "Ruritania and Elbonia signed a rail pact in 2024." --kind fact --about ruritania,elbonia --source rail-pact-signed-2024 --quote "signed the rail pact"',
          'car-brief add claim --data my-data --statement "The line is 240 km long." --kind fact --about rail-pact --figure "240 km: length of the line" --source rail-pact-signed-2024 --paragraph 2 --quote "240 km"',
        ],
      },
      {
        name: 'event',
        argument: '[title...]',
        argumentHelp: 'the title, in your own words (as --title)',
        values: { kind: 'none' },
        summary: `add an event (dated: EDTF), by flags (${requiredFlagsOf('event')}) or in $EDITOR; prints its id`,
        options: addOptionsOf('event'),
        formats: ['text', 'json'],
        defaults: TEXT,
        examples: [
          'car-brief add event --data my-data',
          'car-brief add event --data my-data --title "Rail pact signed" --date 2024-11-05 --status happened --type agreement --summary "Ruritania and Elbonia signed a rail pact." --country ruritania,elbonia --source rail-pact-signed-2024 --quote "signed the rail pact"',
        ],
      },
      {
        name: 'actor',
        argument: '[name...]',
        argumentHelp: 'the name to show (as --name)',
        values: { kind: 'none' },
        summary: `add an actor (a country, person, organisation, project…), by flags (${requiredFlagsOf('actor')}) or in $EDITOR; prints its id`,
        options: addOptionsOf('actor'),
        formats: ['text', 'json'],
        defaults: TEXT,
        examples: [
          'car-brief add actor --data my-data',
          'car-brief add actor --data my-data --name "Rail pact" --kind initiative --summary "A rail pact between Ruritania and Elbonia." --country ruritania --source rail-pact-signed-2024 --quote "the rail pact"',
        ],
      },
      {
        name: 'issue',
        argument: '[title...]',
        argumentHelp: 'the title, in your own words (as --title)',
        values: { kind: 'none' },
        summary: `add an issue (a standing problem or theme), by flags (${requiredFlagsOf('issue')}) or in $EDITOR; prints its id`,
        options: addOptionsOf('issue'),
        formats: ['text', 'json'],
        defaults: TEXT,
        examples: [
          'car-brief add issue --data my-data',
          'car-brief add issue --data my-data --title "Rail gauge dispute" --status open --summary "The two states disagree on the gauge." --country ruritania --source rail-pact-signed-2024 --quote "the gauge"',
        ],
      },
      {
        name: 'citation',
        argument: '<record>',
        argumentHelp: 'the claim, event, actor or issue to cite another passage for (its id, or a name)',
        values: { kind: 'dataset', values: 'record' },
        summary:
          'give a record another source (corroboration): a citation added to its sources, verbatim; prints its id',
        options: Object.values(CITATION_FLAGS),
        formats: ['text', 'json'],
        defaults: TEXT,
        examples: [
          'car-brief add citation dam-size --data my-data --source dawn-dam-2025 --quote "240 km upstream"',
          'car-brief add citation dam-size --data my-data --source dawn-dam-2025 --paragraph 3 --quote "3 bcm"',
          'car-brief add citation dam-size -f "240 km upstream"   # the latest source; the one span those words stand for',
        ],
      },
    ],
  },
  {
    name: 'actors',
    summary: 'people, organisations, countries, projects and weapon systems',
    options: ['country', 'actorKind', 'tag', 'limit', 'names'],
    formats: LIST_FORMATS,
    examples: ['car-brief actors --kind person', 'car-brief actors --country azerbaijan --format csv'],
  },
  {
    name: 'issues',
    summary: 'standing problems and themes, with their status',
    options: ['country', 'actor', 'tag', 'issueStatus', 'limit', 'names'],
    formats: LIST_FORMATS,
    examples: ['car-brief issues --country turkmenistan', 'car-brief issues --status stalled --json'],
  },
  {
    name: 'claims',
    summary: 'citable statements, each a fact, a report or an assessment',
    options: [
      'country',
      'actor',
      'issue',
      'claimKind',
      'tag',
      'attribution',
      'disagreements',
      'singleSource',
      'minSources',
      'claimSince',
      'claimUntil',
      'limit',
      'names',
      'cite',
      'figures',
    ],
    formats: [...LIST_FORMATS, 'text', 'md'],
    examples: [
      'car-brief claims --country uzbekistan',
      'car-brief claims --kind assessment --actor jf-17',
      'car-brief claims --disagreements',
      'car-brief claims --attribution media',
      'car-brief claims --single-source --country turkmenistan',
      'car-brief claims --since 2024-07 --until 2024-09',
      'car-brief claims --actor tapi --cite chicago',
      'car-brief claims --format tsv | cut -f2,3',
      'car-brief claims --names --format csv > claims.csv',
    ],
  },
  {
    name: 'check',
    argument: '[draft]',
    argumentHelp:
      'a Markdown or plain-text draft, or - to read it from standard input (read too when no draft is named and standard input is not a terminal)',
    summary:
      'check a draft against the dataset: figures and dates that disagree (exit 5), unsourced figures, statements firmer than their source; file:line:col: severity: message lines in a pipe, a table on a terminal',
    options: ['suggest'],
    formats: ['table', 'text', 'tsv', 'csv', 'json', 'md'],
    defaults: { people: 'table', piped: 'text' },
    examples: [
      'car-brief check examples/draft.md',
      'car-brief check < notes.txt',
      'car-brief check draft.md --json | jq ".findings[].message"',
      'car-brief check draft.md --suggest --format md',
    ],
  },
  {
    name: 'lsp',
    summary:
      "a language server for editors: check's findings as you type, the fact behind a name, figure or date on hover, footnotes to cite it (docs/editors.md)",
    options: ['stdio', 'clientProcessId'],
    // None: it speaks JSON-RPC to an editor on standard input and output.
    formats: [],
    examples: ['car-brief lsp --stdio', 'car-brief lsp --stdio --data ~/my-data'],
  },
  {
    name: 'validate',
    summary: 'check a dataset and print every problem as file:line:col: message (exit 3 if any)',
    options: ['coverage'],
    formats: ['text', 'json'],
    defaults: TEXT,
    examples: ['car-brief validate', 'car-brief validate --data ./my-data', 'car-brief validate --coverage'],
  },
  {
    name: 'changes',
    summary:
      'what changed in the dataset between two git revisions: records added, removed and changed, field by field, in words',
    options: ['revSince', 'revUntil'],
    formats: ['table', 'text', 'tsv', 'csv', 'json', 'ndjson', 'md'],
    examples: [
      'car-brief changes --data my-data',
      'car-brief changes --data my-data --since HEAD~5 --until HEAD',
      'car-brief changes --data my-data --since v1.0 --format md > CHANGES.md',
      'car-brief changes --data my-data --json | jq -r \'.[] | select(.change == "added") | .id\'',
    ],
  },
  {
    name: 'init',
    argument: '<dir>',
    argumentHelp: 'the directory to start the dataset in (made if missing; no file in it is overwritten)',
    summary:
      'start a dataset of your own: the five collection files, dataset.yaml, a texts/ folder and a README',
    options: ['withBuiltin'],
    formats: ['text', 'tsv', 'json'],
    defaults: TEXT,
    examples: [
      'car-brief init my-data',
      'car-brief init my-data --with-builtin',
      'car-brief validate --data my-data',
    ],
  },
  {
    name: 'export',
    argument: '[verb]',
    argumentHelp: 'what to write: sqlite (without it, the list of what car-brief exports)',
    values: { kind: 'none' },
    summary:
      'the dataset for other tools: export sqlite writes an SQLite file for Datasette or any SQLite client',
    options: [],
    formats: ['text'],
    defaults: TEXT,
    examples: ['car-brief export sqlite brief.db', 'datasette brief.db'],
    subcommands: [
      {
        name: 'sqlite',
        argument: '<file>',
        argumentHelp: 'the SQLite file to write (a new file; an existing one only with --force)',
        summary:
          'write the dataset to an SQLite file: a table per collection, citations with quotes, figures, links, support counts and a full-text index (FTS5), for Datasette or any SQLite client',
        options: ['force'],
        formats: ['text', 'json'],
        defaults: TEXT,
        examples: [
          'car-brief export sqlite brief.db',
          'car-brief export sqlite site/brief.db --data my-data --force',
          'datasette brief.db',
          `sqlite3 brief.db "select record_id, text from search where id in (select rowid from search_fts('pipeline'))"`,
        ],
      },
    ],
  },
  {
    name: 'completion',
    argument: '<shell>',
    argumentHelp: 'bash, zsh or fish',
    values: { kind: 'words', words: SHELL_WORDS },
    summary: 'print a completion script: commands, flags, formats, and names from the dataset in use',
    options: [],
    formats: ['text'],
    defaults: TEXT,
    examples: [
      'source <(car-brief completion bash)   # in ~/.bashrc',
      'source <(car-brief completion zsh)    # in ~/.zshrc, after compinit',
      'car-brief completion fish > ~/.config/fish/completions/car-brief.fish',
    ],
  },
  {
    // What git runs to merge a collection file by record id (docs/team.md): with
    // git config merge.car-brief.driver "car-brief merge-driver %O %A %B %P".
    name: 'merge-driver',
    argument: '<base> <ours> <theirs> [path]',
    argumentHelp: [
      "the common ancestor's version of the file (git's %O)",
      'our version (%A): the merged file is written over it',
      'their version (%B)',
      'the path of the file being merged, for messages (%P)',
    ],
    hidden: true,
    summary:
      'git merge driver: merge a collection file by record id (conflict markers and exit 7 where a field changed two ways)',
    options: [],
    formats: ['text'],
    defaults: TEXT,
    examples: [
      'git config merge.car-brief.driver "car-brief merge-driver %O %A %B %P"',
      "echo '*.yaml merge=car-brief' >> .gitattributes",
    ],
  },
  {
    // What the completion scripts call: car-brief __complete -- <words typed after car-brief>.
    name: COMPLETE_COMMAND,
    argument: '[words...]',
    hidden: true,
    summary: 'the candidates for the last of the words (for the completion scripts)',
    options: [],
    formats: ['text'],
    defaults: TEXT,
    examples: [],
  },
];

/** The formats of `help <topic>`: its text. */
export const HELP_FORMATS: FormatChoice = { formats: ['text'], defaults: TEXT };

/** A declared command with its full name: the noun and the verb for a subcommand ('sources add'). */
export interface DeclaredCommand {
  readonly fullName: string;
  readonly spec: CommandSpec;
}

/** Every declared command, subcommands included (each after its noun), by full name. */
export function allCommands(commands: readonly CommandSpec[] = COMMANDS, within = ''): DeclaredCommand[] {
  return commands.flatMap((spec) => {
    const fullName = within === '' ? spec.name : `${within} ${spec.name}`;
    return [{ fullName, spec }, ...allCommands(spec.subcommands ?? [], fullName)];
  });
}

/** The formats a command accepts, as it declares them (a subcommand by its full name: 'sources add'). */
export function formatsOf(name: string): FormatChoice {
  const found = allCommands().find((command) => command.fullName === name);
  if (!found) throw new Error(`no command is declared as ${name}`);
  return found.spec;
}
