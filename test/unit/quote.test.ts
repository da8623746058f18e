import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForQuote, originalSpan } from '../../src/model/fold.js';
import { findQuotes } from '../../src/query/quote.js';

// quote: the words a writer remembers found in a source, folded for typography, returned verbatim.

const PARAGRAPHS = [
  'Pakistan’s Director General ISI visited Ashgabat on July 10-11 — the first such visit.',
  'Critics in Kabul say the route crosses areas the Taliban do not fully control.',
  'An engineer at the Café Zenda conference said: “Nobody has paid for the turbines yet.”',
  'The pipeline is 1,735 km long and would carry 33\u00a0bcm of gas a year.',
];

describe('folding a text for quote matching', () => {
  it('folds case, quotation marks, dashes, spacing and diacritics, and maps back to the original', () => {
    const folded = foldForQuote('  Café “Zenda” —\u00a0Pakistan’s  ISI');
    expect(folded.text).toBe('cafe "zenda" - pakistan\'s isi');
    const at = folded.text.indexOf('zenda" - pak');
    expect(originalSpan(folded, at, at + 'zenda" - pak'.length)).toBe('Zenda” —\u00a0Pak');
  });

  it('keeps a combining accent with its letter, and a ligature whole', () => {
    const folded = foldForQuote('Cafe\u0301 ﬁnance');
    expect(folded.text).toBe('cafe finance');
    expect(originalSpan(folded, 0, 4)).toBe('Cafe\u0301');
    expect(originalSpan(folded, 5, 7)).toBe('ﬁ'); // "fi" comes from one character
  });
});

describe('findQuotes', () => {
  it('finds a phrase typed with straight quotes, plain dashes, no accents and any case', () => {
    expect(findQuotes(PARAGRAPHS, "pakistan's director general isi")).toEqual([
      { paragraph: 1, quote: 'Pakistan’s Director General ISI', score: 1 },
    ]);
    expect(findQuotes(PARAGRAPHS, 'ashgabat on july 10-11 - the first')).toEqual([
      { paragraph: 1, quote: 'Ashgabat on July 10-11 — the first', score: 1 },
    ]);
    expect(findQuotes(PARAGRAPHS, 'cafe zenda')[0]).toEqual({ paragraph: 3, quote: 'Café Zenda', score: 1 });
    expect(findQuotes(PARAGRAPHS, '33 bcm')[0]).toEqual({ paragraph: 4, quote: '33\u00a0bcm', score: 1 });
  });

  it('drops the quotation marks and full stop typed around a phrase', () => {
    expect(findQuotes(PARAGRAPHS, '"Nobody has paid for the turbines yet."')[0]).toEqual({
      paragraph: 3,
      quote: 'Nobody has paid for the turbines yet',
      score: 1,
    });
  });

  it('finds scattered words as the shortest stretch holding them, below a whole phrase', () => {
    const [best] = findQuotes(PARAGRAPHS, 'taliban kabul control');
    expect(best).toEqual({
      paragraph: 2,
      quote: 'Kabul say the route crosses areas the Taliban do not fully control',
      score: expect.any(Number),
    });
    expect(best!.score).toBeLessThan(0.9);
    expect(findQuotes(PARAGRAPHS, '1735 km')[0]!.quote).toBe('1,735 km');
    // A slip of the keys is forgiven in a longer word.
    expect(findQuotes(PARAGRAPHS, 'turbnes paid')[0]!.quote).toBe('paid for the turbines');
  });

  it('ranks best first, and offers nothing for words the source does not hold', () => {
    const found = findQuotes(PARAGRAPHS, 'the first visit to Kabul by the Taliban');
    expect(found.map((match) => match.paragraph)).toEqual([1, 2]);
    expect(found[0]!.score).toBeGreaterThan(found[1]!.score);
    expect(findQuotes(PARAGRAPHS, 'hydroelectric subsidies')).toEqual([]);
    expect(findQuotes(PARAGRAPHS, '— “ ”')).toEqual([]);
  });

  it('returns spans that are verbatim in their paragraph, whatever is typed', () => {
    const letters = fc.constantFrom(...'aeiouKabulçé’“”—- \u00a0,.'.split(''));
    const text = fc.array(letters, { maxLength: 60 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), text, (paragraphs, words) => {
        for (const match of findQuotes(paragraphs, words)) {
          expect(paragraphs[match.paragraph - 1]).toContain(match.quote);
          expect(match.quote).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
    for (const paragraph of PARAGRAPHS)
      for (const words of paragraph.split(' ').map((_, i, all) => all.slice(i, i + 3).join(' ')))
        for (const match of findQuotes(PARAGRAPHS, words.toUpperCase()))
          expect(PARAGRAPHS[match.paragraph - 1]).toContain(match.quote);
  });
});
