import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, copyDataset, edit, lineOf, runCli } from '../helpers.js';

// car-brief stale on a fixture whose plans, pending claims and issue go stale on known days
// (test/fixtures/stale: a dispatch of July 2024, and a later report added on 2025-07-01 that
// says the consulate opened), and on the built-in data as of two dates.

const FIXTURE = join(ROOT, 'test/fixtures/stale');
const stale = (args: string[], options: Parameters<typeof runCli>[1] = {}) =>
  runCli(['stale', '--data', FIXTURE, ...args], options);
const tsv = async (args: string[], options: Parameters<typeof runCli>[1] = {}) =>
  (await stale(['--format', 'tsv', ...args], options)).stdout
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
const sinceAndId = async (asOf: string) =>
  (await tsv(['--as-of', asOf])).map(([since, , id]) => `${since} ${id}`);

describe('car-brief stale (fixture)', () => {
  it('lists every plan, pending claim and issue stale as of the date, the longest stale first', async () => {
    expect(await sinceAndId('2026-12-07')).toEqual([
      '2025-02-01 trade-minister-visit', // "in the coming months" from July 2024: six months
      '2025-03-11 border-commission', // 10 March 2025: the day after
      '2025-04-01 fair', // March 2025: the day after the month
      '2025-06-01 talks', // March to May 2025
      '2025-07-01 summit', // 2025-22 (April–June)
      '2025-08-01 rail-survey', // no end, no words: a year
      '2025-08-01 dam-study-considered', // pending, no time given: a year from the dispatch
      '2025-08-01 dam-dispute', // nothing dated after the dispatch of July 2024 for a year
      '2026-01-01 defence-tour', // "next year": 2025, passed on 1 January 2026
      '2026-01-01 elections', // 2025
      '2026-01-01 dam-talks', // ongoing since 2024: a year after its year
      '2026-01-01 water-agreement-pending', // pending, expected in 2025
    ]);
  });

  it('judges by the as-of date: nothing the day before a window passes, the plan on the day', async () => {
    expect(await sinceAndId('2025-01-31')).toEqual([]);
    // The later report is added on 2025-07-01: until then, the consulate is overdue too.
    expect(await sinceAndId('2025-02-01')).toEqual([
      '2025-02-01 consulate-planned',
      '2025-02-01 trade-minister-visit',
    ]);
    expect(await sinceAndId('2025-06-30')).toContain('2025-02-01 consulate-planned');
    expect(await sinceAndId('2025-07-01')).not.toContain('2025-02-01 consulate-planned');
    // A year or a month stands for its last day.
    expect(await sinceAndId('2025-02')).toEqual(await sinceAndId('2025-02-28'));
  });

  it('gives JSON items with at least id, collection, reason and since', async () => {
    const { code, stdout } = await stale(['--as-of', '2025-08-01', '--json']);
    expect(code).toBe(0);
    const items = JSON.parse(stdout) as Record<string, unknown>[];
    expect(items.find((item) => item.id === 'trade-minister-visit')).toEqual({
      id: 'trade-minister-visit',
      collection: 'events',
      kind: 'planned',
      title: 'trade-minister-visit',
      reason: 'planned from Jul 2024 for the “coming months” (taken as 6 months); nothing later recorded',
      since: '2025-02-01',
      days: 181,
      as_of: '2025-08-01',
      window: {
        from: '2024-07/..',
        rule: 'coming_months',
        words: 'coming months',
        length: 'P6M',
        closes: '2025-02-01',
      },
      stale_after: null,
      last_news: null,
      pending: null,
    });
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get('fair')!.reason).toBe('planned for Mar 2025; nothing later recorded');
    expect(byId.get('rail-survey')!.reason).toBe(
      'planned from Jul 2024, no time given (taken as 1 year); nothing later recorded',
    );
    expect(byId.get('dam-study-considered')).toMatchObject({
      collection: 'claims',
      kind: 'pending',
      reason: '“considering”, told Jul 2024, no time given (taken as 1 year); no outcome recorded',
      pending: 'considering',
    });
    expect(byId.get('dam-dispute')).toMatchObject({
      collection: 'issues',
      kind: 'quiet',
      reason: 'nothing dated after Jul 2024, for more than 1 year',
      last_news: { date: '2024-07', end: '2024-07-31' },
    });
    const ndjson = (await stale(['--as-of', '2025-08-01', '--format', 'ndjson'])).stdout;
    expect(
      ndjson
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(items);
  });

  it('takes the windows and the time after them that the dataset file sets', async () => {
    const dir = copyDataset(FIXTURE);
    writeFileSync(
      join(dir, 'dataset.yaml'),
      'settings:\n  windows: { coming_months: P3M }\n  stale_after: { planned: P1M, issue: P2Y }\n',
    );
    const { stdout } = await runCli(['stale', '--data', dir, '--as-of', '2026-12-07', '--json']);
    const items = JSON.parse(stdout) as { id: string; since: string; reason: string }[];
    const item = (id: string) => items.find((i) => i.id === id);
    expect(item('trade-minister-visit')).toMatchObject({
      since: '2024-12-01',
      reason:
        'planned from Jul 2024 for the “coming months” (taken as 3 months), and 1 month more; nothing later recorded',
    });
    expect(item('fair')?.since).toBe('2025-05-01');
    expect(item('dam-dispute')?.since).toBe('2026-08-01');
  });

  it("answers as of the dataset file's as_of when no --as-of is given, and says so in the brief", async () => {
    const dir = copyDataset(FIXTURE);
    writeFileSync(join(dir, 'dataset.yaml'), 'settings:\n  as_of: 2025-02\n');
    const { stdout } = await runCli(['stale', '--data', dir, '--format', 'tsv']);
    expect(
      stdout
        .split('\n')
        .slice(1, -1)
        .map((line) => line.split('\t')[2]),
    ).toEqual(['consulate-planned', 'trade-minister-visit']);
    expect(stdout).toContain('\t2025-02-28\n');
    const brief = await runCli(['country', 'elbonia', '--data', dir, '--full'], { tty: true, columns: 100 });
    expect(stripVTControlCharacters(brief.stdout).split('\n')[0]).toBe(
      'Elbonia  EB · ELB · capital Mudville · 1 source, Jul 2024 · as of 28 Feb 2025',
    );
  });

  it('prints a table on a terminal: since when, for how long, the record (its id under it), why', async () => {
    const { stdout } = await stale(['--as-of', '2025-03-11', '--limit', '2'], { tty: true, columns: 100 });
    expect(stripVTControlCharacters(stdout).split('\n')).toEqual([
      'since     for      record                why',
      'Feb 2025  1 month  consulate-planned     planned from Jul 2024 for the “near future” (taken as 6',
      '                   consulate-planned     months); nothing later recorded',
      'Feb 2025  1 month  trade-minister-visit  planned from Jul 2024 for the “coming months” (taken as 6',
      '                   trade-minister-visit  months); nothing later recorded',
      '',
    ]);
    const empty = await stale(['--as-of', '2024-12-31'], { tty: true });
    expect(empty.stdout).toBe('');
    expect(empty.stderr).toBe('note: nothing is stale as of 2024-12-31\n');
  });

  it('refuses an as-of date that is not one, and a today that is not a day (exit 2)', async () => {
    for (const asOf of ['2025-13', 'soon', '2025-02-30']) {
      const { code, stderr } = await stale(['--as-of', asOf]);
      expect(code, asOf).toBe(2);
      expect(stderr).toContain(`--as-of ${asOf}: give a date as 2024, 2024-07 or 2024-07-10`);
    }
    const clock = await stale([], { env: { CAR_BRIEF_TODAY: '2025' } });
    expect(clock.code).toBe(2);
    expect(clock.stderr).toContain('CAR_BRIEF_TODAY 2025: give a day as 2026-12-07');
  });
});

