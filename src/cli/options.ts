import { InvalidArgumentError, Option } from 'commander';
import { COLOR_MODES } from '../output/io.js';
import { FORMATS, type Format } from '../output/render.js';
import { CITE_STYLES } from '../views/cite/fact-cite.js';

// Every option, declared once. Commands pick theirs by name (see commands.ts).

// Appends in place: a copy each time would make thousands of repeated flags cost quadratic time.
const collect = (value: string, previous?: string[]) => {
  if (!previous) return [value];
  previous.push(value);
  return previous;
};

/** The options every command takes. */
export const GLOBAL_OPTIONS: readonly Option[] = [
  new Option('--data <dir>', 'dataset directory (default: $CAR_BRIEF_DATA, else the built-in data)'),
  new Option(
    '--format <format>',
    `output format: ${FORMATS.join(', ')} (default: table on a terminal, tsv in a pipe)`,
  ).argParser(parseFormat),
  new Option('--json', 'shorthand for --format json'),
  new Option('--no-header', 'omit the header row of tsv and csv output'),
  new Option(
    '--csv-raw',
    "csv cells exactly as in the data: no ' before a cell starting with = + - @ (see README, Safety)",
  ),
  new Option('--bom', 'start csv or tsv output with a UTF-8 byte order mark, so Excel reads ¶ and – rightly'),
  new Option('--color <when>', 'colour: always, never or auto (default: auto, on a terminal)').choices(
    COLOR_MODES,
  ),
  new Option('--no-color', 'never colour the output (NO_COLOR, CLICOLOR=0 and TERM=dumb work too)'),
  new Option(
    '--no-pager',
    'print long output instead of paging it ($CAR_BRIEF_PAGER, else $PAGER, else less -FRX)',
  ),
  new Option(
    '--no-cache',
    'neither read nor write the compiled-dataset cache (CAR_BRIEF_NO_CACHE=1 works too)',
  ),
];

/** Filters and switches, by name; a command lists the ones it takes. */
export const OPTIONS = {
  country: () =>
    new Option(
      '--country <name>',
      'only this country (name, ISO code or capital); repeat or comma-separate',
    ).argParser(collect),
  actor: () =>
    new Option(
      '--actor <name>',
      'only records naming this actor (id, name, alias or surname); repeatable',
    ).argParser(collect),
  issue: () =>
    new Option(
      '--issue <name>',
      'only records bearing on this issue (id, or words of its title); repeatable',
    ).argParser(collect),
  tag: () => new Option('--tag <tag>', 'only records with this tag; repeatable').argParser(collect),
  eventType: () =>
    new Option(
      '--type <type>',
      'only this event type (visit, agreement, sale, delivery, ...); repeatable',
    ).argParser(collect),
  recordType: () =>
    new Option(
      '--type <type>',
      'only this record type: actor, event, issue, claim, source; repeatable',
    ).argParser(collect),
  actorKind: () =>
    new Option('--kind <kind>', 'only this kind (country, person, organisation, ...); repeatable').argParser(
      collect,
    ),
  claimKind: () =>
    new Option('--kind <kind>', 'only this kind: fact, report, assessment; repeatable').argParser(collect),
  eventStatus: () =>
    new Option('--status <status>', 'only happened, planned or ongoing events; repeatable').argParser(
      collect,
    ),
  issueStatus: () =>
    new Option('--status <status>', 'only open, stalled or resolved issues; repeatable').argParser(collect),
  since: () =>
    new Option('--since <date>', 'only what overlaps this date or later (2024, 2024-07, 2024-07-10)'),
  until: () => new Option('--until <date>', 'only what overlaps this date or earlier'),
  limit: () => new Option('--limit <n>', 'at most n results'),
  full: () =>
    new Option('--full', 'the whole brief on a terminal too, not the one-screen cut (pipes always get it)'),
  coverage: () =>
    new Option('--coverage', 'also report how many sentences of each source text the quotes cover'),
  quote: () => new Option('--quote', "print the claim's verbatim quote and citation instead"),
  all: () => new Option('--all', 'print the best few claims, not just the best'),
  figures: () => new Option('--figures', "add the claim's figures in [brackets] after its statement"),
  withBuiltin: () =>
    new Option('--with-builtin', "start with a copy of car-brief's built-in data instead of empty files"),
  cite: () =>
    new Option(
      '--cite <style>',
      'how the line cites: plain (default), md (a footnote), chicago (a note)',
    ).choices(CITE_STYLES),
  chart: () =>
    new Option(
      '--chart',
      'draw the events: a lane per country, time left to right, fitted to the terminal (--format chart)',
    ),
  paragraph: () =>
    new Option(
      '--paragraph [n]',
      "print source text: a source's paragraph n, or the paragraphs a record cites (only n, if given)",
    ),
} as const;
export type OptionName = keyof typeof OPTIONS;

function parseFormat(value: string): Format {
  const format = value.toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format))
    throw new InvalidArgumentError(`use one of: ${FORMATS.join(', ')}`);
  return format as Format;
}
