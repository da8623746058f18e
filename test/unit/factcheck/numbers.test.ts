import { describe, expect, it } from 'vitest';
import { boundBefore, fitFigure } from '../../../src/model/figure-fit.js';
import { numberInWords, writtenNumbers } from '../../../src/model/number-words.js';
import { stemWord } from '../../../src/model/stem.js';
import { convert, readUnit, unitOf } from '../../../src/model/units.js';

const numbers = (text: string) =>
  writtenNumbers(text).map((n) => [text.slice(n.start, n.end), n.value, n.step]);

describe('writtenNumbers', () => {
  it('reads compound number words, with the step they were rounded to', () => {
    expect(numbers('Five hundred and forty students')).toEqual([['Five hundred and forty', 540, 10]]);
    expect(numbers('one thousand seven hundred and thirty-five km')).toEqual([
      ['one thousand seven hundred and thirty-five', 1735, 1],
    ]);
    expect(numbers('thirty three, a dozen, two dozen')).toEqual([
      ['thirty three', 33, 1],
      ['a dozen', 12, 1],
      ['two dozen', 24, 1],
    ]);
  });

  it('reads shares as fractions', () => {
    expect(numbers('more than a fifth, two-thirds, three quarters')).toEqual([
      ['a fifth', 0.2, 0],
      ['two-thirds', 0.666666666667, 0],
      ['three quarters', 0.75, 0],
    ]);
  });

  it('reads digits with scales and glued units, not codes, ordinals or decades', () => {
    expect(numbers('2.5 million, 7,500 million, 33bcm, 1,735-kilometre')).toEqual([
      ['2.5 million', 2500000, 100000],
      ['7,500 million', 7500000000, 100000000],
      ['33', 33, 1],
      ['1,735', 1735, 1],
    ]);
    expect(numbers('the JF-17 and MFI-395, 5th, the 1990s')).toEqual([]);
    // "billion cubic metres" is a unit, not a scale
    expect(numbers('thirty-three billion cubic metres')).toEqual([['thirty-three', 33, 1]]);
  });

  it('writes a number in words as a writer does', () => {
    expect([540, 12, 1735, 3, 40, 100000].map(numberInWords)).toEqual([
      'five hundred and forty',
      'twelve',
      'one thousand seven hundred and thirty-five',
      'three',
      'forty',
      'one hundred thousand',
    ]);
  });
});

describe('units', () => {
  it('reads units as written and converts them', () => {
    expect(readUnit(' miles long')?.unit.name).toBe('miles');
    expect(readUnit(' billion cubic metres a year')?.unit.name).toBe('bcm');
    expect(readUnit(' per cent')?.unit.name).toBe('%');
    expect(readUnit('-kilometre line')?.unit.name).toBe('km');
    expect(Math.round(convert(1735, unitOf('km'), unitOf('miles')))).toBe(1078);
    expect(unitOf('bcm per annum').name).toBe('bcm');
    expect(unitOf('students').dimension).toBe('count:students');
  });
});

describe('fitFigure', () => {
  const fit = (
    value: number,
    bound: 'exactly' | 'over' | 'under' | 'about',
    source: number,
    qualifier: 'exactly' | 'over' | 'under' | 'about',
    step = 1,
    converted = false,
  ) => fitFigure({ value, step, bound, converted }, { value: source, bound: qualifier });

  it('holds a bound to the source', () => {
    expect(fit(20, 'over', 20, 'over')).toBe('fits');
    expect(fit(15, 'over', 20, 'over')).toBe('fits');
    expect(fit(30, 'over', 20, 'over')).toBe('unsupported');
    expect(fit(25, 'exactly', 20, 'over')).toBe('unsupported');
    expect(fit(15, 'under', 20, 'over')).toBe('contradicts');
    expect(fit(500, 'over', 540, 'exactly')).toBe('fits');
    expect(fit(600, 'over', 540, 'exactly', 100)).toBe('contradicts');
  });

  it('rounds a converted or approximate figure to its step, and no other', () => {
    expect(fit(1078, 'exactly', 1078.05, 'exactly', 1, true)).toBe('fits');
    expect(fit(1735, 'exactly', 1078.05, 'exactly', 1, true)).toBe('contradicts');
    expect(fit(500, 'about', 540, 'exactly', 100)).toBe('fits');
    expect(fit(500, 'exactly', 540, 'exactly', 100)).toBe('contradicts');
  });

  it('reads the words that bound a number', () => {
    expect(boundBefore('reliance exceeds ')).toEqual({ bound: 'over', length: 8 });
    expect(boundBefore('it is more than ')).toEqual({ bound: 'over', length: 10 });
    expect(boundBefore('is below ').bound).toBe('under');
    expect(boundBefore('some ').bound).toBe('about');
    expect(boundBefore('bought ').bound).toBe('exactly');
  });
});

describe('stemWord', () => {
  it('meets forms of one word, irregular verbs and both spellings', () => {
    expect(['supports', 'supported', 'support'].map(stemWord)).toEqual(['support', 'support', 'support']);
    expect(stemWord('bought')).toBe(stemWord('buy'));
    expect(stemWord('organizations')).toBe(stemWord('organisations'));
    expect(stemWord('criticized')).toBe(stemWord('criticised'));
  });
});
