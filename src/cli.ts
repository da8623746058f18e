import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { CommonOptions, Context } from './context.js';
import { FORMATS, type Format } from './output/render.js';

// The command registry: commander wiring and nothing else. Each action normalises its
// options and lazily imports its command, which does the work.

/** Builds a Context once the global flags (--no-color) are known. */
export type ContextFactory = (flags: { color: boolean }) => Context;

/** Where commander writes help and its own error messages. */
export interface HelpStreams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

const VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** The car-brief program; actions run against contexts made by makeContext. */
export function buildProgram(makeContext: ContextFactory, streams: HelpStreams): Command {
  // Set before the subcommands are added, which copy these settings: errors throw, never exit.
  const program = new Command('car-brief')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => streams.stdout.write(text),
      writeErr: (text) => streams.stderr.write(text),
    })
    .description(
      "Sourced briefs on Pakistan's relations with the Central Asian republics and their neighbours",
    )
    .version(VERSION, '-V, --version')
    .option('--data <dir>', 'dataset directory (default: $CAR_BRIEF_DATA, else the built-in data)')
    .addOption(
      new Option(
        '--format <format>',
        `output format: ${FORMATS.join(', ')} (default: table on a terminal, tsv in a pipe)`,
      ).argParser(parseFormat),
    )
    .option('--json', 'shorthand for --format json')
    .option('--no-header', 'omit the header row of tsv and csv output')
    .option('--no-color', 'never colour the output (NO_COLOR and TERM=dumb work too)')
    .showSuggestionAfterError()
    .configureHelp({ showGlobalOptions: true })
    .addHelpText(
      'after',
      examples([
        'car-brief country uzbekistan',
        'car-brief countries --format csv',
        'car-brief validate --data ./my-data',
      ]),
    );

  const run = (cmd: Command): { options: CommonOptions & Record<string, unknown>; ctx: Context } => {
    const options = cmd.optsWithGlobals<CommonOptions & { color: boolean } & Record<string, unknown>>();
    return { options, ctx: makeContext({ color: options.color }) };
  };

  program
    .command('country')
    .description('one-screen brief on a country: relations, issues, events, people, key figures, sources')
    .argument('<name>', 'id, name, alias, ISO code or capital, any case (e.g. uzbekistan, UZ, uzb, tashkent)')
    .addHelpText(
      'after',
      examples([
        'car-brief country uzbekistan',
        'car-brief country "Kyrgyz Republic" --json | jq .events',
        "car-brief country tashkent --format tsv | awk -F'\\t' '$2 == \"event\"'",
      ]),
    )
    .action(async (name: string, _opts, cmd: Command) => {
      const { options, ctx } = run(cmd);
      const { runCountry } = await import('./commands/country.js');
      runCountry({ ...options, name }, ctx);
    });

  program
    .command('countries')
    .description('every country in the data, with counts of events, issues and claims')
    .addHelpText('after', examples(['car-brief countries', 'car-brief countries --format tsv | cut -f2,7-9']))
    .action(async (_opts, cmd: Command) => {
      const { options, ctx } = run(cmd);
      const { runCountries } = await import('./commands/countries.js');
      runCountries(options, ctx);
    });

  program
    .command('validate')
    .description('check a dataset and print every problem as file:line:col: message (exit 3 if any)')
    .option('--coverage', 'also report how many sentences of each source text the quotes cover')
    .addHelpText(
      'after',
      examples([
        'car-brief validate',
        'car-brief validate --data ./my-data',
        'car-brief validate --coverage',
        'CAR_BRIEF_DATA=./my-data car-brief validate --json',
      ]),
    )
    .action(async (_opts, cmd: Command) => {
      const { options, ctx } = run(cmd);
      const { runValidate } = await import('./commands/validate.js');
      runValidate(options, ctx);
    });

  return program;
}

function parseFormat(value: string): Format {
  const format = value.toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format))
    throw new InvalidArgumentError(`use one of: ${FORMATS.join(', ')}`);
  return format as Format;
}

function examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}
