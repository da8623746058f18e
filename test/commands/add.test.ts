import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadDataset, type LoadReport } from '../../src/load/index.js';
import { BUILTIN, MINI, TEST_CACHE, check, runCli } from '../helpers.js';
import { snapshot } from '../snapshot.js';

// add claim|event|actor|issue by flags and add citation, against a copy of the small fixture
// dataset: the record appended (or the citation inserted) with every other byte of the file kept,
// the whole dataset valid after, and every refusal leaving every file of the dataset as it was.

/** A working directory holding a copy of the fixture dataset as data/. */
function workspace(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'car-brief-add-record-'));
  cpSync(MINI, join(cwd, 'data'), { recursive: true });
  return cwd;
}

const add = (cwd: string, ...args: string[]) => runCli(['add', ...args, '--data', 'data'], { cwd });
const read = (cwd: string, file: string) => readFileSync(join(cwd, 'data', file), 'utf8');
const records = (cwd: string, file: string) => parse(read(cwd, file)) as Record<string, unknown>[];

const CLAIM = [
  'claim',
  '--statement',
  'Critics expect the dam to fail.',
  '--kind',
  'report',
  '--attribution',
  'critics',
  '--about',
  'Dam project',
  '--source',
  'test-note',
  '--quote',
  'critics say it is doomed',
];

// A claims file as people write them: comments everywhere, odd indentation and spacing, flow and
// block styles, quoting of every kind, a trailing comment and no line break at its end.
const ODD_CLAIMS = [
  '# yaml-language-server: $schema=../../schema/claims.schema.json',
  '',
  '#   --- the dam ---   ',
  '  - id: dam-size     # sized by the note',
  '    about:   [ dam-project,ruritania ]',
  "    statement: 'The dam project lies 240 km upstream and would store 3 bcm of water.'",
  '    kind:    fact',
  '    figures:',
  '      - {value: 240, unit: km, of: distance upstream}',
  '      -   value: 3',
  '          unit: bcm',
  '          of: storage',
  '    tags: [water]',
  '    sources:',
  '    - source: test-note',
  '      paragraph: 4',
  '      quote: >-',
  '        240 km upstream and would',
  '        store 3 bcm',
  '',
  '      ',
  '  # between records',
  '  - id: dam-doomed',
  '    about: [dam-project]',
  '    statement: "Critics say the dam is doomed."',
  '    kind: report',
  '    attribution: critics',
  '    sources: [ { source: test-note, paragraph: 4, quote: "critics say it is doomed" } ]',
  '  # the end, without a line break',
].join('\n');

