import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/dataset.js';
import { loadDataset, type LoadReport } from '../../src/load/index.js';
import { COLLECTION_NAMES } from '../../src/model/vocabulary.js';
import { BUILTIN, MINI, ROOT, check, copyDataset, edit, runCli } from '../helpers.js';

// The compiled-dataset cache: used only while every file is what it was built from, rebuilt
// when anything changed or the entry is damaged, and never a reason for a different answer.

const freshCache = () => mkdtempSync(join(tmpdir(), 'car-brief-cache-test-'));

async function load(dir: string, env: NodeJS.ProcessEnv, cache = true) {
  let how: LoadReport | undefined;
  const dataset = await loadDataset(dir, { cwd: ROOT, env, cache, report: (report) => (how = report) });
  return { dataset, how: how! };
}

function records(dataset: Dataset) {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, dataset.all(name)]));
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('the compiled-dataset cache', () => {
  it('is built once, then opened while the files are unchanged', async () => {
    const env = { CAR_BRIEF_CACHE_DIR: freshCache() };
    const dir = copyDataset();
    const first = await load(dir, env);
    expect(first.how).toEqual({
      from: 'built',
      parsed: ['sources.yaml', 'actors.yaml', 'events.yaml', 'issues.yaml', 'claims.yaml'],
    });
    const second = await load(dir, env);
    expect(second.how).toEqual({ from: 'cache' });
    expect(records(second.dataset)).toEqual(records(first.dataset));
    expect(records(second.dataset)).toEqual((await check(dir)).collections);
  });

  it('sees a changed file by its content, even with its size and times set back, and parses only it', async () => {
    const env = { CAR_BRIEF_CACHE_DIR: freshCache() };
    const dir = copyDataset();
    // Files changed within two seconds of being read are always checked by content; wait, so
    // that this test exercises the stat fingerprint of a settled file.
    await new Promise((done) => setTimeout(done, 2100));
    await load(dir, env);
    const path = join(dir, 'actors.yaml');
    const before = statSync(path);
    edit(dir, 'actors.yaml', 'name: Ada Vance', 'name: Ada Vence');
    utimesSync(path, before.atime, before.mtime);
    expect(statSync(path).size).toBe(before.size);
    const after = await load(dir, env);
    expect(after.how).toEqual({ from: 'built', parsed: ['actors.yaml'] });
    expect(after.dataset.get('ada-vance')?.record).toMatchObject({ name: 'Ada Vence' });
  });

  it('learns the fingerprint of a file it had to check by content, and keeps it', async () => {
    const cacheDir = freshCache();
    const env = { CAR_BRIEF_CACHE_DIR: cacheDir };
    const dir = copyDataset(); // just written: checked by content until it settles
    await load(dir, env);
    await new Promise((done) => setTimeout(done, 2100));
    expect((await load(dir, env)).how).toEqual({ from: 'cache' });
    expect(readdirSync(join(cacheDir, 'stamps'))).toHaveLength(1);
    edit(dir, 'claims.yaml', 'Critics say', 'Critics said');
    expect((await load(dir, env)).how).toEqual({ from: 'built', parsed: ['claims.yaml'] });
  });

  it('rebuilds when a source text changes, since quotes are checked against it', async () => {
    const env = { CAR_BRIEF_CACHE_DIR: freshCache() };
    const dir = copyDataset();
    await load(dir, env);
    const text = join(dir, 'texts/note.txt');
    writeFileSync(text, readFileSync(text, 'utf8') + 'A paragraph added at the end.\n');
    expect((await load(dir, env)).how).toEqual({ from: 'built', parsed: [] });
  });

  it('rebuilds when only the dataset file changes, appears or goes, parsing it alone', async () => {
    const env = { CAR_BRIEF_CACHE_DIR: freshCache() };
    const dir = copyDataset();
    const datasetFile = join(dir, 'dataset.yaml');
    await load(dir, env);
    writeFileSync(datasetFile, 'title: Test A\nperspective: elbonia\n');
    let after = await load(dir, env);
    expect(after.how).toEqual({ from: 'built', parsed: ['dataset.yaml'] });
    expect(after.dataset.info).toEqual({ title: 'Test A', perspective: 'elbonia' });
    expect((await load(dir, env)).how).toEqual({ from: 'cache' });
    // The same size and times: seen by its content.
    const before = statSync(datasetFile);
    writeFileSync(datasetFile, 'title: Test B\nperspective: elbonia\n');
    utimesSync(datasetFile, before.atime, before.mtime);
    after = await load(dir, env);
    expect(after.how).toEqual({ from: 'built', parsed: ['dataset.yaml'] });
    expect(after.dataset.info.title).toBe('Test B');
    // Broken, then gone.
    writeFileSync(datasetFile, 'perspective: atlantis\n');
    await expect(load(dir, env)).rejects.toThrow('dataset invalid: 1 problem');
    rmSync(datasetFile);
    after = await load(dir, env);
    expect(after.how).toEqual({ from: 'built', parsed: [] });
    expect(after.dataset.info).toEqual({});
  });

  it('ignores a damaged entry, whichever part the damage is in, and rebuilds it', async () => {
    const cacheDir = freshCache();
    const env = { CAR_BRIEF_CACHE_DIR: cacheDir };
    const dir = copyDataset();
    // Between them these read every part of a compiled dataset.
    const commands = [
      ['timeline', '--json'],
      ['timeline', '--format', 'tsv'],
      ['show', 'Ada Vance', '--json'],
      ['search', 'dam', 'doomed'],
      ['country', 'elbonia', '--json'],
    ].map((args) => ['--data', dir, ...args]);
    const expected = await Promise.all(commands.map((args) => runCli([...args, '--no-cache'], { env })));
    const expectedRecords = records((await load(dir, env)).dataset);
    const path = join(cacheDir, 'datasets', readdirSync(join(cacheDir, 'datasets'))[0]!);
    const damages: [string, () => void][] = [
      ...partsOf(path).map(([name, from, to]): [string, () => void] => [
        `a changed byte in part ${name}`,
        () => flipByteAt(path, Math.floor((from + to) / 2)),
      ]),
      ['a changed header byte', () => flipByteAt(path, 40)],
      ['cut in half', () => truncateSync(path, Math.floor(statSync(path).size / 2))],
      ['another file', () => writeFileSync(path, '{"format": 1}\n')],
      ['empty', () => writeFileSync(path, '')],
    ];
    expect(damages.length).toBeGreaterThan(10);
    for (const [what, damage] of damages) {
      damage();
      const damaged = readFileSync(path);
      for (const [i, args] of commands.entries())
        expect(await runCli(args, { env }), what).toEqual(expected[i]);
      // The damage was noticed: the entry was rebuilt, or removed while a command read it.
      expect(existsSync(path) && readFileSync(path).equals(damaged), what).toBe(false);
      // Refused at once and rebuilt, or found damaged while read and removed: either way it heals.
      expect(records((await load(dir, env)).dataset), what).toEqual(expectedRecords);
      expect((await load(dir, env)).how, what).toEqual({ from: 'cache' });
    }
  });

  it('ignores damaged per-file entries too', async () => {
    const cacheDir = freshCache();
    const env = { CAR_BRIEF_CACHE_DIR: cacheDir };
    const dir = copyDataset();
    const expected = records((await load(dir, env)).dataset);
    for (const entry of readdirSync(join(cacheDir, 'files'))) flipByte(join(cacheDir, 'files', entry), 0.5);
    edit(dir, 'issues.yaml', 'status: open', 'status: stalled'); // so the dataset must be built again
    const { dataset, how } = await load(dir, env);
    expect(how).toEqual({
      from: 'built',
      parsed: ['sources.yaml', 'actors.yaml', 'events.yaml', 'issues.yaml', 'claims.yaml'],
    });
    expect(records(dataset).actors).toEqual(expected.actors);
  });

  it('is silently left out when its directory cannot be made or written', async () => {
    const blocker = join(freshCache(), 'a-file');
    writeFileSync(blocker, 'not a directory');
    const env = { CAR_BRIEF_CACHE_DIR: join(blocker, 'cache') };
    const first = await load(MINI, env);
    expect(first.how.from).toBe('built');
    expect((await load(MINI, env)).how.from).toBe('built');
    expect(records(first.dataset)).toEqual((await check(MINI)).collections);
  });

  it('is off with CAR_BRIEF_NO_CACHE=1 and with --no-cache', async () => {
    const all = ['sources.yaml', 'actors.yaml', 'events.yaml', 'issues.yaml', 'claims.yaml'];
    const filled = { CAR_BRIEF_CACHE_DIR: freshCache() };
    await load(MINI, filled);
    expect((await load(MINI, { ...filled, CAR_BRIEF_NO_CACHE: '1' })).how).toEqual({
      from: 'built',
      parsed: all,
    });
    expect((await load(MINI, filled, false)).how).toEqual({ from: 'built', parsed: all });
    expect((await load(BUILTIN, { CAR_BRIEF_NO_CACHE: '1' })).how.from).toBe('built'); // not even the shipped one
    const cacheDir = freshCache();
    await load(MINI, { CAR_BRIEF_CACHE_DIR: cacheDir, CAR_BRIEF_NO_CACHE: '1' });
    await load(MINI, { CAR_BRIEF_CACHE_DIR: cacheDir }, false);
    const { code } = await runCli(['--data', MINI, '--no-cache', 'countries'], {
      env: { CAR_BRIEF_CACHE_DIR: cacheDir },
    });
    expect(code).toBe(0);
    expect(filesIn(cacheDir)).toEqual([]);
  });

  it('never writes into the data directory, even when told to', async () => {
    const dir = copyDataset();
    const before = filesIn(dir);
    await load(dir, { CAR_BRIEF_CACHE_DIR: join(dir, '.cache') });
    await load(dir, { CAR_BRIEF_CACHE_DIR: dir });
    await load(dir, { CAR_BRIEF_CACHE_DIR: freshCache() });
    expect(filesIn(dir)).toEqual(before);
  });

  it('gives the same answers as no cache, cold and warm, for every command', async () => {
    const commands = [
      ['country', 'ruritania'],
      ['country', 'elbonia', '--json'],
      ['country', 'ruritania', '--format', 'text'],
      ['countries'],
      ['timeline', '--json'],
      ['timeline', '--country', 'elbonia', '--since', '2022'],
      ['search', 'dam', 'doomed', '--json'],
      ['fact', 'dam', 'size'],
      ['show', 'ada-vance', '--json'],
      ['show', 'Ada Vance'],
      ['actors'],
      ['issues', '--json'],
      ['claims', '--kind', 'assessment'],
      ['country', 'nowhere'],
    ];
    for (const data of [MINI, BUILTIN]) {
      const env = { CAR_BRIEF_CACHE_DIR: freshCache() };
      for (const args of commands) {
        const command = ['--data', data, ...args];
        const uncached = await runCli([...command, '--no-cache'], { env });
        for (const run of ['cold', 'warm']) {
          expect(await runCli(command, { env }), `${run}: ${command.join(' ')}`).toEqual(uncached);
        }
      }
    }
    const terminal = { tty: true, columns: 80 };
    const args = ['--data', MINI, 'country', 'elbonia'];
    expect(await runCli(args, terminal)).toEqual(await runCli([...args, '--no-cache'], terminal));
  });
});

