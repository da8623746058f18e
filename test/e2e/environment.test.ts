import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { processOutput } from '../../src/output/io.js';
import { BUILTIN, MINI, copyDataset, runCli } from '../helpers.js';
import { runBin, runShell, startBin, type BinResult, type Surroundings } from './spawn.js';

// The built binary in unusual surroundings: streams that are full or closed, a working
// directory that is gone or read-only, a terminal of no width, a bare environment, many runs
// at once. Every run reads a copy of data/, which must stay byte for byte as it was.

const temp = (what: string) => mkdtempSync(join(tmpdir(), `car-brief-env-${what}-`));
const DATA = copyDataset(BUILTIN);
const HOME = temp('home');
const CACHE = temp('cache');
const BASE: Surroundings = {
  cwd: temp('cwd'),
  env: { PATH: process.env.PATH ?? '', HOME, LANG: 'C.UTF-8', CAR_BRIEF_CACHE_DIR: CACHE },
};

/** Every file and folder under dir: path, kind, mode, size and a hash of the bytes. */
function snapshot(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const path = join(prefix, name);
      const stat = lstatSync(join(dir, path));
      if (stat.isDirectory()) return [`${path}/ ${stat.mode.toString(8)}`, ...snapshot(dir, path)];
      const hash = createHash('sha256')
        .update(readFileSync(join(dir, path)))
        .digest('hex');
      return [`${path} ${stat.mode.toString(8)} ${stat.size} ${hash}`];
    });
}
const DATA_BEFORE = snapshot(DATA);

/** Runs the binary on the copy of data/, in BASE's surroundings changed as given. */
function run(args: readonly string[], change: Partial<Surroundings> = {}): BinResult {
  return runBin(['--data', DATA, ...args], { ...BASE, ...change });
}

function shell(script: string, change: Partial<Surroundings> = {}): BinResult {
  return runShell(script, { ...BASE, ...change, env: { ...BASE.env, ...change.env, DATA } });
}

function without(env: Record<string, string>, ...names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !names.includes(name)));
}

const STACK = /^\s+at /m;
const BRIEF = ['country', 'uzbekistan'];
const expected = run(BRIEF);

afterEach(() => {
  expect(snapshot(DATA)).toEqual(DATA_BEFORE);
});