describe('add claim|event|actor|issue by flags', () => {
  it('appends a claim, prints its id, keeps every byte before it, and the dataset validates', async () => {
    const cwd = workspace();
    const before = read(cwd, 'claims.yaml');
    const { code, stdout, stderr } = await add(cwd, ...CLAIM);
    expect([code, stdout]).toEqual([0, 'critics-expect-dam-fail\n']);
    expect(stderr).toBe(
      'note: quote found in ¶4 of test-note, the one paragraph that holds it\n' +
        'note: claim critics-expect-dam-fail added to data/claims.yaml\n',
    );
    const after = read(cwd, 'claims.yaml');
    expect(after.slice(0, before.length)).toBe(before);
    expect(after.slice(before.length)).toBe(
      [
        '- id: critics-expect-dam-fail',
        '  about: [dam-project]',
        '  statement: Critics expect the dam to fail.',
        '  kind: report',
        '  attribution: critics',
        '  sources:',
        '    - source: test-note',
        '      paragraph: 4',
        '      quote: "critics say it is doomed"',
        '',
      ].join('\n'),
    );
    await expect(check(join(cwd, 'data'))).resolves.toBeDefined();
  });

  it('keeps every byte of a file full of comments and odd formatting outside the record it appends', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'data/claims.yaml'), ODD_CLAIMS);
    await expect(check(join(cwd, 'data'))).resolves.toBeDefined();
    const { code } = await add(cwd, ...CLAIM, '--figure', 'over 3 bcm: storage', '--quote', 'store 3 bcm');
    expect(code).toBe(0);
    const after = read(cwd, 'claims.yaml');
    expect(after.slice(0, ODD_CLAIMS.length)).toBe(ODD_CLAIMS);
    const appended = after.slice(ODD_CLAIMS.length);
    // A line break ends the file's last line; the record is indented as the file's items are.
    expect(appended.startsWith('\n  - id: critics-expect-dam-fail\n')).toBe(true);
    expect(records(cwd, 'claims.yaml').at(-1)).toEqual({
      id: 'critics-expect-dam-fail',
      about: ['dam-project'],
      statement: 'Critics expect the dam to fail.',
      kind: 'report',
      attribution: 'critics',
      figures: [{ value: 3, unit: 'bcm', of: 'storage', qualifier: 'over' }],
      sources: [
        { source: 'test-note', paragraph: 4, quote: 'critics say it is doomed' },
        { source: 'test-note', paragraph: 4, quote: 'store 3 bcm' },
      ],
    });
    await expect(check(join(cwd, 'data'))).resolves.toBeDefined();
  });

  it('adds an event, an actor and an issue, each a valid record, names resolved to ids', async () => {
    const cwd = workspace();
    const event = await add(
      cwd,
      'event',
      '--title',
      'Vance visits Strelsau again',
      '--date',
      '2024-06',
      '--inferred',
      '--date-note',
      'The note says next year.',
      '--status',
      'Planned',
      '--type',
      'visit',
      '--summary',
      'Vance plans another visit.',
      '--country',
      'Elbonia,Strelsau',
      '--actor',
      'Vance:visitor',
      '--issue',
      'dam-dispute',
      '--tag',
      'diplomacy',
      '--source',
      'test-note',
      '--paragraph',
      '2',
      '--quote',
      'plans to return next year',
    );
    expect([event.code, event.stdout]).toEqual([0, 'vance-visits-strelsau-again-2024-06\n']);
    expect(records(cwd, 'events.yaml').at(-1)).toEqual({
      id: 'vance-visits-strelsau-again-2024-06',
      date: '2024-06',
      date_basis: 'inferred',
      date_note: 'The note says next year.',
      status: 'planned',
      type: 'visit',
      title: 'Vance visits Strelsau again',
      summary: 'Vance plans another visit.',
      countries: ['elbonia', 'ruritania'],
      actors: [{ id: 'ada-vance', role: 'visitor' }],
      tags: ['diplomacy'],
      issues: ['dam-dispute'],
      sources: [{ source: 'test-note', paragraph: 2, quote: 'plans to return next year' }],
    });
    const actor = await add(
      cwd,
      'actor',
      '--name',
      'Dam critics',
      '--kind',
      'group',
      '--summary',
      'Those who say the dam is doomed.',
      '--country',
      'ruritania',
      '--source',
      'test-note',
      '--quote',
      'critics',
      '--json',
    );
    expect(actor.code).toBe(0);
    expect(JSON.parse(actor.stdout)).toEqual(records(cwd, 'actors.yaml').at(-1));
    const issue = await add(
      cwd,
      'issue',
      '--title',
      'Dam dispute',
      '--status',
      'open',
      '--summary',
      'The dam is contested.',
      '--country',
      'RU',
      '--source',
      'test-note',
      '--quote',
      'Trouble Over the Dam',
    );
    // The id made from the title is taken (by the issue dam-dispute): the next one is free.
    expect([issue.code, issue.stdout]).toEqual([0, 'dam-dispute-2\n']);
    await expect(check(join(cwd, 'data'))).resolves.toBeDefined();
  });

  it('cites the latest source where no --source is given, and says so', async () => {
    const cwd = workspace();
    const { code, stdout, stderr } = await add(
      cwd,
      ...CLAIM.filter((arg, i) => arg !== '--source' && CLAIM[i - 1] !== '--source'),
    );
    expect([code, stdout]).toEqual([0, 'critics-expect-dam-fail\n']);
    expect(stderr.split('\n')[0]).toBe('note: citing test-note, the latest source (--source cites another)');
  });

  it('never makes an id that collides: the same statement twice gets -2', async () => {
    const cwd = workspace();
    expect((await add(cwd, ...CLAIM)).stdout).toBe('critics-expect-dam-fail\n');
    expect((await add(cwd, ...CLAIM)).stdout).toBe('critics-expect-dam-fail-2\n');
  });

  it('is seen by the next command, from the cache the check built', async () => {
    const cwd = workspace();
    expect((await add(cwd, ...CLAIM)).code).toBe(0);
    const reports: LoadReport[] = [];
    const env = { CAR_BRIEF_CACHE_DIR: TEST_CACHE };
    const dataset = await loadDataset(join(cwd, 'data'), { cwd, env, report: (how) => reports.push(how) });
    expect(reports).toEqual([{ from: 'cache' }]);
    expect(dataset.get('critics-expect-dam-fail')?.type).toBe('claim');
    const fact = await runCli(['fact', 'critics expect dam fail', '--data', 'data'], { cwd });
    expect(fact.stdout).toContain('Critics expect the dam to fail.');
  });
});

