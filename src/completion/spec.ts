// What the completer knows about the command line, read from the declarations in cli/: every
// command, its argument and its options, and the global options. A command or flag declared
// there completes without a change here.
import type { Option } from 'commander';
import { COMMANDS } from '../cli/commands.js';
import { GLOBAL_OPTIONS, OPTIONS, type OptionName } from '../cli/options.js';
import type { ArgumentValues } from './kinds.js';

/** A command as the completer sees it. */
export interface CompletionCommand {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly summary: string;
  /** What its argument takes, if it has one. */
  readonly argument?: ArgumentValues;
  /** Its own options, each with the name it is declared under. */
  readonly options: readonly (readonly [Option, OptionName])[];
}

/** Every command, help included (commander adds help; its topics are declared in help/). */
export function completionCommands(help: CompletionCommand): CompletionCommand[] {
  const commands = COMMANDS.filter((spec) => !spec.hidden).map((spec): CompletionCommand => ({
    name: spec.name,
    aliases: spec.aliases ?? [],
    summary: spec.summary,
    ...(spec.argument ? { argument: spec.values ?? valuesOfPlaceholder(spec.argument) } : {}),
    options: spec.options.map((name) => [OPTIONS[name](), name] as const),
  }));
  return [...commands, help];
}

/** The global options. */
export const completionGlobals: readonly Option[] = GLOBAL_OPTIONS;

// An argument that declares no values is read by its placeholder: <dir> takes a directory, <file>
// or <draft> a file; anything else (a query) completes nothing.
function valuesOfPlaceholder(argument: string): ArgumentValues {
  if (/\bdir/.test(argument)) return { kind: 'dirs' };
  if (/\b(file|draft|path)/.test(argument)) return { kind: 'files' };
  return { kind: 'none' };
}
