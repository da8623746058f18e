import { Command } from 'commander';
import { ACTIONS } from './cli/actions.js';
import { commanderOption } from './cli/commander.js';
import { COMMANDS, type CommandSpec } from './spec/commands.js';
import { GLOBAL_OPTIONS, OPTIONS, longFlag } from './spec/options.js';
import type { Context } from './context.js';
import type { ColorMode } from './spec/formats.js';
import { escapeMessage } from './output/sanitize.js';
import { VERSION } from './version.js';
import { UsageError } from './errors.js';
import { didYouMean } from './model/suggest.js';
import { HELP_SUMMARY, HELP_TOPICS, HELP_TOPIC_NAMES } from './help/topics.js';

// Commander wiring and nothing else: the commands and options are declared as data in cli/,
// and what each command runs is in cli/actions.ts.

/** The global flags a Context is built from. */
export interface GlobalFlags {
  readonly color: ColorMode;
  /** false with --no-pager. */
  readonly pager: boolean;
}

/** Builds a Context once the global flags (--no-color, --no-pager) are known. */
export type ContextFactory = (flags: GlobalFlags) => Context;

/** Where commander writes help and its own error messages. */
export interface HelpStreams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/**
 * The car-brief program; actions run against contexts made by makeContext. Given the argv it
 * will parse, a command's options are added only if that command runs (or help is asked for):
 * declaring every option of every command costs more than many a lookup.
 */
export function buildProgram(
  makeContext: ContextFactory,
  streams: HelpStreams,
  argv?: readonly string[],
): Command {
  const eager = argv === undefined || argv.some((arg) => HELP_WORDS.includes(arg));
  const pending = new Map<Command, () => void>();
  // Set before the subcommands are added, which copy these settings: errors throw, never exit.
  const program = new Command('car-brief')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => streams.stdout.write(text),
      writeErr: (text) => streams.stderr.write(text),
      outputError: (text, write) => write(commanderMessage(text)),
    })
    .description(
      "Sourced briefs on Pakistan's relations with the Central Asian republics and their neighbours",
    )
    .version(VERSION, '-v, --version')
    .showSuggestionAfterError()
    .configureHelp({ showGlobalOptions: true })
    .addHelpText(
      'after',
      examples([
        'car-brief country uzbekistan',
        'car-brief fact TAPI length',
        'car-brief timeline --country turkmenistan',
      ]),
    );
  for (const option of GLOBAL_OPTIONS) program.addOption(commanderOption(option));
  // The Context of a command's run, from the global flags it was given.
  const contextOf = (cmd: Command) => {
    const options = cmd.optsWithGlobals<
      Record<string, unknown> & { color?: false | ColorMode; pager?: boolean }
    >();
    // --no-color is --color=never; neither given (undefined) is auto.
    const color =
      options.color === false ? 'never' : typeof options.color === 'string' ? options.color : 'auto';
    return { options, ctx: makeContext({ color, pager: options.pager !== false }) };
  };

  const addPending = (command: Command) => {
    pending.get(command)?.();
    pending.delete(command);
  };
  // A command, and the verbs under it (sources add), each wired from its declaration.
  const addCommand = (parent: Command, spec: CommandSpec, fullName: string) => {
    const command = parent
      .command(spec.name, { hidden: spec.hidden === true })
      .description(spec.summary)
      .addHelpText('after', formatsHelp(spec) + examples(spec.examples));
    for (const alias of spec.aliases ?? []) command.alias(alias);
    argumentsOf(spec).forEach(([name, help]) => command.argument(name, help));
    const addOptions = () =>
      spec.options.forEach((name) => command.addOption(commanderOption(OPTIONS[name])));
    const action = ACTIONS[fullName]!;
    if (eager) addOptions();
    else pending.set(command, addOptions);
    command.action(async (...params: unknown[]) => {
      const cmd = params[params.length - 1] as Command;
      const { options, ctx } = contextOf(cmd);
      await action({ args: cmd.args, options }, ctx);
    });
    for (const sub of spec.subcommands ?? []) addCommand(command, sub, `${fullName} ${sub.name}`);
    // (commander calls a command's own hooks only, when it dispatches to one of its subcommands)
    if (spec.subcommands) command.hook('preSubcommand', (_command, sub) => addPending(sub));
  };
  for (const spec of COMMANDS) addCommand(program, spec, spec.name);
  addHelpCommand(program, contextOf, addPending);
  program.hook('preSubcommand', (_program, command) => addPending(command));
  return program;
}

// Each argument of a command with what it says: one, or several ('<source> <words...>').
function argumentsOf(spec: CommandSpec): [name: string, help: string | undefined][] {
  if (!spec.argument) return [];
  const names = spec.argument.split(' ');
  const help = spec.argumentHelp;
  return names.map((name, i) => [name, typeof help === 'string' || help === undefined ? help : help[i]]);
}

