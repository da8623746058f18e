import { describe, expect, it } from 'vitest';
import { edtfProblem, edtfSpan } from '../../src/load/check/edtf.js';
import { isoDay } from '../../src/model/dates.js';

describe('the date check', () => {
  it('accepts every shape of EDTF date the schema takes', () => {
    for (const value of [
      '2019',
      '2024-09',
      '2024-07-10',
      '2024-07-10/2024-07-11',
      '2024-09/..',
      '../2024',
      '/2024',
      '2024/',
      '199X',
      '19XX',
      '2024-1X',
      '2024?',
      '2024-07~',
      '2024-07-10%',
      '?2024-07-11',
      '2024-?07',
      '-0100',
      '-0100-03-01',
      'Y12345',
      'Y-12345',
      '2024S2',
      '2024-21',
      '2024-24',
      '2024-41',
      '[2024, 2025]',
      '{2024,2025}',
      '[..2024, 2026]',
      '[2024-07-10..2024-07-12]',
      '2024-07-10T10:30:00Z',
      '2024-07-10T10:30:00+05:00',
    ]) {
      expect(edtfProblem(value), value).toBeUndefined();
      expect(edtfSpan(value), value).toBeDefined();
    }
  });

  it('knows leap years: 2000 and 2024 have a 29 February, 1900 and 2023 do not', () => {
    expect(edtfProblem('2000-02-29')).toBeUndefined();
    expect(edtfProblem('2024-02-29')).toBeUndefined();
    expect(edtfProblem('1900-02-29')).toBe('1900-02-29 is not a calendar date: February 1900 has 28 days');
    expect(edtfProblem('2023-02-29')).toBe('2023-02-29 is not a calendar date: February 2023 has 28 days');
    expect(edtfProblem('-0004-02-29')).toBeUndefined();
    expect(edtfProblem('-0100-02-29')).toBe('-0100-02-29 is not a calendar date: February -0100 has 28 days');
  });

  it('refuses days and months that do not exist, wherever the date stands', () => {
    const problems: [string, string][] = [
      ['2024-04-31', '2024-04-31 is not a calendar date: April 2024 has 30 days'],
      [
        '2024-13',
        '2024-13 is not a calendar date: there is no month 13 (months are 01–12; 21–41 are seasons)',
      ],
      [
        '2024-00',
        '2024-00 is not a calendar date: there is no month 00 (months are 01–12; 21–41 are seasons)',
      ],
      ['2024-07-00', '2024-07-00 is not a calendar date: there is no day 00'],
      ['2024-07-32', '2024-07-32 is not a calendar date: there is no day 32'],
      ['2024-21-05', '2024-21-05 is not a calendar date: there is no month 21 (months are 01–12)'],
      ['2024-01-10/2023-02-29', '2023-02-29 is not a calendar date: February 2023 has 28 days'],
      ['2023-02-29/..', '2023-02-29 is not a calendar date: February 2023 has 28 days'],
      ['[2024, 2023-02-29]', '2023-02-29 is not a calendar date: February 2023 has 28 days'],
      ['2023-02-29~', '2023-02-29~ is not a calendar date: February 2023 has 28 days'],
      ['2024-07-10T24:00:00', '2024-07-10T24:00:00 is not a calendar date: there is no time of day 24:00:00'],
    ];
    for (const [value, message] of problems) {
      expect(edtfProblem(value), value).toBe(message);
      expect(edtfSpan(value), value).toBeUndefined();
    }
  });

  it('takes a date with unspecified digits when some date it may stand for exists', () => {
    for (const value of [
      '2023-02-2X',
      '2024-XX-31',
      '2023-0X-31',
      '2023-02-X9',
      '19XX-02-29',
      '1X00-02-29',
    ]) {
      expect(edtfProblem(value), value).toBeUndefined();
    }
    expect(edtfProblem('2024-02-3X')).toBe('2024-02-3X is not a calendar date: February 2024 has no day 3X');
    expect(edtfProblem('X023-02-29')).toBe('X023-02-29 is not a calendar date: February X023 has no day 29');
    expect(edtfProblem('2024-2X')).toMatch(/^2024-2X is not a calendar date: there is no month 2X/);
  });

  it('refuses digits without dashes unless they are a year, instead of reading them as milliseconds', () => {
    expect(edtfProblem('20240710')).toBe(
      '20240710 is not an EDTF date: digits without dashes must be a four-digit year (2024)' +
        ' or a long year after Y (Y12345); for a day write 2024-07-10',
    );
    for (const value of ['123', '99', '12345', '2024-07-10/20240711']) {
      expect(edtfProblem(value), value).toMatch(
        /is not an EDTF date: (digits|\d+) without dashes must be a four-digit year/,
      );
    }
  });

  it('refuses what is not EDTF, and intervals that end before they start', () => {
    for (const value of [
      'July 2024',
      '',
      '2024-7',
      '07/10/2024',
      '2024-07-10T10:30',
      'Y17E7',
      '../..',
      '-0XXX',
    ]) {
      expect(edtfProblem(value), value).toBe(
        `${JSON.stringify(value)} is not an EDTF date; write e.g. 2024, 2024-07, 2024-07-10/2024-07-11 or 2024-10/..`,
      );
    }
    expect(edtfProblem('2024-07-11/2024-07-10')).toBe('2024-07-11/2024-07-10 ends before it starts');
  });

  it('spans a leap day as that day', () => {
    const span = edtfSpan('2024-02-29')!;
    expect([isoDay(span.start), isoDay(span.end)]).toEqual(['2024-02-29', '2024-02-29']);
  });
});