describe('a pending claim in the data', () => {
  it('must say so in words of one of its quotes, as written there (validate: exit 3)', async () => {
    const dir = copyDataset(FIXTURE);
    edit(dir, 'claims.yaml', '{ words: "considering" }', '{ words: "weighing" }');
    const { code, stdout, stderr } = await runCli(['validate', '--data', dir], { cwd: dir });
    expect(code).toBe(3);
    expect(stdout + stderr).toContain(
      `claims.yaml:${lineOf(dir, 'claims.yaml', 'weighing')}:21: pending.words: must be words of one of the claim's quotes, as written there`,
    );
  });
});

describe('car-brief stale (built-in data)', () => {
  const builtin = async (asOf: string) =>
    JSON.parse((await runCli(['stale', '--as-of', asOf, '--json'])).stdout) as {
      id: string;
      collection: string;
      kind: string;
      since: string;
    }[];

  it('as of 2026-12-07: the three visits planned in July 2024, and nothing that happened', async () => {
    const items = await builtin('2026-12-07');
    expect(items.filter((i) => i.collection === 'events').map((i) => `${i.id} ${i.since}`)).toEqual([
      'dg-isi-planned-visit-kazakhstan-uzbekistan 2025-02-01',
      'coas-munir-planned-visit-central-asia 2025-02-01',
      'air-chief-sidhu-planned-visit-central-asia 2025-02-01',
    ]);
    // The claims that say the visits are to come go stale with them; the others a year after the article.
    expect(items.filter((i) => i.kind === 'pending').map((i) => `${i.id} ${i.since}`)).toEqual([
      'dg-isi-to-visit-kazakhstan-uzbekistan 2025-02-01',
      'munir-and-sidhu-to-visit-central-asia 2025-02-01',
      'gas-swap-via-iran-considered 2026-01-01',
      'pakistan-pushes-super-mushak-sale-to-uzbekistan 2026-01-01',
      'tashkent-finalising-intelligence-agreement 2026-01-01',
    ]);
    // Every issue: nothing in the data is dated after the article (September–December 2024).
    expect(items.filter((i) => i.collection === 'issues')).toHaveLength(17);
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(['planned', 'pending', 'quiet']));
  });

  it('as of 2024-08-01: none of them', async () => {
    expect(await builtin('2024-08-01')).toEqual([]);
  });
});
