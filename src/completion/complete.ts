import type { ArgumentValues, Candidate, Completion, DatasetValues } from '../spec/values.js';
import { FORMATS } from '../spec/formats.js';
import type { CompletionCommand, CompletionOption } from './declared.js';

// The completer: given the words typed after "car-brief" (the last one being completed, maybe
// empty), what could come next. Pure: the dataset's names come from a function it is given.

/** Where the completer finds what it offers. */
export interface CompletionSources {
  readonly commands: readonly CompletionCommand[];
  readonly globals: readonly CompletionOption[];
  /** Names from the dataset in use (--data, if typed, names it). */
  readonly dataset: (values: DatasetValues, dataDir: string | undefined) => Promise<readonly Candidate[]>;
}

interface Typed {
  command?: CompletionCommand;
  /** An unknown word where a command should be: nothing can be completed after it. */
  lost: boolean;
  /** The option whose value is being typed. */
  awaiting?: CompletionOption;
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
    offer(formatsFor(values, typed.command), prefix, typed.dataDir, sources, before);

  if (typed.awaiting) return valuesOf(typed.awaiting.values, current);
  if (!typed.afterDashes && current.startsWith('-')) {
    const eq = current.indexOf('=');
    if (eq > 0) {
      const found = options.find((option) => option.long === current.slice(0, eq));
      if (!found || found.value === 'none') return none();
      return valuesOf(found.values, current.slice(eq + 1), current.slice(0, eq + 1));
    }
    return matching(flagCandidates(options), current);
  }
  if (!typed.command) return matching(commandNames(sources.commands), current);
  const argument = typed.command.argument;
  const takesMore =
    argument !== undefined &&
    (typed.positionals === 0 || (argument.kind === 'dataset' && argument.values === 'countries'));
  // Where a noun's first argument goes, its verbs too (sources add), before what the argument takes.
  const verbs = typed.positionals === 0 ? commandNames(typed.command.subcommands ?? []) : [];
  if (verbs.length > 0) {
    const offered = takesMore ? await valuesOf(argument!, current) : none();
    const words = offered.kind === 'words' ? offered.candidates : [];
    return { kind: 'words', candidates: [...matching(verbs, current).candidates, ...words] };
  }
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
      if (typed.awaiting.long === '--data') typed.dataDir = word;
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
        (option) => option.long === flag || option.short === flag,
      );
      if (flag === '--data' && eq > 0) typed.dataDir = word.slice(eq + 1);
      if (found && eq < 0 && found.value === 'required') typed.awaiting = found;
      continue;
    }
    const verb =
      typed.positionals === 0 ? typed.command?.subcommands?.find((sub) => sub.name === word) : undefined;
    if (verb)
      typed.command = verb; // sources add: what follows is add's
    else if (typed.command) typed.positionals++;
    else {
      const command = sources.commands.find((c) => c.name === word || c.aliases.includes(word));
      if (command) typed.command = command;
      else typed.lost = true;
    }
  }
  return typed;
}

function commandNames(commands: readonly CompletionCommand[]): Candidate[] {
  return commands.map((command) => ({ value: command.name, description: command.summary }));
}

function optionsOf(
  command: CompletionCommand | undefined,
  globals: readonly CompletionOption[],
): CompletionOption[] {
  return [...(command?.options ?? []), ...globals];
}

function flagCandidates(options: readonly CompletionOption[]): Candidate[] {
  return options.map((option) => ({ value: option.long, description: option.description }));
}

// --format completes to the formats of the command typed (every format before one is).
function formatsFor(values: ArgumentValues, command: CompletionCommand | undefined): ArgumentValues {
  if (values.kind !== 'formats') return values;
  const formats = command?.formats ?? FORMATS;
  return { kind: 'words', words: formats.map((format) => [format, ''] as const) };
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
    case 'formats': // (made words by formatsFor before)
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
function matching(candidates: readonly Candidate[], prefix: string, before = ''): Words {
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

type Words = Extract<Completion, { kind: 'words' }>;

function none(): Words {
  return { kind: 'words', candidates: [] };
}
