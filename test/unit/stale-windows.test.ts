import { describe, expect, it } from 'vitest';
import { edtfSpan } from '../../src/load/check/edtf.js';
import { isoDay } from '../../src/model/dates.js';
import {
  addDuration,
  dateEnds,
  datePrecision,
  elapsedText,
  parseDuration,
  partSpan,
  sinceText,
  windowWordsIn,
} from '../../src/model/windows.js';
import { staleSettings } from '../../src/query/stale/settings.js';
import { planWindow } from '../../src/query/stale/window.js';

// The window and precision rules (docs/dates.md, "Stale"): a plan's own date is its window by
// Wikipedia's {{Update after}} rule; an open end takes the window its words give.

const defaults = staleSettings(undefined);
const closes = (date: string, words: string[] = [], settings = defaults) => {
  const window = planWindow(date, words, settings);
  return window && { rule: window.rule, closes: isoDay(window.closes) };
};

describe('the window of a plan', () => {
  it('is its own date when the date has an end: the day after the year, season, month, day or interval', () => {
    expect(closes('2025')).toEqual({ rule: 'date', closes: '2026-01-01' });
    expect(closes('2025-03')).toEqual({ rule: 'date', closes: '2025-04-01' });
    expect(closes('2024-02')).toEqual({ rule: 'date', closes: '2024-03-01' }); // a leap February
    expect(closes('2025-03-10')).toEqual({ rule: 'date', closes: '2025-03-11' });
    expect(closes('2025-12-31')).toEqual({ rule: 'date', closes: '2026-01-01' });
    expect(closes('2025-22')).toEqual({ rule: 'date', closes: '2025-07-01' }); // April–June, as the edtf package reads 22
    expect(closes('2025-03/2025-05')).toEqual({ rule: 'date', closes: '2025-06-01' });
    expect(closes('202X')).toEqual({ rule: 'date', closes: '2030-01-01' });
    expect(closes('2025~')).toEqual({ rule: 'date', closes: '2026-01-01' });
  });

  it('prefers the date to the words when the date has an end ("next year" already made 2024)', () => {
    expect(closes('2024', ['plans to return next year'])).toEqual({ rule: 'date', closes: '2025-01-01' });
  });

  it('is what the words give an open end, counted from the end of its first date', () => {
    expect(closes('2024-07/..', ['in the near future'])).toEqual({
      rule: 'near_future',
      closes: '2025-02-01',
    });
    expect(closes('2024-07/..', ['in the Coming  Months'])).toEqual({
      rule: 'coming_months',
      closes: '2025-02-01',
    });
    // "next year" names the calendar year after the plan's: it has passed on 1 January after that.
    expect(closes('2024-07/..', ['a tour next year'])).toEqual({ rule: 'next_year', closes: '2026-01-01' });
    expect(closes('2024-07-10/..', ['the near future'])).toEqual({
      rule: 'near_future',
      closes: '2025-01-11',
    });
    // No words: the unstated window (a year).
    expect(closes('2024-07/..')).toEqual({ rule: 'unstated', closes: '2025-08-01' });
    expect(closes('2024-07/', ['near future'])).toEqual({ rule: 'near_future', closes: '2025-02-01' });
  });

  it('takes the lengths the dataset file sets', () => {
    const set = staleSettings({ windows: { coming_months: 'P3M', unstated: 'P2Y', next_year: 'P2Y' } });
    expect(closes('2024-07/..', ['coming months'], set)).toEqual({
      rule: 'coming_months',
      closes: '2024-11-01',
    });
    expect(closes('2024-07/..', ['near future'], set)).toEqual({ rule: 'near_future', closes: '2025-02-01' });
    expect(closes('2024-07/..', [], set)).toEqual({ rule: 'unstated', closes: '2026-08-01' });
    expect(closes('2024-07/..', ['next year'], set)).toEqual({ rule: 'next_year', closes: '2027-01-01' });
  });

  it('is not given where the date has no start to count from', () => {
    expect(closes('../2025')).toEqual({ rule: 'date', closes: '2026-01-01' });
    expect(planWindow('../..', [], defaults)).toBeUndefined();
    expect(planWindow('Y170000/..', [], defaults)).toBeUndefined();
  });

  it('finds the first window words in the order near future, coming months, next year', () => {
    expect(windowWordsIn(['scheduled in the coming months', 'in the near future'])).toEqual({
      key: 'near_future',
      words: 'near future',
    });
    expect(windowWordsIn(['in the coming\nmonths'])?.key).toBe('coming_months');
    expect(windowWordsIn(['the futures market'])).toBeUndefined();
  });
});

describe('the precision of a date', () => {
  it('names day, month, season, year, decade, century, interval and set', () => {
    const cases: [string, string][] = [
      ['2024-07-10', 'day'],
      ['2024-07', 'month'],
      ['2024-21', 'season'],
      ['2024', 'year'],
      ['2024~', 'year'],
      ['2024?', 'year'],
      ['199X', 'decade'],
      ['19XX', 'century'],
      ['1XXX', 'millennium'],
      ['2024-XX', 'year'],
      ['2024-07-XX', 'month'],
      ['2024-07-10/2024-07-11', 'interval'],
      ['2024-07/..', 'interval'],
      ['2024-05/2024-12', 'interval'],
      ['[2024-01,2024-03]', 'set'],
    ];
    for (const [date, precision] of cases) expect(datePrecision(date), date).toBe(precision);
  });
});

describe('the spans of dates, read without the edtf package', () => {
  it('agree with the edtf package on the forms they read', () => {
    for (const date of [
      '2024',
      '2024-02',
      '2023-02',
      '2024-07-10',
      '2024-21',
      '2024-24',
      '199X',
      '2024-XX',
      '2024~',
    ]) {
      const span = partSpan(date)!;
      expect(span, date).toBeDefined();
      expect(span, date).toEqual(edtfSpan(date));
    }
    expect(dateEnds('2024-05/2024-12')).toEqual(edtfSpan('2024-05/2024-12'));
    expect(dateEnds('2024-07/..')).toEqual({ start: edtfSpan('2024-07/..')!.start });
    expect(partSpan('2023-02-29')).toBeUndefined();
    expect(partSpan('2024-13')).toBeUndefined();
  });
});

describe('durations and elapsed time', () => {
  it("adds ISO 8601 durations by the calendar, keeping the day or the month's last", () => {
    const at = (day: string) => Date.parse(`${day}T00:00:00Z`);
    const add = (day: string, duration: string) => isoDay(addDuration(at(day), parseDuration(duration)!));
    expect(add('2024-08-01', 'P6M')).toBe('2025-02-01');
    expect(add('2024-08-31', 'P6M')).toBe('2025-02-28');
    expect(add('2024-02-29', 'P1Y')).toBe('2025-02-28');
    expect(add('2024-08-01', 'P1Y6M')).toBe('2026-02-01');
    expect(add('2024-08-01', 'P2W')).toBe('2024-08-15');
    expect(add('2024-08-01', 'P0D')).toBe('2024-08-01');
    expect(parseDuration('6 months')).toBeUndefined();
    expect(elapsedText(at('2025-02-01'), at('2026-12-07'))).toBe('22 months');
    expect(elapsedText(at('2025-02-11'), at('2025-03-10'))).toBe('27 days');
    expect(elapsedText(at('2025-02-01'), at('2025-02-13'))).toBe('12 days');
    expect(elapsedText(at('2025-02-01'), at('2025-02-01'))).toBe('today');
    expect(sinceText(at('2025-02-01'))).toBe('Feb 2025');
    expect(sinceText(at('2025-03-11'))).toBe('11 Mar 2025');
  });
});
