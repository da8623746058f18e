import { rmSync } from 'node:fs';
import { CommanderError } from 'commander';
import { buildProgram, checkHelpTopic, type GlobalFlags } from './cli.js';
import type { Context, Stdin } from './context.js';
import { CarBriefError, DatasetError, ExitCode, NotFoundError, RefusedError } from './errors.js';
import { CorruptEntryError } from './dataset/container.js';
import { cacheOff } from './load/cache/cache.js';
import { formatProblem } from './model/problem.js';
import { mayColor, processOutput, type Output, type Writable } from './output/io.js';
import type { ColorMode } from './spec/formats.js';
import { HeldOutput, pagerCommand, showHeld } from './output/pager.js';
import { escapeMessage } from './output/sanitize.js';
import { BUILTIN_COMPILED } from './paths.js';

/** The process around a run: streams, environment, working directory. Tests pass fakes. */
export interface Io {
  readonly stdout: Writable & { isTTY?: boolean; columns?: number; rows?: number };
  readonly stderr: Writable & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  /** undefined when the working directory no longer exists (it was removed while in use). */
  readonly cwd: string | undefined;
  /** Standard input, where not the process's own (tests give theirs). */
  readonly stdin?: Stdin;
  /** Replaces the Output derived from the streams (tests use it to fake a terminal). */
  readonly output?: (flags: GlobalFlags) => Output;
}

/** Runs car-brief with argv (without node and script) and returns the exit code. The one place errors become codes. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  // chalk is loaded only when colour could be on: piped output never needs it.
  const Chalk =
    !io.output && mayColor(io, io.env, askedColor(argv)) ? (await import('chalk')).Chalk : undefined;
  let out: Output = processOutput(io, io.env, { Chalk });
  let held: Held | undefined;
  // On a terminal without a pager, notes are held too and written after the output, as the pager
  // shows them: printed first, "showing 8 of 105" would scroll away above a long list.
  let notesAfter: { notes: HeldOutput; screen: Output } | undefined;
  const program = buildProgram(
    (flags): Context => {
      out = io.output ? io.output(flags) : processOutput(io, io.env, { color: flags.color, Chalk });
      const command = pagerCommand(io.env);
      // Only a real terminal is paged: a pipe, a file and a test's fake terminal are written to.
      if (flags.pager && command !== undefined && io.stdout.isTTY === true && !io.output) {
        // Notes are held too: printed before the pager starts, they would be hidden by it.
        held = { text: new HeldOutput(), notes: new HeldOutput(), screen: out, command };
        out = { ...out, stdout: held.text, stderr: held.notes };
      } else if (out.isTTY) {
        notesAfter = { notes: new HeldOutput(), screen: out };
        out = { ...out, stderr: notesAfter.notes };
      }
      return { out, env: io.env, cwd: io.cwd, stdin: io.stdin };
    },
    io,
    argv,
  );
  try {
    checkHelpTopic(argv);
    await program.parseAsync(versionFlag(argv), { from: 'user' });
    await release(held, io.env);
    notesAfter?.screen.stderr.write(notesAfter.notes.text);
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CorruptEntryError && !cacheOff(io.env)) return retryUncached(error, argv, io);
    await release(held, io.env);
    notesAfter?.screen.stderr.write(notesAfter.notes.text);
    return report(error, held?.screen ?? notesAfter?.screen ?? out, io.env);
  }
}

/** What a command writes on a terminal, held until it ends, to be paged when longer than the screen. */
interface Held {
  readonly text: HeldOutput;
  readonly notes: HeldOutput;
  /** The terminal's own Output. */
  readonly screen: Output;
  readonly command: string;
}

// Shows what a command wrote while it was held for the pager.
async function release(held: Held | undefined, env: NodeJS.ProcessEnv): Promise<void> {
  if (!held) return;
  const { screen } = held;
  await showHeld(
    held.text.text,
    {
      stdout: screen.stdout,
      stderr: screen.stderr,
      rows: screen.rows ?? 24,
      columns: screen.columns,
      command: held.command,
      env,
      warn: (message) => screen.stderr.write(`${screen.errStyle.dim('note:')} ${escapeMessage(message)}\n`),
    },
    held.notes.text,
  );
}

// A compiled dataset found damaged while a command read it (it writes its results only at the
// end): remove it if it is a cache entry, and answer again from the YAML.
function retryUncached(error: CorruptEntryError, argv: readonly string[], io: Io): Promise<number> {
  // (A note the first attempt wrote to stderr, such as a corrected name, is written again.)
  try {
    if (error.path !== undefined && error.path !== BUILTIN_COMPILED) rmSync(error.path, { force: true });
  } catch {
    // left in place: the next run finds it damaged again
  }
  return main(argv, { ...io, env: { ...io.env, CAR_BRIEF_NO_CACHE: '1' } });
}

// --color=always (or --color always) before the program parses it: chalk must be loaded to obey it.
function askedColor(argv: readonly string[]): ColorMode {
  return argv.some((arg, i) => arg === '--color=always' || (arg === '--color' && argv[i + 1] === 'always'))
    ? 'always'
    : 'auto';
}

// -v is --version (as in most tools); -V, its old spelling, still works before the command.
function versionFlag(argv: readonly string[]): string[] {
  const command = argv.findIndex((arg) => !arg.startsWith('-'));
  return argv.map((arg, i) => (arg === '-V' && (command < 0 || i < command) ? '-v' : arg));
}

function report(error: unknown, out: Output, env: NodeJS.ProcessEnv): number {
  // Messages may quote what the user typed or what a dataset holds: each is one line, with every
  // control, bidi and line-break character escaped, before it reaches a terminal.
  const err = (text: string, prefix = '') => out.stderr.write(prefix + escapeMessage(text) + '\n');
  const label = out.errStyle.red('car-brief:') + ' ';
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage; // commander has printed its message
  }
  if (error instanceof DatasetError) {
    if (!error.options.listed) error.problems.forEach((problem) => err(formatProblem(problem)));
    err(error.message, label);
  } else if (error instanceof RefusedError) {
    error.problems.forEach((problem) => err(formatProblem(problem)));
    err(error.message, label);
  } else if (error instanceof NotFoundError) {
    err(error.message, label);
    if (error.suggestions.length > 0) err(`did you mean ${error.suggestions.join(', ')}?`);
    if (error.hint) err(error.hint);
  } else if (error instanceof CarBriefError) {
    err(error.message, label);
  } else {
    err(`unexpected error: ${error instanceof Error ? error.message : String(error)}`, label);
    if (env.CAR_BRIEF_DEBUG && error instanceof Error && error.stack)
      error.stack.split('\n').forEach((line) => err(line));
    return ExitCode.unexpected;
  }
  return error.exitCode;
}
