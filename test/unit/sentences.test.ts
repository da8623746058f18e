import { describe, expect, it } from 'vitest';
import { occurrences, overlaps, sentenceSpans } from '../../src/model/sentences.js';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('splits at sentence ends, also where the space is missing', () => {
    expect(sentences('One thing. Two things! Three? 540 students left.')).toEqual([
      'One thing.',
      'Two things!',
      'Three?',
      '540 students left.',
    ]);
    expect(sentences('a large project.There have been disagreements.')).toEqual([
      'a large project.',
      'There have been disagreements.',
    ]);
  });

  it('does not split after abbreviations or inside numbers', () => {
    expect(sentences('Former DG ISI Lt Gen. Nadeem Anjum visited. It was 1.5 days, e.g. Monday.')).toEqual([
      'Former DG ISI Lt Gen. Nadeem Anjum visited.',
      'It was 1.5 days, e.g. Monday.',
    ]);
  });

  it('keeps a heading as one sentence', () => {
    expect(sentences('Multibillion-dollar TAPI Pipeline Project Remains at a Standstill:')).toHaveLength(1);
  });
});

describe('spans', () => {
  it('finds every occurrence and tests overlap', () => {
    expect(occurrences('ab ab', 'ab')).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 5 },
    ]);
    expect(overlaps({ start: 0, end: 2 }, { start: 1, end: 3 })).toBe(true);
    expect(overlaps({ start: 0, end: 2 }, { start: 2, end: 3 })).toBe(false);
  });
});