describe('the built-in data compiled at build time', () => {
  it('is used as it is, and holds exactly the records the YAML gives', async () => {
    expect(existsSync(join(ROOT, 'dist/builtin-data.bin'))).toBe(true);
    const { dataset, how } = await load(BUILTIN, { CAR_BRIEF_CACHE_DIR: freshCache() });
    expect(how).toEqual({ from: 'shipped' });
    expect(records(dataset)).toEqual((await check(BUILTIN)).collections);
  });
});

// Changes one byte of a file.
function flipByteAt(path: string, at: number): void {
  const bytes = readFileSync(path);
  bytes[at] = bytes[at]! ^ 0x20;
  writeFileSync(path, bytes);
}

// Changes one byte at a relative position of a file.
function flipByte(path: string, at: number): void {
  flipByteAt(path, Math.min(statSync(path).size - 1, Math.floor(statSync(path).size * at)));
}

// The parts of a compiled dataset, with where each lies in the file (read from its header line).
function partsOf(path: string): [string, number, number][] {
  const bytes = readFileSync(path);
  const start = bytes.indexOf(0x0a) + 1 + 9; // the magic line, then the header's CRC and a space
  const end = bytes.indexOf(0x0a, start);
  const header = JSON.parse(bytes.toString('utf8', start, end)) as {
    parts: Record<string, [string, number, number]>;
  };
  return Object.entries(header.parts)
    .filter(([, [, , length]]) => length > 0)
    .map(([name, [, offset, length]]) => [name, end + 1 + offset, end + 1 + offset + length]);
}

