import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it, type ExpectStatic } from 'vitest';
import { DATASET_FILE_CASES } from '../bad-input/dataset-file.js';
import { FILE_CASES } from '../bad-input/files.js';
import type { BadCase } from '../bad-input/make.js';
import { LINK_CASES } from '../bad-input/links.js';
import { RECORD_CASES } from '../bad-input/records.js';
import { YAML_CASES } from '../bad-input/yaml.js';
import { ROOT, copyDataset } from '../helpers.js';

// The bad-input corpus, run against the built binary: each case breaks a fresh copy of
// test/fixtures/mini and checks the exit code, the problem at its position, that the run ended
// (no hang), that nothing printed a stack trace, and that the data directory is unchanged.

const BIN = join(ROOT, 'bin/car-brief.js');
const HOME = mkdtempSync(join(tmpdir(), 'car-brief-bad-'));
const ENV = { PATH: process.env.PATH ?? '', HOME, CAR_BRIEF_CACHE_DIR: join(HOME, 'cache') };
/** A run that takes longer than this is a hang: it is killed, and the case fails. */
const HANG_MS = 60_000;

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

// The binary, run from the data directory (so messages name its files as they are written there).
function run(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: ENV, timeout: HANG_MS });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

// Every entry under dir with its type and content hash (or link target): what "unchanged" compares.
function snapshot(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      const stat = lstatSync(path);
      const entry = `${prefix}${name} ${stat.mode.toString(8)} ${stat.size}`;
      if (stat.isDirectory()) return [entry, ...snapshot(path, `${prefix}${name}/`)];
      if (stat.isSymbolicLink()) return [`${entry} -> ${readlinkSync(path)}`];
      if (!stat.isFile()) return [entry];
      try {
        return [`${entry} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`];
      } catch {
        return [`${entry} unreadable`];
      }
    });
}

async function check(badCase: BadCase, expect: ExpectStatic) {
  const dir = copyDataset();
  try {
    badCase.make(dir);
    const says = badCase.says(dir);
    const before = snapshot(dir);
    const reading = badCase.read === true ? ['countries'] : badCase.read || undefined;
    const runs = await Promise.all(
      [['validate'], ...(reading ? [reading] : [])].map((args) => run([...args, '--data', dir], dir)),
    );
    for (const [i, result] of runs.entries()) {
      const what = i === 0 ? 'validate' : reading!.join(' ');
      expect(result.signal, `${what} was killed: it hung`).toBeNull();
      expect(result.code, `${what}: ${result.stderr.slice(0, 2000)}`).toBe(badCase.code);
      expect(result.stdout + result.stderr, what).not.toMatch(/^\s+at /m);
      expect(result.stderr, what).not.toContain('unexpected error');
      if (badCase.code === 3) {
        expect(result.stdout, what).toBe('');
        expect(result.stderr, what).toMatch(/car-brief: dataset invalid: \d+ problems?\n$/);
      }
      // validate says it all; a reading command answers with the same problems, or its own output.
      if (i === 0 || badCase.code === 3) {
        const output = badCase.code === 0 ? result.stdout : result.stderr;
        for (const expected of says) {
          if (typeof expected === 'string') expect(output, what).toContain(expected);
          else expect(output, what).toMatch(expected);
        }
      } else {
        expect(result.stdout, what).not.toBe('');
      }
    }
    expect(snapshot(dir), 'the data directory changed').toEqual(before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.concurrent('the bad-input corpus, against bin/car-brief.js', () => {
  afterAll(() => rmSync(HOME, { recursive: true, force: true }));
  for (const badCase of [
    ...YAML_CASES,
    ...FILE_CASES,
    ...RECORD_CASES,
    ...LINK_CASES,
    ...DATASET_FILE_CASES,
  ]) {
    it.skipIf(badCase.skip !== undefined)(badCase.name, ({ expect }) => check(badCase, expect), 3 * HANG_MS);
  }
});