describe('add: refusals leave every file as it was', () => {
  const refusals: [what: string, args: string[], code: number, stderr: string | RegExp][] = [
    [
      'a quote not verbatim: the closest passage offered',
      ['claim', ...CLAIM.slice(1, -1), 'critics say its doomed'],
      3,
      'car-brief: claim refused: --quote "critics say its doomed": not verbatim in any paragraph of test-note; did you mean ¶4: "critics say it is doomed"?; nothing written\n',
    ],
    [
      'a quote in another paragraph than the one given',
      [...CLAIM.slice(0, -2), '--paragraph', '2', '--quote', 'critics say it is doomed'],
      3,
      'car-brief: claim refused: --quote "critics say it is doomed": not in ¶2 but in ¶4 of test-note; nothing written\n',
    ],
    [
      'a name that names nothing, and a figure not in the quotes: every problem listed',
      [...CLAIM.slice(0, 7), '--about', 'Atlantis', '--figure', '241 km: distance', ...CLAIM.slice(9)],
      3,
      '--about Atlantis: no record called "Atlantis"\n' +
        '--figure "241 km: distance": figure 241 does not appear in the record\'s quotes\n' +
        'car-brief: claim refused: 2 problems; nothing written\n',
    ],
    [
      'an id taken',
      [...CLAIM, '--id', 'dam-size'],
      3,
      'car-brief: claim refused: --id dam-size: dam-size is taken, by the claim "The dam project lies 240 km upstream and would store 3 bcm of water."; nothing written\n',
    ],
    [
      'a date that is not EDTF',
      [
        'issue',
        '--title',
        'T',
        '--status',
        'open',
        '--summary',
        'S',
        '--country',
        'ruritania',
        '--since',
        '2024-13',
        '--source',
        'test-note',
        '--quote',
        'dam',
      ],
      3,
      /^car-brief: issue refused: --since 2024-13: 2024-13 is not a calendar date.*; nothing written\n$/,
    ],
    [
      'a flag missing',
      CLAIM.filter((arg, i) => arg !== '--kind' && CLAIM[i - 1] !== '--kind'),
      2,
      'car-brief: add claim needs --kind\n',
    ],
    [
      'no citation',
      CLAIM.slice(0, -4),
      2,
      'car-brief: add claim needs --quote (or --find) (car-brief quote <source> <words...> finds a quote)\n',
    ],
    [
      'a figure that cannot be read',
      [...CLAIM, '--figure', '240km'],
      2,
      /^car-brief: --figure "240km": write it as "VALUE UNIT: WHAT"/,
    ],
    [
      'no flags and no terminal',
      ['claim'],
      2,
      'car-brief: add claim needs its fields as flags when standard input is not a terminal: --statement, --kind, --about, --quote (or --find) (car-brief add claim --help)\n',
    ],
    [
      'a quote in two paragraphs, no --paragraph',
      [
        'actor',
        '--name',
        'Strelsau',
        '--kind',
        'place',
        '--summary',
        'A capital.',
        '--source',
        'test-note',
        '--quote',
        'Elbonia',
      ],
      3,
      'car-brief: actor refused: --paragraph: the quote is in ¶1, ¶2 of test-note: say which paragraph; nothing written\n',
    ],
  ];

  for (const [what, args, code, stderr] of refusals) {
    it(`refuses ${what} (exit ${code})`, async () => {
      const cwd = workspace();
      const before = snapshot(join(cwd, 'data'));
      const result = await add(cwd, ...args);
      expect(result.stdout).toBe('');
      if (typeof stderr === 'string') expect(result.stderr).toBe(stderr);
      else expect(result.stderr).toMatch(stderr);
      expect(result.code).toBe(code);
      expect(snapshot(join(cwd, 'data'))).toEqual(before);
    });
  }

  it('refuses the built-in data, and a dataset not named, as read-only (exit 2)', async () => {
    for (const data of [[], ['--data', BUILTIN]]) {
      const result = await runCli(['add', ...CLAIM, ...data]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^car-brief: add claim writes to a dataset of your own: give --data DIR/);
    }
  });

  it('says what to add when no verb is given (exit 2)', async () => {
    const result = await runCli(['add']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'car-brief: add what? car-brief add claim|event|actor|issue adds a record, add citation <record> a source to one (car-brief add --help)\n',
    );
  });
});

