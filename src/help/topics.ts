import { COMMANDS, HELP_FORMATS } from '../spec/commands.js';
import type { CompletionCommand } from '../completion/declared.js';

// `car-brief help <topic>`: the topics, by name. Their texts are modules of their own, loaded
// only when asked for; this list is all that commander's wiring and the completer read.

/** A help topic: what `car-brief help <name>` explains. */
export interface HelpTopic {
  readonly name: string;
  readonly summary: string;
  readonly text: () => Promise<string>;
}

/** Every help topic. */
export const HELP_TOPICS: readonly HelpTopic[] = [
  {
    name: 'formats',
    summary: 'output formats: table, text, tsv, csv, json, ... and which command takes which',
    text: async () => (await import('./formats.js')).formatsHelp(),
  },
  {
    name: 'dates',
    summary:
      'EDTF dates, inferred years, date order, --since/--until/--within, the as-of date, and when a plan goes stale',
    text: async () => (await import('./dates.js')).DATES_HELP,
  },
  {
    name: 'data',
    summary: 'the dataset format, and how to start a dataset of your own (car-brief init)',
    text: async () => (await import('./data.js')).DATA_HELP,
  },
  {
    name: 'exit-codes',
    summary: 'what each exit code means',
    text: async () => (await import('./exit-codes.js')).exitCodesHelp(),
  },
  {
    name: 'check',
    summary: 'checking a draft against the dataset: what car-brief check reports',
    text: async () => (await import('./check.js')).CHECK_HELP,
  },
  {
    name: 'safety',
    summary: 'untrusted data and arguments: escaping, formula-safe CSV, limits',
    text: async () => (await import('./safety.js')).SAFETY_HELP,
  },
  {
    name: 'cache',
    summary: 'the compiled-dataset cache: where it is, when it is rebuilt, how to clear it',
    text: async () => (await import('./cache.js')).CACHE_HELP,
  },
];

/** The names `car-brief help` takes: the topics. */
export const HELP_TOPIC_NAMES: readonly string[] = HELP_TOPICS.map((topic) => topic.name);

/** The summary of `help` in the command list. */
export const HELP_SUMMARY = `help for a command, or on a topic: ${HELP_TOPIC_NAMES.join(', ')}`;

/** `help` as the completer sees it: it takes a command or a topic. */
export function helpCompletion(): CompletionCommand {
  const commands = COMMANDS.filter((spec) => !spec.hidden).map((spec) => [spec.name, spec.summary] as const);
  const topics = HELP_TOPICS.map((topic) => [topic.name, topic.summary] as const);
  return {
    name: 'help',
    aliases: [],
    summary: HELP_SUMMARY,
    argument: { kind: 'words', words: [...topics, ...commands] },
    options: [],
    formats: HELP_FORMATS.formats,
  };
}
