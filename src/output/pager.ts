import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import type { Writable } from './io.js';

// Paging as git and gh do it: on a terminal, output longer than the screen goes through
// $CAR_BRIEF_PAGER, else $PAGER, else `less -FRX`; set to '' or `cat`, paging is off.

const DEFAULT_PAGER = 'less -FRX';

/** The pager command to run through the shell, or undefined when paging is turned off. */
export function pagerCommand(env: NodeJS.ProcessEnv): string | undefined {
  const chosen = env.CAR_BRIEF_PAGER ?? env.PAGER ?? DEFAULT_PAGER;
  const command = chosen.trim();
  return command === '' || command === 'cat' ? undefined : command;
}

/** Output held back until the command ends, so that its length is known before it is shown. */
export class HeldOutput implements Writable {
  private readonly chunks: string[] = [];

  write(text: string): boolean {
    this.chunks.push(text);
    return true;
  }

  get text(): string {
    return this.chunks.join('');
  }
}

// eslint-disable-next-line no-control-regex -- colour sequences are what is measured away
const SGR = /\x1b\[[0-9;]*m/g;

/** How many rows of a terminal columns wide the text takes, lines longer than the width wrapping. */
export function screenRows(text: string, columns: number): number {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.reduce(
    (rows, line) => rows + Math.max(1, Math.ceil(line.replace(SGR, '').length / columns)),
    0,
  );
}

/** Where held output goes: the terminal's stream, its size, the pager and its environment. */
export interface Screen {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly rows: number;
  readonly columns: number;
  readonly command: string;
  readonly env: NodeJS.ProcessEnv;
  /** Told when the pager cannot be run and the text is printed instead. */
  readonly warn: (message: string) => void;
}

/**
 * Shows held text and the notes written beside it, the notes after the text: printed when both fit
 * the screen (leaving a row for the prompt); else the text through the pager and the notes after
 * it, where the pager cannot hide them. A pager that cannot be found or started falls back to printing.
 */
export async function showHeld(text: string, screen: Screen, notes = ''): Promise<void> {
  if (text === '' || screenRows(text, screen.columns) + screenRows(notes, screen.columns) < screen.rows) {
    screen.stdout.write(text);
    screen.stderr.write(notes);
    return;
  }
  const program = firstWord(screen.command);
  if (!onPath(program, screen.env)) {
    screen.warn(
      `pager ${program} not found; printing instead (--no-pager or CAR_BRIEF_PAGER= turn paging off)`,
    );
    screen.stdout.write(text);
  } else if (!(await runPager(text, screen))) {
    screen.warn(`pager ${program} could not run; printing instead`);
    screen.stdout.write(text);
  }
  screen.stderr.write(notes);
}

// Runs the pager with the text on its standard input; false when it could not start at all.
async function runPager(text: string, screen: Screen): Promise<boolean> {
  // Loaded only when a pager runs: most runs print what fits, or write to a pipe.
  const { spawn } = await import('node:child_process');
  return new Promise((resolvePromise) => {
    // LESS and LV as git sets them, for a plain `less` named in $PAGER.
    const env = { LESS: 'FRX', LV: '-c', ...screen.env };
    const child = spawn('/bin/sh', ['-c', screen.command], { stdio: ['pipe', 'inherit', 'inherit'], env });
    let started = false;
    child.on('spawn', () => {
      started = true;
    });
    // The reader may quit before reading everything (q in less): the rest is not wanted.
    child.stdin.on('error', () => {});
    child.on('error', () => resolvePromise(false));
    child.on('close', (code) => resolvePromise(started && code !== 126 && code !== 127));
    child.stdin.end(text);
  });
}

function firstWord(command: string): string {
  return command.split(/\s+/)[0] ?? command;
}

const SHELL_WORDS = ['exec', 'command', 'eval'];

// Whether the shell would find the program: a path that exists, or a name on $PATH. A word the
// shell treats specially (a variable, a builtin such as exec) is left to the shell.
function onPath(program: string, env: NodeJS.ProcessEnv): boolean {
  if (/[$`'"=]/.test(program) || SHELL_WORDS.includes(program)) return true;
  const candidates =
    program.includes('/') || isAbsolute(program)
      ? [program]
      : (env.PATH ?? '').split(delimiter).map((dir) => join(dir || '.', program));
  return candidates.some((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
