import { createHash } from 'node:crypto';
import {
  cpSync,
  copyFileSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadDataset, type LoadReport } from '../../src/load/index.js';
import { BUILTIN, MINI, ROOT, TEST_CACHE, TEST_TODAY, check, runCli } from '../helpers.js';
import { snapshot } from '../snapshot.js';

// sources add against a copy of the small fixture dataset: text, Markdown and a saved web page,
// metadata from flags and from the page, the same text twice, and refusals that leave every file
// as it was.

const PAGE = join(ROOT, 'examples/saved-page.html');
// sources add stamps added: with today as runs see it (CAR_BRIEF_TODAY in tests).
const TODAY = TEST_TODAY;

/** A working directory holding a copy of the fixture dataset (data/) and the files to add. */
function workspace(files: Record<string, string> = {}): string {
  const cwd = mkdtempSync(join(tmpdir(), 'car-brief-add-'));
  cpSync(MINI, join(cwd, 'data'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  return cwd;
}

const add = (cwd: string, ...args: string[]) =>
  runCli(['sources', 'add', ...args, '--data', 'data'], { cwd });
const sourcesOf = (cwd: string) =>
  parse(readFileSync(join(cwd, 'data/sources.yaml'), 'utf8')) as Record<string, unknown>[];

describe('sources add', () => {
  it('adds a plain text: its paragraphs kept verbatim, its record from the flags, and prints them numbered', async () => {
    const text =
      'Ruritania’s minister said the “dam” — all 240 km of it — is safe.\n\nElbonia   disagrees.\n';
    const cwd = workspace({ 'talks.txt': text });
    const before = readFileSync(join(cwd, 'data/sources.yaml'), 'utf8');
    const result = await add(
      cwd,
      'talks.txt',
      '--title',
      'Dam talks resume',
      '--published',
      '2024-03',
      '--author',
      'A. Brennan',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'added dam-talks-resume-2024 (2 paragraphs, data/texts/dam-talks-resume-2024.txt)\n\n' +
        '¶1  Ruritania’s minister said the “dam” — all 240 km of it — is safe.\n' +
        '¶2  Elbonia   disagrees.\n',
    );
    const stored = readFileSync(join(cwd, 'data/texts/dam-talks-resume-2024.txt'), 'utf8');
    expect(stored).toBe(
      'Ruritania’s minister said the “dam” — all 240 km of it — is safe.\nElbonia   disagrees.\n',
    );
    const after = readFileSync(join(cwd, 'data/sources.yaml'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(sourcesOf(cwd).at(-1)).toEqual({
      id: 'dam-talks-resume-2024',
      kind: 'article',
      label: 'Dam talks resume',
      title: 'Dam talks resume',
      author: 'A. Brennan',
      publisher: null,
      published: '2024-03',
      published_basis: 'stated',
      url: null,
      text: 'texts/dam-talks-resume-2024.txt',
      sha256: createHash('sha256').update(stored).digest('hex'),
      added: TODAY,
    });
    await expect(check(join(cwd, 'data'))).resolves.toBeDefined();
  });

  it('wraps the paragraphs on a terminal, each under its number', async () => {
    const cwd = workspace({
      'talks.txt':
        'The talks on the dam resumed in Strelsau on Monday, after a year without any meeting at all.\n',
    });
    const { code, stdout } = await runCli(
      ['sources', 'add', 'talks.txt', '--data', 'data', '--published', '2024'],
      {
        cwd,
        tty: true,
        columns: 40,
      },
    );
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(2)).toEqual([
      '¶1  The talks on the dam resumed in',
      '    Strelsau on Monday, after a year',
      '    without any meeting at all.',
      '',
    ]);
  });

  it('adds Markdown by its text, its first heading the title; every flag has its field', async () => {
    const cwd = workspace({
      'notes.md': '# Notes on the *dam*\n\nThe reservoir would flood **two** valleys.\n',
    });
    const { code, stdout } = await add(
      cwd,
      'notes.md',
      '--published',
      '2024',
      '--inferred',
      '--kind',
      'Report',
      '--id',
      'dam-notes',
      '--label',
      'Notes on the dam (2024)',
      '--publisher',
      'Courier',
      '--url',
      'https://courier.example/notes',
      '--derived-from',
      'test-note',
      '--notes',
      'The year is inferred from the text.',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('¶1  Notes on the dam\n¶2  The reservoir would flood two valleys.\n');
    expect(sourcesOf(cwd).at(-1)).toMatchObject({
      id: 'dam-notes',
      kind: 'report',
      label: 'Notes on the dam (2024)',
      title: 'Notes on the dam',
      author: null,
      publisher: 'Courier',
      published: '2024',
      published_basis: 'inferred',
      url: 'https://courier.example/notes',
      derived_from: 'test-note',
      text: 'texts/dam-notes.txt',
      notes: 'The year is inferred from the text.',
    });
  });

  it("adds a saved web page's article, its record filled from the page where no flag says otherwise", async () => {
    const cwd = workspace();
    copyFileSync(PAGE, join(cwd, 'page.html'));
    const { code, stdout } = await add(
      cwd,
      'page.html',
      '--publisher',
      'Strelsau Courier (online)',
      '--json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      added: boolean;
      source: Record<string, unknown>;
      paragraphs: unknown[];
    };
    expect(json.added).toBe(true);
    expect(json.source).toEqual({
      id: 'ruritania-elbonia-agree-inspect-dam-2024',
      kind: 'article',
      label: 'Ruritania and Elbonia agree to inspect the dam',
      title: 'Ruritania and Elbonia agree to inspect the dam',
      author: 'Ada Brennan',
      publisher: 'Strelsau Courier (online)',
      published: '2024-03-14',
      published_basis: 'stated',
      url: 'https://courier.example/2024/03/dam-inspections',
      text: 'texts/ruritania-elbonia-agree-inspect-dam-2024.txt',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      added: TODAY,
    });
    expect(json.paragraphs).toHaveLength(7);
    expect(json.paragraphs[4]).toEqual({
      paragraph: 5,
      text: 'The dam would store 3\u00a0bcm of water. “Nobody has paid for the turbines yet”, an engineer at the Café Zenda conference said.',
    });
    expect(sourcesOf(cwd).at(-1)).toEqual(json.source);
  });

  it('gives a made-up id the next free number, and the same text twice is added once', async () => {
    const cwd = workspace({ 'a.txt': 'First text.\n', 'b.txt': 'Second text.\n' });
    expect((await add(cwd, 'a.txt', '--title', 'Dam', '--published', '2024')).code).toBe(0);
    expect((await add(cwd, 'b.txt', '--title', 'Dam', '--published', '2024')).code).toBe(0);
    expect(sourcesOf(cwd).map((source) => source.id)).toEqual(['test-note', 'dam-2024', 'dam-2024-2']);
    const files = snapshot(cwd);
    const again = await add(cwd, 'b.txt', '--title', 'Other title', '--published', '2025');
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n')[0]).toBe(
      'already present as dam-2024-2: nothing written (1 paragraph, data/texts/dam-2024-2.txt)',
    );
    // The fixture's own text, with no SHA-256 recorded, is known by its paragraphs.
    writeFileSync(join(cwd, 'note.txt'), readFileSync(join(MINI, 'texts/note.txt')));
    expect((await add(cwd, 'note.txt', '--json')).stdout).toContain('"added": false');
    expect(snapshot(cwd)).toEqual(
      new Map([...files, ['note.txt', readFileSync(join(MINI, 'texts/note.txt'))]]),
    );
  });

  it('refuses a source, leaving every file as it was, with the reason and exit 3 (2 for a usage error)', async () => {
    const cwd = workspace({ 'talks.txt': 'Talks resumed.\n', 'empty.txt': '\n \n' });
    writeFileSync(join(cwd, 'bad.txt'), Buffer.from([0x54, 0xff, 0x0a]));
    const files = snapshot(cwd);
    const cases: [args: string[], code: number, message: RegExp][] = [
      [['--published', '2024-13'], 3, /--published 2024-13: .*month/],
      [
        ['--published', '2024', '--id', 'test-note'],
        3,
        /--id test-note is taken, by the source "Test note on Ruritania and Elbonia"/,
      ],
      [['--published', '2024', '--id', 'elbonia'], 3, /--id elbonia is taken, by the actor "Elbonia"/],
      [['--published', '2024', '--id', 'Bad Id'], 3, /--id Bad Id is not a kebab-case slug/],
      [
        ['--published', '2024', '--derived-from', 'test-not'],
        3,
        /--derived-from test-not names no source \(did you mean "test-note"\?\)/,
      ],
      [
        ['--published', '2024', '--derived-from', 'elbonia'],
        3,
        /--derived-from elbonia is an actor, not a source/,
      ],
      [[], 2, /--published is needed: the text gives no date of publication/],
      [['--inferred'], 2, /--inferred says the --published date is inferred: give --published too/],
      [
        ['--published', '2024', '--kind', 'blog'],
        2,
        /argument 'blog' is invalid\. use one of: article, report/,
      ],
    ];
    for (const [args, code, message] of cases) {
      const result = await add(cwd, 'talks.txt', ...args);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stdout).toBe('');
    }
    const refusedFile = async (file: string, message: RegExp, code = 3) => {
      const result = await add(cwd, file, '--published', '2024');
      expect([result.code, result.stderr]).toEqual([code, expect.stringMatching(message)]);
    };
    await refusedFile('empty.txt', /^car-brief: empty.txt: it has no text; nothing written\n$/);
    await refusedFile('bad.txt', /^car-brief: bad.txt:1:2: not a UTF-8 text file/);
    await refusedFile('missing.txt', /missing.txt: no such file/, 2);
    for (const data of [[], ['--data', BUILTIN]]) {
      const builtin = await runCli(['sources', 'add', 'talks.txt', '--published', '2024', ...data], { cwd });
      expect([builtin.code, builtin.stderr]).toEqual([
        2,
        expect.stringMatching(/give --data DIR.*the built-in data is read-only/),
      ]);
    }
    expect(snapshot(cwd)).toEqual(files);
  });

  it('takes blank flags as not given, and adds nothing to a dataset that is invalid already', async () => {
    const cwd = workspace({ 'talks.txt': 'Talks resumed.\n' });
    const blank = await add(
      cwd,
      'talks.txt',
      '--published',
      '2024',
      '--url',
      ' ',
      '--notes',
      '',
      '--title',
      ' ',
    );
    expect([blank.code, blank.stderr]).toEqual([0, '']);
    expect(sourcesOf(cwd).at(-1)).toMatchObject({
      id: 'source-2024',
      label: 'Untitled article (2024)',
      url: null,
    });
    const invalid = workspace({ 'talks.txt': 'Talks resumed.\n' });
    writeFileSync(join(invalid, 'data/claims.yaml'), '- id: broken\n');
    const files = snapshot(invalid);
    const refused = await add(invalid, 'talks.txt', '--published', '2024');
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/dataset invalid: \d+ problems?\n$/);
    expect(snapshot(invalid)).toEqual(files);
  });

  it('appends to a sources.yaml full of comments and odd formatting, every other byte unchanged', async () => {
    const cwd = workspace({ 'talks.txt': 'Talks resumed.\n' });
    const odd = [
      '# yaml-language-server: $schema=../../schema/sources.schema.json',
      '#   Sources — keep them in the order they were found!',
      '',
      '-   id:     test-note   # the fixture’s one',
      '    kind: "article"',
      "    label: 'Test note on Ruritania and Elbonia'",
      '    title: ~',
      '    author:',
      '    publisher: null',
      '    published: 2023',
      '    published_basis: inferred',
      '    text: texts/note.txt',
      '    notes: >-',
      '      A made-up text',
      '      for tests.',
      '',
      '# end of the list; no line break after this comment',
    ].join('\n');
    writeFileSync(join(cwd, 'data/sources.yaml'), odd);
    const { code, stderr } = await add(
      cwd,
      'talks.txt',
      '--title',
      'Talks resume',
      '--published',
      '2024-03-01',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const after = readFileSync(join(cwd, 'data/sources.yaml'), 'utf8');
    expect(after.slice(0, odd.length + 1)).toBe(`${odd}\n`);
    expect(after.slice(odd.length + 1)).toBe(
      [
        '- id: talks-resume-2024',
        '  kind: article',
        '  label: Talks resume',
        '  title: Talks resume',
        '  author: null',
        '  publisher: null',
        '  published: "2024-03-01"',
        '  published_basis: stated',
        '  url: null',
        '  text: texts/talks-resume-2024.txt',
        `  sha256: ${createHash('sha256').update('Talks resumed.\n').digest('hex')}`,
        `  added: "${TODAY}"`,
        '',
      ].join('\n'),
    );
    // The file's mode is kept.
    expect(statSync(join(cwd, 'data/sources.yaml')).mode & 0o777).toBe(
      statSync(join(cwd, 'talks.txt')).mode & 0o777,
    );
  });

  it('refuses a sources.yaml it cannot append to without rewriting it', async () => {
    const cwd = workspace({ 'talks.txt': 'Talks resumed.\n' });
    const flow =
      '[{id: test-note, kind: article, label: Test note, title: null, author: null, publisher: null, published: 2023, published_basis: inferred, text: texts/note.txt}]\n';
    writeFileSync(join(cwd, 'data/sources.yaml'), flow);
    const files = snapshot(cwd);
    const { code, stderr } = await add(cwd, 'talks.txt', '--published', '2024');
    expect(code).toBe(3);
    expect(stderr).toMatch(/^car-brief: cannot add to data\/sources.yaml: its list is written in brackets/);
    expect(snapshot(cwd)).toEqual(files);
  });

  it('writes through a sources.yaml that is a link to the file, keeping the link', async () => {
    const cwd = workspace({ 'talks.txt': 'Talks resumed.\n' });
    renameSync(join(cwd, 'data/sources.yaml'), join(cwd, 'sources-kept-elsewhere.yaml'));
    symlinkSync(join(cwd, 'sources-kept-elsewhere.yaml'), join(cwd, 'data/sources.yaml'));
    expect((await add(cwd, 'talks.txt', '--published', '2024')).code).toBe(0);
    expect(lstatSync(join(cwd, 'data/sources.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(cwd, 'sources-kept-elsewhere.yaml'), 'utf8')).toContain('- id: source-2024\n');
  });

  it('is seen at once by the reading commands, through the cache', async () => {
    const cwd = workspace({
      'talks.txt': 'Talks on the dam resumed in Strelsau.\nElbonia sent three engineers.\n',
    });
    expect((await runCli(['sources', '--data', 'data', '--format', 'tsv'], { cwd })).stdout).not.toContain(
      'talks',
    );
    expect((await add(cwd, 'talks.txt', '--title', 'Talks', '--published', '2024')).code).toBe(0);
    const listed = await runCli(['sources', '--data', 'data', '--format', 'tsv'], { cwd });
    expect(listed.stdout).toContain('\ttalks-2024\tarticle\tTalks\t');
    const shown = await runCli(['show', 'talks-2024', '--data', 'data', '--json'], { cwd });
    expect((JSON.parse(shown.stdout) as { record: { added: string } }).record.added).toBe(TODAY);
    const quoted = await runCli(['quote', 'talks-2024', 'three', 'engineers', '--data', 'data'], { cwd });
    expect(quoted.stdout).toBe('¶2  three engineers\n');
    // The compiled form made while the new source was checked is the one the next command opens.
    const reports: LoadReport[] = [];
    const env = { CAR_BRIEF_CACHE_DIR: TEST_CACHE };
    const dataset = await loadDataset(join(cwd, 'data'), { cwd, env, report: (how) => reports.push(how) });
    expect(reports).toEqual([{ from: 'cache' }]);
    expect(dataset.sources.map((source) => source.id)).toEqual(['test-note', 'talks-2024']);
  });
});
