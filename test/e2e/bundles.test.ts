import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { runBin } from './spawn.js';

// The CLI is two bundles (scripts/build.js): dist/main.cjs, all a lookup loads, and dist/tools.cjs,
// the toolkit, loaded by main.cjs when a tool runs. Here: the split holds, a lookup never loads
// the tools, and an error a tool throws gets its documented exit code, which main.cjs decides by
// `instanceof` (only one class of each error may exist, main.cjs's).
const OUTSIDE = mkdtempSync(join(tmpdir(), 'car-brief-bundles-'));
const ENV = { PATH: process.env.PATH ?? '', HOME: OUTSIDE };
const where = { cwd: OUTSIDE, env: ENV };
const draft = (name: string) => join(ROOT, 'test/fixtures/drafts', name);
const dist = (file: string) => readFileSync(join(ROOT, 'dist', file), 'utf8');

// Runs commands in one process through bin/main-loader.js, as bin/car-brief.js does, then prints
// a JavaScript expression of the loader (`loader`) and the exit codes (`codes`).
function inProcess(root: string, commands: string[][], report: string): string {
  const script = `
    const loader = require('./bin/main-loader.js');
    const { main } = loader.loadMain().exports;
    const sink = { write: () => true };
    (async () => {
      const codes = [];
      for (const argv of ${JSON.stringify(commands)})
        codes.push(await main(argv, { stdout: sink, stderr: sink, env: { HOME: ${JSON.stringify(OUTSIDE)} }, cwd: ${JSON.stringify(OUTSIDE)} }));
      console.log(JSON.stringify(${report}));
    })();`;
  const { stdout, stderr } = spawnSync(process.execPath, ['-e', script], {
    cwd: root,
    env: ENV,
    encoding: 'utf8',
  });
  expect(stderr).toBe('');
  return stdout.trim();
}

