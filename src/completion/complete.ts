import type { Option } from 'commander';
import type { OptionName } from '../cli/options.js';
import type { ArgumentValues, DatasetValues } from './kinds.js';
import { optionValues } from './option-values.js';
import type { CompletionCommand } from './spec.js';

// The completer: given the words typed after "car-brief" (the last one being completed, maybe
// empty), what could come next. Pure: the dataset's names come from a function it is given.

/** One thing the shell may offer: the word, and a short description for shells that show one. */
export interface Candidate {
  readonly value: string;
  readonly description: string;
  /** Another name of a record offered by id: offered only when a begun word matches no id. */
  readonly alias?: boolean;
}

/** The answer: words to offer, or paths, which the shell completes itself. */
export type Completion =
  | { readonly kind: 'words'; readonly candidates: readonly Candidate[] }
  | { readonly kind: 'files' }
  | { readonly kind: 'dirs' };

/** Where the completer finds what it offers. */
export interface CompletionSources {
  readonly commands: readonly CompletionCommand[];
  readonly globals: readonly Option[];
  /** Names from the dataset in use (--data, if typed, names it). */
  readonly dataset: (values: DatasetValues, dataDir: string | undefined) => Promise<readonly Candidate[]>;
}

interface Typed {
  command?: CompletionCommand;
  /** An unknown word where a command should be: nothing can be completed after it. */
  lost: boolean;
  /** The option whose value is being typed. */
  awaiting?: { option: Option; name?: OptionName };
  positionals: number;
  dataDir?: string;
  afterDashes: boolean;
}

/** What may come next after words (the last being the word under the cursor). */
export async function complete(words: readonly string[], sources: CompletionSources): Promise<Completion> {
  const current = words.length > 0 ? words[words.length - 1]! : '';
  const typed = readTyped(words.slice(0, -1), sources);
  if (typed.lost) return none();
  const options = optionsOf(typed.command, sources.globals);
  const valuesOf = (values: ArgumentValues, prefix: string, before = '') =>
    offer(values, prefix, typed.dataDir, sources, before);

  if (typed.awaiting) return valuesOf(optionValues(typed.awaiting.option, typed.awaiting.name), current);
  if (!typed.afterDashes && current.startsWith('-')) {
    const eq = current.indexOf('=');
    if (eq > 0) {
      const found = options.find(([option]) => option.long === current.slice(0, eq));
      if (!found || !takesValue(found[0])) return none();
      return valuesOf(optionValues(found[0], found[1]), current.slice(eq + 1), current.slice(0, eq + 1));
    }
    return matching(flagCandidates(options), current);
  }
  if (!typed.command) {
    const names = sources.commands.map((command) => ({ value: command.name, description: command.summary }));
    return matching(names, current);
  }
  const argument = typed.command.argument;
  const takesMore =
    argument !== undefined &&
    (typed.positionals === 0 || (argument.kind === 'dataset' && argument.values === 'countries'));
  if (takesMore) return valuesOf(argument, current);
  // Nothing more to name: the flags, if the word could become one.
  return current === '' ? matching(flagCandidates(options), current) : none();
}

// Reads what has been typed before the current word: the command, the option awaiting a value,
// how many arguments, and --data.
function readTyped(before: readonly string[], sources: CompletionSources): Typed {
  const typed: Typed = { lost: false, positionals: 0, afterDashes: false };
  for (const word of before) {
    if (typed.awaiting) {
      if (typed.awaiting.option.long === '--data') typed.dataDir = word;
      delete typed.awaiting;
      continue;
    }
    if (!typed.afterDashes && word === '--') {
      typed.afterDashes = true;
      continue;
    }
    if (!typed.afterDashes && word.startsWith('-') && word !== '-') {
      const eq = word.indexOf('=');
      const flag = eq > 0 ? word.slice(0, eq) : word;
      const found = optionsOf(typed.command, sources.globals).find(
        ([option]) => option.long === flag || option.short === flag,
      );
      if (flag === '--data' && eq > 0) typed.dataDir = word.slice(eq + 1);
      if (found && eq < 0 && found[0].required) typed.awaiting = { option: found[0], ...named(found[1]) };
      continue;
    }
    if (typed.command) typed.positionals++;
    else {
      const command = sources.commands.find((c) => c.name === word || c.aliases.includes(word));
      if (command) typed.command = command;
      else typed.lost = true;
    }
  }
  return typed;
}

const named = (name: OptionName | undefined) => (name ? { name } : {});

function optionsOf(
  command: CompletionCommand | undefined,
  globals: readonly Option[],
): (readonly [Option, OptionName | undefined])[] {
  return [...(command?.options ?? []), ...globals.map((option) => [option, undefined] as const)];
}

function takesValue(option: Option): boolean {
  return option.required || option.optional;
}

function flagCandidates(options: readonly (readonly [Option, OptionName | undefined])[]): Candidate[] {
  return options.flatMap(([option]) =>
    option.long && !option.hidden ? [{ value: option.long, description: option.description }] : [],
  );
}

async function offer(
  values: ArgumentValues,
  prefix: string,
  dataDir: string | undefined,
  sources: CompletionSources,
  before: string,
): Promise<Completion> {
  switch (values.kind) {
    case 'files':
    case 'dirs':
      // A path after --data= is still the shell's to complete; it is given the part after "=".
      return { kind: values.kind };
    case 'none':
      return none();
    case 'words': {
      const list = values.words.map(([value, description]) => ({ value, description }));
      return matching(list, prefix, before);
    }
    case 'dataset':
      return matching(await sources.dataset(values.values, dataDir), prefix, before);
  }
}

// The candidates that start with what was typed (in any case), each word once; other names
// (aliases) only where no id does; before: what precedes the value in the same word (--format=).
function matching(candidates: readonly Candidate[], prefix: string, before = ''): Completion {
  const lower = prefix.toLowerCase();
  const starts = (candidate: Candidate) => candidate.value.toLowerCase().startsWith(lower);
  const aliases = lower !== '' && !candidates.some((candidate) => !candidate.alias && starts(candidate));
  const seen = new Set<string>();
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const key = candidate.value.toLowerCase();
    if (!starts(candidate) || seen.has(key) || (candidate.alias && !aliases)) continue;
    seen.add(key);
    kept.push({ value: before + candidate.value, description: candidate.description });
  }
  return { kind: 'words', candidates: kept };
}

function none(): Completion {
  return { kind: 'words', candidates: [] };
}