describe('where the cache lives', () => {
  it('ignores a relative XDG_CACHE_HOME, as the XDG spec says, and never a relative path', async () => {
    const { openCache } = await import('../../src/load/cache/cache.js');
    const saved = process.env.XDG_CACHE_HOME;
    try {
      process.env.XDG_CACHE_HOME = 'relative/cache';
      const cache = openCache({}, { dataDir: MINI, cwd: ROOT });
      expect(cache?.dir).toBe(join(homedir(), '.cache', 'car-brief'));
      process.env.XDG_CACHE_HOME = join(tmpdir(), 'xdg');
      expect(openCache({}, { dataDir: MINI, cwd: ROOT })?.dir).toBe(join(tmpdir(), 'xdg', 'car-brief'));
    } finally {
      if (saved === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = saved;
    }
  });
});

describe('a cache that leads into the data or holds what is not an entry', () => {
  const BIN = join(ROOT, 'bin/car-brief.js');
  const run = (args: string[], env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('never writes into the data directory, even when it is one of the cache folders or linked from one', () => {
    const cache = freshCache();
    const data = join(cache, 'files');
    cpSync(MINI, data, { recursive: true });
    const before = filesIn(data);
    expect(run(['countries', '--data', data], { CAR_BRIEF_CACHE_DIR: cache }).status).toBe(0);
    expect(filesIn(data)).toEqual(before);

    const linked = freshCache();
    const elsewhere = copyDataset();
    symlinkSync(elsewhere, join(linked, 'datasets'));
    const listed = filesIn(elsewhere);
    expect(run(['countries', '--data', elsewhere], { CAR_BRIEF_CACHE_DIR: linked }).status).toBe(0);
    expect(filesIn(elsewhere)).toEqual(listed);
  });

  it('does not hang on a named pipe where an entry should be', () => {
    const cache = freshCache();
    const data = copyDataset();
    expect(run(['countries', '--data', data], { CAR_BRIEF_CACHE_DIR: cache }).status).toBe(0);
    const entries = ['datasets', 'files'].flatMap((kind) =>
      readdirSync(join(cache, kind)).map((name) => join(cache, kind, name)),
    );
    expect(entries.length).toBeGreaterThan(1);
    for (const entry of entries) {
      rmSync(entry);
      expect(spawnSync('mkfifo', [entry]).status).toBe(0);
    }
    const result = run(['countries', '--data', data], { CAR_BRIEF_CACHE_DIR: cache });
    expect(result.signal, 'hung on a FIFO').toBeNull();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('ruritania');
    // edit the data so that the per-file entries (FIFOs too) are looked up
    edit(data, 'issues.yaml', 'The dam is contested.', 'The dam is still contested.');
    const rebuilt = run(['countries', '--data', data], { CAR_BRIEF_CACHE_DIR: cache });
    expect(rebuilt.signal, 'hung on a FIFO').toBeNull();
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
  });
});
