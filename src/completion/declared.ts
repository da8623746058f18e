// What the completer knows about the command line, read from the declarations in cli/: every
// command, its argument, its options and formats, and the global options. A command or flag
// declared there completes without a change here.
import { COMMANDS, type CommandSpec } from '../spec/commands.js';
import { GLOBAL_OPTIONS, OPTIONS, longFlag, type OptionDeclaration } from '../spec/options.js';
import type { Format } from '../spec/formats.js';
import type { ArgumentValues } from '../spec/values.js';

/** An option as the completer sees it. */
export interface CompletionOption {
  readonly long: string;
  /** Its one-letter form, if it has one (-k of -k, --kind): read when typed, not offered. */
  readonly short?: string;
  readonly description: string;
  /** It takes a value (--country <name>); required: the next word is that value. */
  readonly value: 'none' | 'optional' | 'required';
  /** What that value completes to. */
  readonly values: ArgumentValues;
}

/** A command as the completer sees it. */
export interface CompletionCommand {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly summary: string;
  /** What its argument takes, if it has one. */
  readonly argument?: ArgumentValues;
  readonly options: readonly CompletionOption[];
  /** The formats it accepts (what --format completes to after it). */
  readonly formats: readonly Format[];
  /** The verbs under it (sources add), offered where its first argument goes. */
  readonly subcommands?: readonly CompletionCommand[];
}

/** Every command, help included (commander adds help; its topics are declared in help/). */
export function completionCommands(help: CompletionCommand): CompletionCommand[] {
  return [...COMMANDS.filter((spec) => !spec.hidden).map(completionCommand), help];
}

// A declared command (and its verbs) as the completer sees it.
function completionCommand(spec: CommandSpec): CompletionCommand {
  return {
    name: spec.name,
    aliases: spec.aliases ?? [],
    summary: spec.summary,
    ...(spec.argument ? { argument: spec.values ?? valuesOfPlaceholder(spec.argument) } : {}),
    options: spec.options.map((name) => completionOption(OPTIONS[name])),
    formats: spec.formats,
    ...(spec.subcommands
      ? { subcommands: spec.subcommands.filter((sub) => !sub.hidden).map(completionCommand) }
      : {}),
  };
}

/** The global options. */
export const completionGlobals: readonly CompletionOption[] = GLOBAL_OPTIONS.map(completionOption);

/** A declared option as the completer sees it. */
export function completionOption(option: OptionDeclaration): CompletionOption {
  const value = option.flags.includes('<') ? 'required' : option.flags.includes('[') ? 'optional' : 'none';
  const words = (list: readonly string[]): ArgumentValues => ({
    kind: 'words',
    words: list.map((word) => [word, ''] as const),
  });
  const values = option.values ?? (option.choices ? words(option.choices) : { kind: 'none' as const });
  const short = /^-\w\b/.exec(option.flags)?.[0];
  return {
    long: longFlag(option),
    ...(short !== undefined ? { short } : {}),
    description: option.description,
    value,
    values,
  };
}

// An argument that declares no values is read by its placeholder: <dir> takes a directory, <file>
// or <draft> a file; anything else (a query) completes nothing.
function valuesOfPlaceholder(argument: string): ArgumentValues {
  if (/\bdir/.test(argument)) return { kind: 'dirs' };
  if (/\b(file|draft|path)/.test(argument)) return { kind: 'files' };
  return { kind: 'none' };
}
