import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset, type LoadReport } from '../../src/load/index.js';
import { ROOT, copyDataset, edit } from '../helpers.js';

// The built binary, run as a user would: from a directory outside the repository, in a pipe.
const BIN = join(ROOT, 'bin/car-brief.js');
const OUTSIDE = mkdtempSync(join(tmpdir(), 'car-brief-e2e-'));
const ENV = { PATH: process.env.PATH ?? '', HOME: OUTSIDE };

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: OUTSIDE,
    env: { ...ENV, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The binary run without waiting for it, so that several runs overlap.
function start(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string }>((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: OUTSIDE, env: { ...ENV, ...env } });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('close', (code) => done({ code, stdout }));
  });
}

function shell(script: string) {
  const result = spawnSync('bash', ['-c', script], { cwd: OUTSIDE, env: { ...ENV, BIN }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bin/car-brief.js', () => {
  it('is built', () => {
    expect(existsSync(join(ROOT, 'dist/main.cjs'))).toBe(true);
  });

  it('colours the brief in a pipe when asked (--color=always), and --color=never beats FORCE_COLOR', () => {
    const always = run(['country', 'uzbekistan', '--color=always']);
    expect(always.code).toBe(0);
    expect(always.stdout.startsWith('\u001b[1mUzbekistan')).toBe(true);
    const forced = run(['country', 'uzbekistan', '--format', 'table'], { FORCE_COLOR: '1' });
    expect(forced.stdout.startsWith('\u001b[1mUzbekistan')).toBe(true);
    const never = run(['country', 'uzbekistan', '--format', 'table', '--color=never'], { FORCE_COLOR: '1' });
    expect(never.stdout.startsWith('Uzbekistan')).toBe(true);
  });

  it('answers the main job in a pipe: TSV, no colour, exit 0', () => {
    const { code, stdout, stderr } = run(['country', 'uzbekistan']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toContain('\u001b[');
    const lines = stdout.slice(0, -1).split('\n');
    expect(lines[0]).toBe('date\tsection\tid\ttitle\tkind\tstatus\tdate_basis\tscope\tdetail\tsource');
    expect(lines.every((line) => line.split('\t').length === 10)).toBe(true);
    expect(lines[1]).toBe(
      '\tcountry\tuzbekistan\tUzbekistan\tcountry\t\t\t\tUZ; UZB; Tashkent; Central Asia\tpak-car-analysis-2024 ¶12, 13, 14, 15',
    );
  });

  it('resolves every way of naming a country', () => {
    const names: [string, string][] = [
      ['tashkent', 'uzbekistan'],
      ['UZ', 'uzbekistan'],
      ['uzb', 'uzbekistan'],
      ['Kyrgyz Republic', 'kyrgyzstan'],
      ['Ashgabat', 'turkmenistan'],
      ['baku', 'azerbaijan'],
      ['Islamabad', 'pakistan'],
    ];
    for (const country of [
      'pakistan',
      'kazakhstan',
      'kyrgyzstan',
      'tajikistan',
      'turkmenistan',
      'uzbekistan',
      'azerbaijan',
      'afghanistan',
    ]) {
      names.push([country, country]);
    }
    for (const [name, id] of names) {
      const { code, stdout } = run(['country', name, '--json']);
      expect(code, name).toBe(0);
      expect(JSON.parse(stdout).country.id, name).toBe(id);
    }
  });

  it('answers a misspelling with a note on stderr', () => {
    const { code, stdout, stderr } = run(['country', 'uzbekstan', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).country.name).toBe('Uzbekistan');
    expect(stderr).toContain('"uzbekstan" taken as Uzbekistan');
  });

  it('gives full records with their sources in JSON', () => {
    const brief = JSON.parse(run(['country', 'kyrgyzstan', '--json']).stdout);
    expect(brief.country).toMatchObject({ iso2: 'KG', iso3: 'KGZ', capital: 'Bishkek' });
    expect(brief.events.length).toBeGreaterThan(0);
    for (const record of [...brief.events, ...brief.issues, ...brief.claims]) {
      expect(record.sources[0]).toEqual({
        source: 'pak-car-analysis-2024',
        paragraph: expect.any(Number),
        quote: expect.any(String),
      });
    }
  });

  it('exits 4 for an unknown country, 2 for bad usage, without stack traces', () => {
    const missing = run(['country', 'atlantis']);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain('no country called "atlantis"');
    const usage = run(['contry', 'uzbekistan']);
    expect(usage.code).toBe(2);
    for (const stderr of [missing.stderr, usage.stderr]) expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('validates the built-in data, and a broken copy with positions and exit 3', () => {
    expect(run(['validate']).code).toBe(0);
    const dir = copyDataset(join(ROOT, 'data'));
    edit(dir, 'events.yaml', 'date: "2019"', 'date: "2019-14"');
    const broken = run(['validate', '--data', dir]);
    expect(broken.code).toBe(3);
    expect(broken.stderr).toMatch(
      /events\.yaml:\d+:\d+: date: 2019-14 is not a calendar date: there is no month 14/,
    );
    expect(run(['country', 'uzbekistan'], { CAR_BRIEF_DATA: dir }).code).toBe(3);
  });

  it('ends quietly when the reader of the pipe goes away', () => {
    // `true` exits before car-brief writes, so the write meets a closed pipe (EPIPE).
    const closed = shell('(sleep 0.3; node "$BIN" country pakistan) | true; echo "exit=${PIPESTATUS[0]}"');
    expect(closed).toEqual({ code: 0, stdout: 'exit=0\n', stderr: '' });
    const head = shell('node "$BIN" country pakistan | head -1');
    expect(head.stdout).toBe('date\tsection\tid\ttitle\tkind\tstatus\tdate_basis\tscope\tdetail\tsource\n');
  });

  it('reports a failed write in one line, without a stack trace', () => {
    const { code, stderr } = shell('node "$BIN" country pakistan > /dev/full');
    expect(code).toBe(1);
    expect(stderr).toBe('car-brief: cannot write the output: ENOSPC\n');
  });

  it('serves scripts in pipes: cut, JSON, ndjson, head', () => {
    const cut = shell('node "$BIN" timeline --country uzbekistan --format tsv | cut -f1,4');
    expect(cut.stdout.split('\n').slice(0, 3)).toEqual([
      'date\ttitle',
      '199X\tIMU pushed out of Central Asia to Afghanistan',
      '2024-07\tPakistan gives Uzbekistan one Super Mushak free of charge',
    ]);
    const hits = JSON.parse(run(['search', 'taliban', 'broker', '--json']).stdout);
    expect(hits[0]).toMatchObject({ type: 'claim', id: 'tashkent-sought-taliban-broker-role' });
    const ndjson = run(['timeline', '--format', 'ndjson']).stdout.trimEnd().split('\n');
    expect(ndjson.map((line) => JSON.parse(line).id)).toHaveLength(12);
    // claims --json is over 64 KB, more than a pipe holds: the write after head exits meets EPIPE.
    const big = shell('node "$BIN" claims --json | head -c 1; echo; echo "exit=${PIPESTATUS[0]}"');
    expect(big).toEqual({ code: 0, stdout: '[\nexit=0\n', stderr: '' });
    const head = shell('node "$BIN" timeline | head -1; echo "exit=${PIPESTATUS[0]}"');
    expect(head).toEqual({
      code: 0,
      stdout:
        'date\tstart\tend\ttitle\ttype\tstatus\tdate_basis\tcountries\tid\tactors\tissues\ttags\tscope\tdate_note\tsource\tprecision\tstale_since\nexit=0\n',
      stderr: '',
    });
  });

  it('answers a writer mid-draft: fact, show, exit 4 when nothing fits', () => {
    const fact = run(['fact', 'TAPI', 'length']);
    expect(fact.code).toBe(0);
    expect(fact.stdout).toMatch(/^The TAPI gas pipeline is 1,735 km long .* — .*¶2\n$/);
    expect(JSON.parse(run(['show', 'COAS', '--json']).stdout).id).toBe('asim-munir');
    const none = run(['fact', 'GDP', 'of', 'Mongolia']);
    expect(none.code).toBe(4);
    expect(none.stderr).toContain('no claim matches');
  });

  it('honours NO_COLOR and FORCE_COLOR', () => {
    expect(run(['country', 'uzbekistan', '--format', 'table'], { FORCE_COLOR: '1' }).stdout).toContain(
      '\u001b[',
    );
    expect(
      run(['country', 'uzbekistan', '--format', 'table'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout,
    ).not.toContain('\u001b[');
  });

  it('stays right when several processes fill the same cache at once', async () => {
    const data = copyDataset(join(ROOT, 'data'));
    const cache = mkdtempSync(join(tmpdir(), 'car-brief-e2e-cache-'));
    const env = { CAR_BRIEF_CACHE_DIR: cache };
    const args = ['timeline', '--json', '--data', data];
    const expected = run([...args, '--no-cache']).stdout;
    const runs = await Promise.all([1, 2, 3, 4].map(() => start(args, env)));
    for (const { code, stdout } of runs) expect({ code, stdout }).toEqual({ code: 0, stdout: expected });
    // One whole entry per place, no temporary files left behind, and it is used.
    expect(readdirSync(join(cache, 'datasets'))).toHaveLength(1);
    expect(readdirSync(join(cache, 'files')).filter((file) => !file.endsWith('.bin'))).toEqual([]);
    let how: LoadReport | undefined;
    await loadDataset(data, { cwd: OUTSIDE, env, report: (report) => (how = report) });
    expect(how).toEqual({ from: 'cache' });
    expect(run(args, env).stdout).toBe(expected);
  });

  it('uses the code cache made by the build, only with its own build, and answers the same without it', () => {
    const copy = mkdtempSync(join(tmpdir(), 'car-brief-copy-'));
    for (const part of ['bin', 'dist', 'data', 'package.json']) {
      cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    // undefined: the loader gave V8 no cache; false: V8 was given one and took it.
    const rejected = () =>
      spawnSync(
        process.execPath,
        ['-e', "console.log(require('./bin/main-loader.js').loadMain().script.cachedDataRejected)"],
        { cwd: copy, env: ENV, encoding: 'utf8' },
      ).stdout;
    const answer = () => {
      const { status, stdout, stderr } = spawnSync(
        process.execPath,
        [join(copy, 'bin/car-brief.js'), 'country', 'kyrgyzstan'],
        { cwd: OUTSIDE, env: ENV, encoding: 'utf8' },
      );
      return { status, stdout, stderr };
    };
    expect(rejected()).toBe('false\n');
    const expected = answer();
    expect(expected.status).toBe(0);
    const cache = join(copy, 'dist/main.cjs.cache');
    const bytes = readFileSync(cache);
    const damages: [string, Buffer][] = [
      ['a changed byte', Buffer.from(bytes.map((b, i) => (i === bytes.length - 100 ? b ^ 1 : b)))],
      [
        'another build',
        Buffer.concat([
          Buffer.from('/*! car-brief build 0000 */ 1\n'),
          bytes.subarray(bytes.indexOf(10) + 1),
        ]),
      ],
      ['empty', Buffer.alloc(0)],
    ];
    for (const [what, damaged] of damages) {
      writeFileSync(cache, damaged);
      expect(rejected(), what).toBe('undefined\n');
      expect(answer(), what).toEqual(expected);
    }
    rmSync(cache);
    expect(answer()).toEqual(expected);
  });
});
