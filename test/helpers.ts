import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chalk } from 'chalk';
import type { Dataset } from '../src/dataset/dataset.js';
import { checkDataset, loadDataset } from '../src/load/index.js';
import { main } from '../src/main.js';
import type { Stdin } from '../src/context.js';
import type { Output } from '../src/output/io.js';
import type { ColorMode } from '../src/spec/formats.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const MINI = join(ROOT, 'test/fixtures/mini');
export const BUILTIN = join(ROOT, 'data');
/** The cache directory of this test process, so that no test reads or writes the user's cache. */
export const TEST_CACHE = mkdtempSync(join(tmpdir(), 'car-brief-cache-'));

/** The day in-process runs take for today (CAR_BRIEF_TODAY): the as-of date when none is given. */
export const TEST_TODAY = '2026-12-07';

/** A buffer that collects what is written to it. */
export class Buffer {
  text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

/** The result of one run of the CLI in-process. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs car-brief in-process with a fake output: a terminal (tty) or a pipe, 100 columns by default (rows unknown); cwd undefined: a removed working directory. */
export async function runCli(
  argv: readonly string[],
  options: {
    tty?: boolean;
    columns?: number;
    rows?: number;
    env?: NodeJS.ProcessEnv;
    cwd?: string | undefined;
    stdin?: Stdin;
    /** stderr is the same terminal as stdout (tty), this many columns wide: both are written to stdout's buffer. */
    screen?: number;
  } = {},
): Promise<RunResult> {
  const stdout = new Buffer();
  const stderr = options.screen === undefined ? new Buffer() : stdout;
  const tty = options.tty === true;
  const output = (flags: { color: ColorMode }): Output => ({
    stdout,
    stderr,
    isTTY: tty,
    style: new Chalk({ level: flags.color === 'always' || (tty && flags.color === 'auto') ? 1 : 0 }),
    errStyle: new Chalk({ level: 0 }),
    columns: options.columns ?? 100,
    ...(options.rows === undefined ? {} : { rows: options.rows }),
    forPeople: flags.color === 'always',
    ...(options.screen === undefined ? {} : { errColumns: options.screen }),
  });
  // Today is fixed, so that what is stale (and --as-of's default) does not change with the date.
  const env = { CAR_BRIEF_CACHE_DIR: TEST_CACHE, CAR_BRIEF_TODAY: TEST_TODAY, ...options.env };
  const cwd = 'cwd' in options ? options.cwd : ROOT;
  const code = await main(argv, {
    stdout,
    stderr,
    env,
    cwd,
    output,
    ...(options.stdin ? { stdin: options.stdin } : {}),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A copy of a dataset in a fresh temporary directory, to break in a test. */
export function copyDataset(from = MINI): string {
  const dir = mkdtempSync(join(tmpdir(), 'car-brief-test-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Replaces text in a file of a dataset copy; fails loudly when the text is not there. */
export function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(path, text.replace(from, to));
}

/** The 1-based line of the first occurrence of text in a file. */
export function lineOf(dir: string, file: string, text: string): number {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${file} has no line with ${JSON.stringify(text)}`);
  return index + 1;
}

/** Loads a dataset as the reading commands do, without any cache. */
export function load(dir: string, cwd = ROOT): Promise<Dataset> {
  return loadDataset(dir, { cwd, env: {}, cache: false });
}

/** Checks a dataset as validate does (every file parsed and checked), without any cache. */
export function check(dir: string, cwd = ROOT): ReturnType<typeof checkDataset> {
  return checkDataset(dir, { cwd, env: {}, cache: false });
}
