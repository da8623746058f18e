import { describe, expect, it } from 'vitest';
import { compareEdtf, edtfSpan, isEdtf } from '../../src/load/check/edtf.js';
import { isoDay, startPrecision } from '../../src/model/dates.js';

describe('EDTF dates', () => {
  it('accepts years, months, days, intervals, open intervals and unspecified digits', () => {
    for (const value of [
      '2019',
      '2024-09',
      '2024-07-10/2024-07-11',
      '2024-09/..',
      '199X',
      '2024-05/2024-12',
    ]) {
      expect(isEdtf(value), value).toBe(true);
    }
  });

  it('rejects what is not EDTF', () => {
    for (const value of ['2024-13', '2024-02-30', 'July 2024', '', '2024-07-11/2024-07-10', '10/07/2024']) {
      expect(isEdtf(value), value).toBe(false);
    }
  });

  it('gives the span a date can mean', () => {
    const span = edtfSpan('199X')!;
    expect(isoDay(span.start)).toBe('1990-01-01');
    expect(isoDay(span.end)).toBe('1999-12-31');
    expect(isoDay(edtfSpan('2024-09/..')!.end)).toBe('');
  });

  it('sorts by the earliest moment, a coarser date before the finer ones inside it', () => {
    const dates = [
      '2024-09',
      '2024-07-10/2024-07-11',
      '2024-01',
      '2024',
      '199X',
      '2019',
      '2024-07',
      '2024-09/..',
    ];
    expect([...dates].sort(compareEdtf)).toEqual([
      '199X',
      '2019',
      '2024',
      '2024-01',
      '2024-07',
      '2024-07-10/2024-07-11',
      '2024-09',
      '2024-09/..',
    ]);
  });

  it('puts a single date before an interval that starts with it, and handles open starts', () => {
    expect(['2024-05/2024-12', '2024-05'].sort(compareEdtf)).toEqual(['2024-05', '2024-05/2024-12']);
    expect(['1950', '../2024', '2000', '/2024', '1990/..', '1960'].sort(compareEdtf)).toEqual([
      '../2024',
      '/2024',
      '1950',
      '1960',
      '1990/..',
      '2000',
    ]);
    expect(compareEdtf('2020-01/..', '2020/..')).toBeGreaterThan(0);
    expect(compareEdtf('2020/..', '2020/..')).toBe(0);
  });

  it('knows the precision of a start', () => {
    expect([
      startPrecision('199X'),
      startPrecision('2019'),
      startPrecision('2024-07'),
      startPrecision('2024-07-10/2024-07-11'),
    ]).toEqual([0, 1, 2, 3]);
  });
});
