import type { Context } from '../context.js';
import { COMPLETE_COMMAND } from '../spec/shells.js';

// What each declared command runs (spec/commands.ts declares them), by full name ('sources add').
// Each command's module is loaded when that command runs: start-up reads only the one it needs.

/** What a command's action receives: its arguments as typed, and every option. */
export type Invocation = { readonly args: readonly string[]; readonly options: Record<string, unknown> };

/** Runs one command. */
export type Action = (invocation: Invocation, ctx: Context) => Promise<void>;

/** The action of every command, by its declared name. */
export const ACTIONS: Readonly<Record<string, Action>> = {
  country: async ({ args, options }, ctx) =>
    (await import('../commands/country.js')).runCountry({ ...options, name: args.join(' ') }, ctx),
  brief: async ({ args, options }, ctx) =>
    (await import('../commands/country.js')).runBrief({ ...options, name: args.join(' ') }, ctx),
  compare: async ({ args, options }, ctx) =>
    (await import('../commands/compare.js')).runCompare({ ...options, names: args }, ctx),
  countries: async ({ options }, ctx) =>
    (await import('../commands/countries.js')).runCountries(options, ctx),
  timeline: async ({ options }, ctx) => (await import('../commands/timeline.js')).runTimeline(options, ctx),
  stale: async ({ options }, ctx) => (await import('../commands/stale.js')).runStale(options, ctx),
  search: async ({ args, options }, ctx) =>
    (await import('../commands/search.js')).runSearch({ ...options, query: args.join(' ') }, ctx),
  show: async ({ args, options }, ctx) =>
    (await import('../commands/show.js')).runShow({ ...options, name: args.join(' ') }, ctx),
  fact: async ({ args, options }, ctx) =>
    (await import('../commands/fact.js')).runFact({ ...options, query: args.join(' ') }, ctx),
  sources: async ({ args, options }, ctx) =>
    (await import('../commands/sources.js')).runSources({ ...options, name: args.join(' ') }, ctx),
  'sources add': async ({ args, options }, ctx) =>
    (await import('../commands/sources-add.js')).runSourcesAdd({ ...options, file: args[0]! }, ctx),
  'sources update': async ({ args, options }, ctx) =>
    (await import('../commands/sources-update.js')).runSourcesUpdate(
      { ...options, source: args[0]!, file: args[1]! },
      ctx,
    ),
  quote: async ({ args, options }, ctx) =>
    (await import('../commands/quote.js')).runQuote(
      { ...options, source: args[0], words: args.slice(1).join(' ') },
      ctx,
    ),
  add: async ({ options }, ctx) => (await import('../commands/add.js')).runAdd(options, ctx),
  'add claim': async ({ args, options }, ctx) =>
    (await import('../commands/add.js')).runAddRecord('claim', { ...options, argument: args }, ctx),
  'add event': async ({ args, options }, ctx) =>
    (await import('../commands/add.js')).runAddRecord('event', { ...options, argument: args }, ctx),
  'add actor': async ({ args, options }, ctx) =>
    (await import('../commands/add.js')).runAddRecord('actor', { ...options, argument: args }, ctx),
  'add issue': async ({ args, options }, ctx) =>
    (await import('../commands/add.js')).runAddRecord('issue', { ...options, argument: args }, ctx),
  'add citation': async ({ args, options }, ctx) =>
    (await import('../commands/add.js')).runAddCitation({ ...options, record: args[0]! }, ctx),
  actors: async ({ options }, ctx) => (await import('../commands/lists.js')).runActors(options, ctx),
  issues: async ({ options }, ctx) => (await import('../commands/lists.js')).runIssues(options, ctx),
  claims: async ({ options }, ctx) => (await import('../commands/lists.js')).runClaims(options, ctx),
  check: async ({ args, options }, ctx) =>
    (await import('../commands/check.js')).runCheck({ ...options, draft: args.join(' ') }, ctx),
  lsp: async ({ options }, ctx) => (await import('../commands/lsp.js')).runLsp(options, ctx),
  validate: async ({ options }, ctx) => (await import('../commands/validate.js')).runValidate(options, ctx),
  changes: async ({ options }, ctx) => (await import('../commands/changes.js')).runChanges(options, ctx),
  'merge-driver': async ({ args, options }, ctx) =>
    (await import('../commands/merge-driver.js')).runMergeDriver(
      { ...options, base: args[0]!, ours: args[1]!, theirs: args[2]!, path: args[3] },
      ctx,
    ),
  init: async ({ args, options }, ctx) =>
    (await import('../commands/init.js')).runInit({ ...options, dir: args[0]! }, ctx),
  completion: async ({ args, options }, ctx) =>
    (await import('../commands/completion.js')).runCompletion({ ...options, shell: args[0]! }, ctx),
  export: async ({ args, options }, ctx) =>
    (await import('../commands/export.js')).runExport({ ...options, verb: args[0] }, ctx),
  'export sqlite': async ({ args, options }, ctx) =>
    (await import('../commands/export.js')).runExportSqlite({ ...options, file: args[0]! }, ctx),
  [COMPLETE_COMMAND]: async ({ args, options }, ctx) =>
    (await import('../commands/completion.js')).runComplete(args, options, ctx),
};