// A copy of the installation (bin, dist, data), to damage.
function copyInstallation(): string {
  const copy = mkdtempSync(join(tmpdir(), 'car-brief-bundles-copy-'));
  for (const part of ['bin', 'dist', 'data', 'package.json']) {
    cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

describe('the two bundles (built binary)', { timeout: 120_000 }, () => {
  it('are split: the toolkit is in tools.cjs only, main.cjs has the one copy of the error classes, both of one build', () => {
    const main = dist('main.cjs');
    const tools = dist('tools.cjs');
    // check's own message is in tools.cjs; the classes of src/errors.ts are in main.cjs.
    expect(main).not.toContain('disagrees with the dataset (');
    expect(tools).toContain('disagrees with the dataset (');
    expect(main).toContain('dataset invalid: ');
    expect(tools).not.toContain('dataset invalid: ');
    const firstLine = (text: string) => text.slice(0, text.indexOf('\n'));
    expect(firstLine(tools)).toBe(firstLine(main));
    expect(firstLine(main)).toMatch(/^\/\*! car-brief build [0-9a-f]{16} \*\/$/);
  });

  it('main.cjs is ASCII, a one-byte string for V8 (the build escapes what is not in regular expressions)', () => {
    const main = dist('main.cjs');
    expect(main.match(/.{0,40}\P{ASCII}.{0,20}/gu) ?? []).toEqual([]);
    // In place of the characters the build escaped: the curly apostrophe of a regular expression.
    expect(main).toContain('[\\u2019');
  });

  it('a lookup loads main.cjs only; a tool loads tools.cjs too', () => {
    const lookups = [
      ['country', 'uzbekistan'],
      ['timeline', '--json'],
      ['search', 'super', 'mushak', '--json'],
      ['fact', 'TAPI', 'length'],
      ['show', 'tapi'],
      ['claims', '--kind', 'assessment'],
    ];
    const report = '[codes, loader.LOADED.has(loader.TOOLS)]';
    expect(inProcess(ROOT, lookups, report)).toBe(`[[0,0,0,0,0,0],false]`);
    expect(inProcess(ROOT, [['check', draft('faithful.md')]], report)).toBe('[[0],true]');
  });

  it("gives an error a tool throws its documented exit code and message, as main.cjs's own", () => {
    // DraftDisagreesError (exit 5), thrown by check in tools.cjs.
    const disagrees = runBin(['check', draft('problems.md')], where);
    expect(disagrees.code).toBe(5);
    expect(disagrees.stderr).toMatch(
      /^car-brief: .*problems\.md disagrees with the dataset \(\d+ errors?\)$/m,
    );
    // NotFoundError (exit 4) with its hint, thrown by sources update in tools.cjs.
    const missing = runBin(['sources', 'update', 'no-such-source', draft('problems.md')], where);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toBe(
      'car-brief: no source called "no-such-source"\ncar-brief sources lists the sources\n',
    );
    // UsageError (exit 2), thrown by check in tools.cjs for a draft that is not there.
    const absent = runBin(['check', join(OUTSIDE, 'no-such-draft.md')], where);
    expect(absent.code).toBe(2);
    for (const { stderr } of [disagrees, missing, absent]) expect(stderr).not.toContain('unexpected error');
  });

  it("starts a lookup with its command's own code cache, and falls back to main.cjs.cache", () => {
    const copy = copyInstallation();
    // The size of the cache V8 was given ('none'), and whether it took it.
    const given = (command: string) =>
      spawnSync(
        process.execPath,
        [
          '-e',
          `const { Script } = require('node:vm');
           let size = 'none';
           const Original = Script;
           require('node:vm').Script = class extends Original {
             constructor(source, options) { super(source, options); size = options.cachedData?.length ?? 'none'; }
           };
           const loaded = require('./bin/main-loader.js').loadMain({ command: ${JSON.stringify(command)} });
           console.log(size, loaded.script.cachedDataRejected);`,
        ],
        { cwd: copy, env: ENV, encoding: 'utf8' },
      ).stdout.trim();
    const size = (file: string) => {
      const bytes = readFileSync(join(copy, 'dist', file));
      return bytes.length - bytes.indexOf(10) - 1;
    };
    expect(given('country')).toBe(`${size('main.cjs.country.cache')} false`);
    expect(size('main.cjs.country.cache')).toBeLessThan(size('main.cjs.cache'));
    // A command without a cache of its own, a word that is no command, a path: the general cache.
    for (const word of ['compare', '--data', '../../dist/main.cjs', 'Country'])
      expect(given(word), word).toBe(`${size('main.cjs.cache')} false`);
    // A damaged cache of its own is not used: the general one is.
    const own = join(copy, 'dist/main.cjs.country.cache');
    const bytes = readFileSync(own);
    writeFileSync(own, Buffer.from(bytes.map((b, i) => (i === bytes.length - 100 ? b ^ 1 : b))));
    expect(given('country')).toBe(`${size('main.cjs.cache')} false`);
    const answer = spawnSync(
      process.execPath,
      [join(copy, 'bin/car-brief.js'), 'country', 'kyrgyzstan'],
      where,
    );
    expect(answer.status).toBe(0);
  });

  it("uses tools.cjs's code cache only with its own build, and refuses a tools.cjs of another build", () => {
    const copy = copyInstallation();
    // false: V8 was given the cache and took it; undefined: the loader gave it none.
    const rejected = () =>
      inProcess(
        copy,
        [['check', draft('problems.md')]],
        'loader.LOADED.get(loader.TOOLS).script.cachedDataRejected ?? null',
      );
    expect(rejected()).toBe('false');
    const cache = join(copy, 'dist/tools.cjs.cache');
    const bytes = readFileSync(cache);
    writeFileSync(cache, Buffer.from(bytes.map((b, i) => (i === bytes.length - 100 ? b ^ 1 : b))));
    expect(rejected()).toBe('null');
    const answer = runBin(['check', draft('problems.md')], { ...where, cwd: copy });
    expect(answer.code).toBe(5);

    const tools = join(copy, 'dist/tools.cjs');
    writeFileSync(
      tools,
      readFileSync(tools, 'utf8').replace(/^\/\*! car-brief build [0-9a-f]+/, '/*! car-brief build 0000'),
    );
    const { status, stderr } = spawnSync(
      process.execPath,
      [join(copy, 'bin/car-brief.js'), 'check', draft('faithful.md')],
      {
        ...where,
        encoding: 'utf8',
      },
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^car-brief: unexpected error: .*tools\.cjs is not of the same build as .*main\.cjs: reinstall car-brief\n$/,
    );
  });
});