const HELP_WORDS = ['help', '--help', '-h'];

/**
 * `help [command|topic]` in place of commander's own: a command's help as commander prints it
 * (as `car-brief <command> --help`), or a topic's text (help/topics.ts).
 */
function addHelpCommand(
  program: Command,
  contextOf: (cmd: Command) => { options: Record<string, unknown>; ctx: Context },
  addOptions: (command: Command) => void,
): void {
  program.helpCommand(false);
  program
    .command('help')
    .argument('[command|topic]')
    .argument('[verb]') // a subcommand: help sources add
    .description(HELP_SUMMARY)
    .action(async (name: string | undefined, verb: string | undefined, _options: unknown, cmd: Command) => {
      if (name === undefined) program.help(); // throws (exitOverride): exit 0
      // A topic that is also a command (check) explains more than the command's option list.
      const topic = verb === undefined ? HELP_TOPICS.find((t) => t.name === name) : undefined;
      const command = findCommand(program, name);
      if (!command && verb !== undefined)
        throw new UsageError(`${name} is a help topic, with no verbs: car-brief help ${name}`);
      if (command && verb !== undefined) {
        const sub = findCommand(command, verb);
        if (!sub) {
          const verbs = command.commands.map((c) => c.name());
          const known = verbs.length > 0 ? `; its verbs: ${verbs.join(', ')}` : '';
          throw new UsageError(`${name} has no verb '${verb}'${didYouMean(verb, verbs)}${known}`);
        }
        addOptions(command);
        addOptions(sub);
        sub.help();
      }
      if (command && !topic) {
        addOptions(command);
        command.help();
      }
      if (!topic) return; // (checkHelpTopic lets no other name through)
      const { runHelpTopic } = await import('./commands/help.js');
      const { options, ctx } = contextOf(cmd);
      await runHelpTopic(topic, options, ctx);
    });
}

function findCommand(parent: Command, name: string): Command | undefined {
  return parent.commands.find((c) => c.name() === name || c.aliases().includes(name));
}

/**
 * Help asked for a command that does not exist (`car-brief bogus --help`, `car-brief help bogus`):
 * commander would print the general help and exit 0 (or 2 without a word of why). A usage error
 * says which name is unknown instead.
 */
export function checkHelpTopic(argv: readonly string[]): void {
  if (!argv.some((arg) => HELP_WORDS.includes(arg))) return;
  const takesValue = new Set(GLOBAL_OPTIONS.filter((option) => option.flags.includes('<')).map(longFlag));
  const positionals: string[] = [];
  for (let i = 0; i < argv.length && positionals.length < 2; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg.startsWith('-')) {
      if (takesValue.has(arg)) i++; // its value
      continue;
    }
    positionals.push(arg);
  }
  const topic = positionals[0] === 'help' ? positionals[1] : positionals[0];
  if (topic === undefined || topic === 'help' || COMMANDS.some((spec) => spec.name === topic)) return;
  const commands = COMMANDS.filter((spec) => !spec.hidden).flatMap((spec) => [
    spec.name,
    ...(spec.aliases ?? []),
  ]);
  if (commands.includes(topic)) return;
  if (positionals[0] === 'help' && HELP_TOPIC_NAMES.includes(topic)) return;
  // After help, a topic is as good as a command.
  const [what, names, lists] =
    positionals[0] === 'help'
      ? ['command or help topic', [...commands, ...HELP_TOPIC_NAMES], 'them']
      : ['command', commands, 'the commands'];
  throw new UsageError(
    `unknown ${what} '${topic}'${didYouMean(topic, names)}; car-brief --help lists ${lists}`,
  );
}

// Commander's error messages quote what was typed ("error: unknown command '…'"), sometimes with
// a suggestion on a line of its own. They are said as car-brief's own are: one line, starting
// "car-brief:", what was typed escaped, and the suggestion (one of car-brief's own names) after it.
const SUGGESTION = /\n\(Did you mean ([-\w ,]+)\?\)$/;

function commanderMessage(text: string): string {
  const message = (text.endsWith('\n') ? text.slice(0, -1) : text).replace(/^error: /, '');
  const suggestion = SUGGESTION.exec(message);
  const said = suggestion ? message.slice(0, suggestion.index) : message;
  return `car-brief: ${escapeMessage(said)}${suggestion ? ` (did you mean ${suggestion[1]}?)` : ''}\n`;
}

function examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

// The formats a command accepts, and its default, as its declaration says.
function formatsHelp(spec: CommandSpec): string {
  if (spec.formats.length === 0) return ''; // (lsp: it speaks to an editor, in no format of ours)
  const { people, piped } = spec.defaults ?? { people: 'table', piped: 'tsv' };
  const defaults =
    people === piped ? `default: ${people}` : `default: ${people} on a terminal, ${piped} in a pipe`;
  return `\nFormats (--format):\n  ${spec.formats.join(', ')}\n  (${defaults})\n`;
}
