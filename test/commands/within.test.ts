import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, copyDataset, runCli } from '../helpers.js';
import { writeFileSync, appendFileSync } from 'node:fs';

// timeline --within: events wholly inside a span, beside --since/--until (which keep what
// overlaps); and the precision of every date in TSV, CSV and JSON, so that scripts need not guess.

const FIXTURE = join(ROOT, 'test/fixtures/stale');
const titles = async (args: string[]) =>
  (await runCli(['timeline', '--format', 'tsv', ...args])).stdout
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map((row) => `${row[0]} ${row[3]}`);

describe('timeline --within', () => {
  it('keeps the events wholly inside a month: the two of July 2024, not what overlaps it', async () => {
    expect(await titles(['--within', '2024-07'])).toEqual([
      '2024-07 Pakistan gives Uzbekistan one Super Mushak free of charge',
      '2024-07-10/2024-07-11 DG ISI visit to Ashgabat (Nadeem Anjum)',
    ]);
    // --since and --until keep what overlaps July: eight events, plans from then on and May–December intervals.
    expect(await titles(['--since', '2024-07', '--until', '2024-07'])).toHaveLength(8);
  });

  it('takes a span as one interval or two dates, and a year', async () => {
    const interval = await titles(['--within', '2024-05/2024-12']);
    expect(await titles(['--within', '2024-05', '2024-12'])).toEqual(interval);
    expect(interval).toEqual([
      '2024-05 Mobs attack hostels housing Pakistanis in Bishkek',
      '2024-05/2024-12 Shahbaz Sharif voices concern about students in Bishkek',
      '2024-05/2024-12 Pakistan organises charter flights for students in Bishkek',
      '2024-05/2024-12 540 Pakistani students opt to leave Kyrgyzstan',
      '2024-07 Pakistan gives Uzbekistan one Super Mushak free of charge',
      '2024-07-10/2024-07-11 DG ISI visit to Ashgabat (Nadeem Anjum)',
      '2024-09 Azerbaijan agrees to buy twelve JF-17C and three JF-17B',
    ]);
    // The 1990s lie within the century, not within 1999; an open end within nothing.
    expect(await titles(['--within', '1900', '1999'])).toEqual([
      '199X IMU pushed out of Central Asia to Afghanistan',
    ]);
    expect(await titles(['--within', '1999'])).toEqual([]);
    expect(await titles(['--within', '2024', '--status', 'planned'])).toEqual([]);
  });

  it('combines with the other filters, and with --since and --until', async () => {
    expect(await titles(['--within', '2024', '--country', 'azerbaijan'])).toEqual([
      '2024-09 Azerbaijan agrees to buy twelve JF-17C and three JF-17B',
    ]);
    expect(await titles(['--within', '2024', '--since', '2024-09'])).toEqual([
      '2024-05/2024-12 Shahbaz Sharif voices concern about students in Bishkek',
      '2024-05/2024-12 Pakistan organises charter flights for students in Bishkek',
      '2024-05/2024-12 540 Pakistani students opt to leave Kyrgyzstan',
      '2024-09 Azerbaijan agrees to buy twelve JF-17C and three JF-17B',
    ]);
    const limited = await runCli(['timeline', '--within', '2024', '--limit', '2', '--format', 'tsv']);
    expect(limited.stderr).toBe('note: showing 2 of 7 events; --limit 0 for all\n');
  });

  it('refuses a span it cannot read, or one that ends before it starts (exit 2)', async () => {
    const cases: [string[], string][] = [
      [['2024-13'], '--within 2024-13: give a date as 2024, 2024-07 or 2024-07-10'],
      [['2024-09', '2024-07'], '--within 2024-09 2024-07: the span ends before it starts'],
      [
        ['2024', '2025', '2026'],
        'give one span (2024, 2024-07, 2024-07/2024-09) or two dates (2024-07 2024-09)',
      ],
      [['2024/'], 'give one span'],
    ];
    for (const [values, message] of cases) {
      const { code, stderr } = await runCli(['timeline', '--within', ...values]);
      expect(code, values.join(' ')).toBe(2);
      expect(stderr, values.join(' ')).toContain(message);
    }
  });

  it('says on a terminal what matched nothing', async () => {
    const { stderr } = await runCli(['timeline', '--within', '1999'], { tty: true });
    expect(stderr).toBe('note: no events match --within 1999\n');
  });
});

describe('the precision of dates in TSV, CSV and JSON', () => {
  it('is a column of timeline, for every date', async () => {
    const { stdout } = await runCli(['timeline', '--format', 'tsv']);
    const rows = stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t'));
    const at = rows[0]!.indexOf('precision');
    expect(at).toBeGreaterThan(0);
    expect(new Map(rows.slice(1).map((row) => [row[0], row[at]]))).toEqual(
      new Map([
        ['199X', 'decade'],
        ['2019', 'year'],
        ['2024-05', 'month'],
        ['2024-05/2024-12', 'interval'],
        ['2024-07', 'month'],
        ['2024-07/..', 'interval'],
        ['2024-07-10/2024-07-11', 'interval'],
        ['2024-09', 'month'],
      ]),
    );
    const csv = (await runCli(['timeline', '--format', 'csv', '--limit', '1'])).stdout.split('\r\n');
    expect(csv[0]).toMatch(/,precision,stale_since$/);
    expect(csv[1]).toMatch(/,decade,$/);
  });

  it('is in the JSON of timeline and issues, and the issues TSV', async () => {
    const events = JSON.parse((await runCli(['timeline', '--json', '--data', FIXTURE])).stdout) as {
      date: string;
      precision: string;
    }[];
    expect(Object.fromEntries(events.map((e) => [e.date, e.precision]))).toMatchObject({
      '2025-03-10': 'day',
      '2025-03': 'month',
      '2025-22': 'season',
      '2025': 'year',
      '2025-03/2025-05': 'interval',
      '2024-07/..': 'interval',
    });
    const dir = copyDataset(FIXTURE);
    appendFileSync(join(dir, 'issues.yaml'), '  since: 199X\n');
    writeFileSync(join(dir, 'dataset.yaml'), 'title: within\n');
    const issues = JSON.parse((await runCli(['issues', '--json', '--data', dir])).stdout) as {
      since_precision: string | null;
    }[];
    expect(issues.map((i) => i.since_precision)).toEqual(['decade']);
    const tsv = (await runCli(['issues', '--data', dir, '--format', 'tsv'])).stdout.split('\n');
    expect(tsv[0]).toMatch(/\tsince_precision$/);
    expect(tsv[1]).toMatch(/^199X\t.*\tdecade$/);
  });
});
