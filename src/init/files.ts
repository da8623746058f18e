import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COLLECTION_NAMES, DATASET_FILE_NAMES, type CollectionName } from '../model/vocabulary.js';
import { BUILTIN_DATA, SCHEMA_DIR } from '../paths.js';

// The files `car-brief init` writes: what a new dataset starts with.

/** A file to write, by its path inside the new dataset ('/' between folders). */
export interface PlannedFile {
  readonly path: string;
  readonly content: string | Buffer;
}

/** The folders of a new dataset besides its root. */
export const INIT_FOLDERS = ['texts'] as const;

/** The files of a new dataset: a dataset file and empty collections, or a copy of the built-in data. */
export function plannedFiles(withBuiltin: boolean): PlannedFile[] {
  const datasetFile = {
    path: DATASET_FILE_NAMES[0],
    content: withBuiltin ? withSchemaComment('dataset', 'dataset.yaml') : DATASET_FILE,
  };
  const collections = COLLECTION_NAMES.map((name) => ({
    path: `${name}.yaml`,
    content: withBuiltin ? builtinCollection(name) : emptyCollection(name),
  }));
  const texts = withBuiltin
    ? readdirSync(join(BUILTIN_DATA, 'texts')).map((name) => ({
        path: `texts/${name}`,
        content: readFileSync(join(BUILTIN_DATA, 'texts', name)),
      }))
    : [];
  return [
    datasetFile,
    ...collections,
    ...texts,
    { path: 'README.md', content: README },
    { path: '.gitattributes', content: GIT_ATTRIBUTES },
  ];
}

/** The comment that tells an editor's YAML language server which schema a file follows. */
export function schemaComment(name: CollectionName | 'dataset'): string {
  const path = join(SCHEMA_DIR, `${name}.schema.json`);
  // A path with a space would end the comment's value there: such a path goes as a file URL.
  return `# yaml-language-server: $schema=${/\s/.test(path) ? pathToFileURL(path).href : path}`;
}

// A built-in data file, its schema comment pointing at the installed schemas (the built-in
// files point at them relatively, which a copy elsewhere cannot).
function builtinCollection(name: CollectionName): string {
  return withSchemaComment(name, `${name}.yaml`);
}

function withSchemaComment(schema: CollectionName | 'dataset', file: string): string {
  const text = readFileSync(join(BUILTIN_DATA, file), 'utf8');
  const lines = text.split('\n');
  if (lines[0]?.startsWith('# yaml-language-server:')) lines.shift();
  return [schemaComment(schema), ...lines].join('\n');
}

// The dataset file of a new dataset: every field commented out, so that it says nothing (and
// validates) until the user fills it in.
const DATASET_FILE = `${schemaComment('dataset')}
# What this dataset is. Every field is optional, and the values are examples
# (car-brief help data explains them):
# title: Pakistan and the Central Asian republics
# description: What the dataset holds and where it comes from, in your own words.
#
# The id of the country whose relations the dataset is about: its country command
# shows one row per partner, and the timeline chart gives it no lane of its own.
# Without it, car-brief infers the country from the events and issues.
# perspective: pakistan
#
# settings:
#   as_of: 2024-12-31      # answer as of this date, not today (2024, 2024-12 or 2024-12-31)
#   stale_after:           # ISO 8601 durations: P90D, P2W, P6M, P1Y
#     planned: P3M         # a planned event, this long after its window has passed
#     ongoing: P1Y         # an ongoing event, its outcome pending, this long after its date
#     issue: P1Y           # an open or stalled issue with nothing dated this recent
#   windows:               # what a plan's words give it, from the end of its date
#     near_future: P6M     # "in the near future"
#     coming_months: P6M   # "in the coming months"
#     next_year: P1Y       # "next year": from the end of its year
#     unstated: P1Y        # an open end (2024-07/..) and no such words
`;

const EXAMPLES: Record<CollectionName, string> = {
  sources: `# - id: my-source-2024          # a stable kebab-case id, never reused
#   kind: article               # article, report, book, speech, dataset, web-page, other
#   label: How citations name it
#   title: The article's title  # null when untitled
#   author: null
#   publisher: null
#   published: 2024-09          # EDTF
#   published_basis: stated     # stated, or inferred
#   # text: texts/my-source-2024.txt   # its text, one paragraph a line: every quote is then checked against it
# (car-brief sources add FILE --data DIR writes a source's record and its text for you.)`,
  actors: `# - id: uzbekistan
#   kind: country               # country, person, organisation, armed-group, project, ...
#   name: Uzbekistan
#   iso2: UZ                    # a country's ISO 3166 codes and capital
#   iso3: UZB
#   capital: Tashkent
#   aliases: [Tashkent]
#   summary: In your own words.
#   sources:
#     - { source: my-source-2024, paragraph: 3, quote: "the shortest verbatim span" }`,
  events: `# - id: a-visit-2024-07
#   date: 2024-07-10/2024-07-11 # EDTF
#   date_basis: stated          # or inferred, with a date_note saying how
#   status: happened            # happened, planned, ongoing
#   type: visit
#   title: Who visited where
#   summary: In your own words.
#   countries: [uzbekistan]
#   sources:
#     - { source: my-source-2024, paragraph: 2, quote: "visited Tashkent on July 10-11" }`,
  issues: `# - id: an-open-question
#   title: A standing problem or theme
#   status: open                # open, stalled, resolved
#   countries: [uzbekistan]
#   summary: In your own words.
#   sources:
#     - { source: my-source-2024, paragraph: 5, quote: "the shortest verbatim span" }`,
  claims: `# - id: a-citable-statement
#   about: [uzbekistan]
#   statement: One statement, in your own words.
#   kind: fact                  # fact, report (someone reports it), assessment (a judgement)
#   sources:
#     - { source: my-source-2024, paragraph: 7, quote: "the shortest verbatim span" }`,
};

function emptyCollection(name: CollectionName): string {
  return [
    schemaComment(name),
    `# ${name}: add records below (see README.md and car-brief help data). For example:`,
    EXAMPLES[name],
    '[]',
    '',
  ].join('\n');
}

// Kept in git by a team, collection files merge by record id (docs/team.md) once each clone
// names the driver; until then git merges them as text, as it would without this file.
const GIT_ATTRIBUTES = `# Merge the collection files by record id, not as lines of text, once git knows the driver:
#   git config merge.car-brief.driver "car-brief merge-driver %O %A %B %P"
*.yaml merge=car-brief
`;

const README = `# A car-brief dataset

Five YAML files, one per collection: \`sources\`, \`actors\`, \`events\`, \`issues\` and
\`claims\`; and \`dataset.yaml\`, which says what the dataset is: its title, and the country
whose relations it is about (its \`perspective\`). Every record cites its source with a verbatim quote:
\`sources: [{source: <id>, paragraph: N, quote: "..."}]\`. Put each source's text in
\`texts/\` (one paragraph a line) and name it in the source's \`text\` field, and car-brief
checks every quote against it.

The first line of each file names its JSON Schema, so an editor with the YAML language
server checks records as you type. \`car-brief help data\` and \`car-brief help dates\`
explain the format.

    car-brief validate --data .        # every problem as file:line:col
    car-brief --data . countries       # or: export CAR_BRIEF_DATA=$PWD
`;