describe('add citation', () => {
  it('inserts the citation into the record, every byte around it kept, and prints the record', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'data/claims.yaml'), ODD_CLAIMS);
    for (const [id, quote] of [
      ['dam-size', 'The dam project is 240 km upstream'],
      ['dam-doomed', 'The dam project is 240 km upstream and would store 3 bcm; critics say it is doomed.'],
    ] as const) {
      const before = read(cwd, 'claims.yaml');
      const result = await add(cwd, 'citation', id, '--source', 'test-note', '--quote', quote, '--json');
      expect([result.code, result.stderr.split('\n').at(-2)]).toEqual([
        0,
        `note: ${id} cites ¶4 of test-note now (2 citations), in data/claims.yaml`,
      ]);
      const after = read(cwd, 'claims.yaml');
      const inserted = insertedPart(before, after);
      expect(inserted.text).toBe(
        id === 'dam-size'
          ? `    - source: test-note\n      paragraph: 4\n      quote: "${quote}"\n`
          : `, { source: test-note, paragraph: 4, quote: "${quote}" }`,
      );
      const record = records(cwd, 'claims.yaml').find((r) => r.id === id)!;
      expect((record.sources as unknown[]).at(-1)).toEqual({ source: 'test-note', paragraph: 4, quote });
      expect((JSON.parse(result.stdout) as { sources: unknown[] }).sources).toEqual(record.sources);
    }
    await expect(check(join(cwd, 'data'))).resolves.toBeDefined();
  });

  it('writes nothing for a passage the record cites already (exit 0)', async () => {
    const cwd = workspace();
    const before = snapshot(join(cwd, 'data'));
    const args = ['citation', 'dam-doomed', '--source', 'test-note', '--quote', 'critics say it is doomed'];
    const result = await add(cwd, ...args);
    expect([result.code, result.stdout, result.stderr]).toEqual([
      0,
      'dam-doomed\n',
      'note: quote found in ¶4 of test-note, the one paragraph that holds it\n' +
        'note: dam-doomed cites that passage already: nothing written\n',
    ]);
    expect(snapshot(join(cwd, 'data'))).toEqual(before);
  });

  it('refuses a quote not verbatim (exit 3) and a record that does not exist (exit 4), writing nothing', async () => {
    const cwd = workspace();
    const before = snapshot(join(cwd, 'data'));
    const bad = await add(
      cwd,
      'citation',
      'dam-size',
      '--source',
      'test-note',
      '--paragraph',
      '4',
      '--quote',
      '240 km upstrem',
    );
    expect(bad.code).toBe(3);
    expect(bad.stderr).toBe(
      'car-brief: citation refused: --quote "240 km upstrem": not verbatim in ¶4 of test-note; did you mean ¶4: "240 km upstream"?; nothing written\n',
    );
    const missing = await add(cwd, 'citation', 'no-such-claim', '--source', 'test-note', '--quote', 'dam');
    expect(missing.code).toBe(4);
    expect(snapshot(join(cwd, 'data'))).toEqual(before);
  });
});

/** What was inserted into before to make after: one stretch, everything around it the same. */
function insertedPart(before: string, after: string): { at: number; text: string } {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before.at(-1 - end) === after.at(-1 - end)) end++;
  expect(before.length - start - end).toBe(0); // nothing of before was changed or lost
  return { at: start, text: after.slice(start, after.length - end) };
}