// Each test spawns a few runs, the race twenty: time enough for a loaded machine.
describe('the binary in unusual surroundings', { timeout: 60_000 }, () => {
  it('answers normally first (the answer the other cases compare with)', () => {
    expect(expected.code).toBe(0);
    expect(expected.stdout).toMatch(/^date\tsection\tid\ttitle/);
    expect(expected.stderr).toBe('');
  });

  it('reports stdout on a full device in one line, exit 1', () => {
    const full = shell('"$NODE" "$BIN" --data "$DATA" country uzbekistan > /dev/full');
    expect(full).toEqual({ code: 1, stdout: '', stderr: 'car-brief: cannot write the output: ENOSPC\n' });
  });

  it('runs with stdout closed: no stack trace, and exit 0 as for /dev/null (which Node puts in its place)', () => {
    const closed = shell('"$NODE" "$BIN" --data "$DATA" country uzbekistan >&-');
    expect(closed).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('keeps its answer and exit code when stderr is closed or full (notes are lost, nothing else)', () => {
    for (const redirect of ['2>&-', '2>/dev/full']) {
      const noted = shell(`"$NODE" "$BIN" --data "$DATA" country uzbekstan ${redirect}`);
      expect(noted, redirect).toEqual({ code: 0, stdout: expected.stdout, stderr: '' });
      // A usage error stays exit 2: it used to become exit 1 when its message could not be written.
      expect(shell(`"$NODE" "$BIN" contry ${redirect}`).code, redirect).toBe(2);
    }
  });

  it('needs no stdin: closed or empty', () => {
    expect(shell('"$NODE" "$BIN" --data "$DATA" country uzbekistan <&-')).toEqual(expected);
    expect(shell('"$NODE" "$BIN" --data "$DATA" country uzbekistan < /dev/null')).toEqual(expected);
  });

  it('works in a working directory that was removed, except for a relative --data', () => {
    const parent = temp('gone');
    const inGone = (args: string) =>
      shell(`mkdir g && cd g && rmdir ../g && "$NODE" "$BIN" ${args}`, { cwd: parent });
    expect(inGone('--data "$DATA" country uzbekistan')).toEqual(expected);
    const builtin = inGone('countries');
    expect(builtin).toEqual(runBin(['countries'], BASE));
    expect(builtin.code).toBe(0);
    const relative = inGone('countries --data data');
    expect(relative).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'car-brief: the working directory no longer exists, so --data data cannot be found; give an absolute path\n',
    });
    expect(inGone('search tapi --limit 1').stdout).toMatch(/\ttapi\t/);
  });

  it('takes COLUMNS=0 for a terminal width it does not know', () => {
    const table = run(['timeline', '--format', 'table'], { env: { ...BASE.env, COLUMNS: '0' } });
    expect(table.code).toBe(0);
    expect(table.stderr).toBe('');
    expect(table).toEqual(run(['timeline', '--format', 'table']));
  });

  it('runs without HOME, with the cache in XDG_CACHE_HOME', () => {
    const xdg = temp('xdg');
    const bare = without(BASE.env, 'HOME', 'CAR_BRIEF_CACHE_DIR');
    expect(run(BRIEF, { env: { ...bare, XDG_CACHE_HOME: xdg } })).toEqual(expected);
    expect(readdirSync(join(xdg, 'car-brief'))).toContain('datasets');
  });

  it('answers the same without TERM, with TERM=dumb, and in the C locale', () => {
    const bare = without(BASE.env, 'TERM', 'LANG');
    for (const env of [
      bare,
      { ...bare, TERM: 'dumb' },
      { ...bare, LANG: 'C' },
      { ...bare, LANG: 'C', LC_ALL: 'C' },
      { ...bare, LC_ALL: 'POSIX' },
    ]) {
      expect(run(BRIEF, { env }), JSON.stringify(env)).toEqual(expected);
      const search = run(['search', 'Ashgabat', '--json'], { env });
      expect(JSON.parse(search.stdout)[0].id).toBe('turkmenistan');
    }
  });

  it('writes nothing into a read-only working directory', () => {
    const readOnly = temp('read-only');
    chmodSync(readOnly, 0o555);
    try {
      // (As root, as CI runs, the permission does not bite: the listing shows nothing was written.)
      for (const args of [BRIEF, ['validate'], ['timeline', '--no-cache'], ['search', 'tapi']]) {
        expect(run(args, { cwd: readOnly }).code, args.join(' ')).toBe(0);
      }
      expect(runBin(['countries'], { ...BASE, cwd: readOnly }).code).toBe(0);
      expect(readdirSync(readOnly)).toEqual([]);
    } finally {
      chmodSync(readOnly, 0o755);
    }
  });

  // (On the small fixture: every run builds the dataset from YAML, and twenty builds of data/
  // at once take half a minute of a loaded two-core machine.)
  it('gives 20 runs at once, racing to fill an empty cache, the same answer', async () => {
    const mini = copyDataset(MINI);
    const before = snapshot(mini);
    const env = { ...BASE.env, CAR_BRIEF_CACHE_DIR: temp('race') };
    const args = ['--data', mini, 'timeline', '--json'];
    const alone = runBin([...args, '--no-cache'], BASE);
    expect(alone.code).toBe(0);
    const runs = await Promise.all(Array.from({ length: 20 }, () => startBin(args, { ...BASE, env })));
    for (const result of runs) expect(result).toEqual(alone);
    // One whole entry, no temporary file left, and the next run reads it.
    expect(readdirSync(join(env.CAR_BRIEF_CACHE_DIR, 'datasets'))).toHaveLength(1);
    expect(readdirSync(join(env.CAR_BRIEF_CACHE_DIR, 'files')).filter((f) => !f.endsWith('.bin'))).toEqual(
      [],
    );
    expect(runBin(args, { ...BASE, env })).toEqual(alone);
    expect(snapshot(mini)).toEqual(before);
  }, 120_000);

  it('prints no stack trace in any of these', () => {
    for (const result of [expected, run(['contry']), run(['country', 'atlantis'])]) {
      expect(result.stderr).not.toMatch(STACK);
    }
  });
});

describe('a terminal that reports no width', () => {
  it('is given the width of an unknown terminal', () => {
    const tty = (columns: number | undefined) =>
      processOutput(
        { stdout: { isTTY: true, columns, write: () => true }, stderr: { write: () => true } },
        {},
      );
    expect(tty(undefined).columns).toBe(80);
  });

  // A terminal can report 0 columns (`stty cols 0`, some CI terminals): that is a width unknown.
  it('takes 0 columns as unknown', () => {
    const zero = processOutput(
      { stdout: { isTTY: true, columns: 0, write: () => true }, stderr: { write: () => true } },
      {},
    );
    expect(zero.columns).toBe(80);
  });

  it.each([0, 1, 5])('is no trouble at %i columns: every command answers, nothing loops', async (columns) => {
    for (const args of [
      BRIEF,
      ['timeline'],
      ['countries'],
      ['search', 'tapi', '--limit', '0'],
      ['show', 'tapi'],
      ['claims'],
    ]) {
      const { code, stdout, stderr } = await runCli(['--data', DATA, ...args], { tty: true, columns });
      expect({ code, stderr }, args.join(' ')).toEqual({ code: 0, stderr: '' });
      expect(stdout.length).toBeGreaterThan(0);
    }
  });
});

afterAll(() => {
  // No run wrote into its working directory either.
  expect(readdirSync(BASE.cwd)).toEqual([]);
});
