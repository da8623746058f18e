import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetAsOf } from '../../src/load/as-of.js';
import { resolveAsOf, todayOf } from '../../src/model/as-of.js';
import { UsageError } from '../../src/errors.js';
import { BUILTIN, ROOT, copyDataset, load } from '../helpers.js';

// The as-of date (--as-of, the dataset file's settings.as_of, today) and the dataset as it
// stood on it: sources added later, events and issues dated later left out, with what rests on them.

const FIXTURE = join(ROOT, 'test/fixtures/stale');
const asOf = (day: string) => resolveAsOf({ flag: day, today: '2026-12-07' });
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

describe('the as-of date', () => {
  it("is --as-of, else the dataset file's, else today; a year or month stands for its last day", () => {
    expect(resolveAsOf({ flag: '2024-08-01', setting: '2025', today: '2026-12-07' })).toMatchObject({
      day: '2024-08-01',
      origin: 'flag',
    });
    expect(resolveAsOf({ setting: '2025', today: '2026-12-07' })).toMatchObject({
      day: '2025-12-31',
      origin: 'dataset',
    });
    expect(resolveAsOf({ today: '2026-12-07' })).toMatchObject({ day: '2026-12-07', origin: 'today' });
    expect(asOf('2024-02').day).toBe('2024-02-29');
    expect(asOf('2024-08-01').end).toBe(Date.parse('2024-08-01T23:59:59.999Z'));
    expect(() => asOf('2024-02-30')).toThrow(UsageError);
    expect(() => asOf('yesterday')).toThrow('--as-of yesterday: give a date as 2024, 2024-07 or 2024-07-10');
  });

  it('takes today from CAR_BRIEF_TODAY where it is set, else from the clock, as a local day', () => {
    expect(todayOf({ CAR_BRIEF_TODAY: '2024-08-01' })).toBe('2024-08-01');
    expect(todayOf({}, () => new Date(2026, 11, 7, 23, 59))).toBe('2026-12-07');
    expect(todayOf({ CAR_BRIEF_TODAY: '' }, () => new Date(2025, 0, 1))).toBe('2025-01-01');
    expect(() => todayOf({ CAR_BRIEF_TODAY: '2024-8-1' })).toThrow('CAR_BRIEF_TODAY 2024-8-1: give a day');
  });
});

describe('a dataset as of a date', () => {
  it('is the same dataset when nothing in it is later', async () => {
    const dataset = await load(FIXTURE);
    expect(await datasetAsOf(dataset, asOf('2026-12-07'))).toBe(dataset);
  });

  it('leaves out events dated after it, sources added after it and what cites only those', async () => {
    const dataset = await load(FIXTURE);
    const before = await datasetAsOf(dataset, asOf('2024-12-31'));
    expect(ids(before.events)).toEqual([
      'ministers-met-2024-07',
      'consulate-planned',
      'trade-minister-visit',
      'defence-tour',
      'rail-survey',
      'dam-talks',
    ]);
    // The later report was added on 2025-07-01: its source, and the claim it alone supports, are not there yet.
    expect(ids(before.sources)).toEqual(['dispatch']);
    expect(ids(before.claims)).toEqual(['water-agreement-pending', 'dam-study-considered']);
    const added = await datasetAsOf(dataset, asOf('2025-07-01'));
    expect(ids(added.sources)).toEqual(['dispatch', 'later-report']);
    expect(ids(added.claims)).toContain('consulate-opened');
    // The rail accident (June 2025) is in, once its date and its source's are.
    expect(ids(added.events)).toContain('rail-accident');
    expect(ids((await datasetAsOf(dataset, asOf('2025-05-31'))).events)).not.toContain('rail-accident');
    // What was left out is gone from the indexes too: its id, its name, what names it.
    expect(before.get('fair')).toBeUndefined();
    expect(before.referrers('later-report')).toEqual([]);
  });

  it('drops the origin of a source when its origin was added later', async () => {
    const dir = copyDataset(FIXTURE);
    appendFileSync(
      join(dir, 'sources.yaml'),
      [
        '- id: echo',
        '  kind: article',
        '  label: An echo of the later report',
        '  title: null',
        '  author: null',
        '  publisher: null',
        '  published: 2025-06',
        '  published_basis: stated',
        '  derived_from: later-report',
        '  added: 2025-06-15',
        '',
      ].join('\n'),
    );
    const then = await datasetAsOf(await load(dir), asOf('2025-06-30'));
    expect(ids(then.sources)).toEqual(['dispatch', 'echo']);
    expect(then.sources[1]).not.toHaveProperty('derived_from');
    const later = await datasetAsOf(await load(dir), asOf('2025-07-01'));
    expect(later.sources[2]).toHaveProperty('derived_from', 'later-report');
  });

  it('leaves out claims about an event left out, and every reference to what was left out', async () => {
    const dataset = await load(BUILTIN);
    const then = await datasetAsOf(dataset, asOf('2024-08-01'));
    const gone = 'azerbaijan-jf-17-purchase-agreement-2024-09';
    expect(ids(then.events)).not.toContain(gone);
    expect(ids(dataset.claims).filter((id) => !ids(then.claims).includes(id))).toEqual([
      'azerbaijan-agreed-jf-17-purchase',
      'baku-should-reconsider-jf-17',
    ]);
    const jf17 = then.get('jf-17')!.record as { disagreements: { records: string[] }[] };
    expect(jf17.disagreements[0]!.records).toEqual(['jf-17-deficiencies']);
    for (const id of [gone, 'azerbaijan-agreed-jf-17-purchase']) expect(then.referrers(id)).toEqual([]);
    expect(then.counts).toMatchObject({ sources: 1, actors: 47, events: 11, issues: 17, claims: 109 });
  });
});
