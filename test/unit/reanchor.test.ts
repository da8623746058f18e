import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { alignParagraphs } from '../../src/edit/reanchor/align.js';
import { Reanchorer } from '../../src/edit/reanchor/anchor.js';
import { citationsOf } from '../../src/edit/reanchor/citations.js';
import { RewriteError, rewriteFile } from '../../src/edit/reanchor/rewrite.js';

// Re-anchoring, piece by piece: paragraphs paired across an edit, each quote classified, and the
// collection files changed in place.

const TEXT = [
  'Heading one',
  'The dam on the Strela river was finished in 2019 after ten years of work.',
  'Elbonia says the dam has cut its share of the water by a third since the floods of 2021.',
  'Talks between the two ministers resumed in Strelsau on Monday.',
  'Ruritania’s minister said the “dam” is safe.',
];

const anchor = (after: readonly string[], paragraph: number, quote: string) =>
  new Reanchorer(TEXT, after).anchor(paragraph, quote);

describe('alignParagraphs', () => {
  it('finds a paragraph kept word for word wherever it went, and pairs an edited one with the new paragraph most like it', () => {
    const after = [
      TEXT[0]!,
      'A new paragraph.',
      TEXT[3]!,
      TEXT[2]!.replace('a third', 'a quarter'),
      TEXT[1]!,
    ];
    const { successor, predecessor } = alignParagraphs(TEXT, after);
    expect([...successor]).toEqual([0, 4, 3, 2, -1]);
    expect([...predecessor]).toEqual([0, -1, 3, 2, 1]);
  });

  it('pairs copies of one paragraph in order, and nothing with a paragraph it shares too little with', () => {
    const { successor } = alignParagraphs(
      ['same', 'same', 'Old words here.'],
      ['same', 'Entirely other text now.', 'same'],
    );
    expect([...successor]).toEqual([0, 2, -1]);
  });
});

describe('Reanchorer', () => {
  it('exact: verbatim in the same paragraph', () => {
    expect(anchor(TEXT, 2, 'finished in 2019')).toEqual({
      status: 'exact',
      paragraph: 2,
      quote: 'finished in 2019',
      similarity: 1,
    });
  });

  it('moved: verbatim where its paragraph went, after an insertion or a swap', () => {
    const inserted = [TEXT[0]!, 'A new paragraph.', ...TEXT.slice(1)];
    expect(anchor(inserted, 4, 'resumed in Strelsau')).toMatchObject({ status: 'moved', paragraph: 5 });
    const swapped = [TEXT[0]!, TEXT[2]!, TEXT[1]!, ...TEXT.slice(3)];
    expect(anchor(swapped, 2, 'finished in 2019')).toMatchObject({ status: 'moved', paragraph: 3 });
    expect(anchor(swapped, 3, 'a third')).toMatchObject({ status: 'moved', paragraph: 2 });
  });

  it('moved: a paragraph split in two, the quote in the part that is new', () => {
    const split = [
      ...TEXT.slice(0, 2),
      'Elbonia says the dam has cut its share of the water.',
      'By a third, it says, since the floods of 2021.',
      ...TEXT.slice(3),
    ];
    expect(anchor(split, 3, 'since the floods of 2021')).toMatchObject({ status: 'moved', paragraph: 4 });
  });

  it('changed: a word edited; the close match is cut verbatim from the new paragraph, words whole, with its similarity', () => {
    const after = TEXT.map((p) => p.replace('after ten years', 'after eleven years'));
    const found = anchor(after, 2, 'was finished in 2019 after ten years of work');
    expect(found).toMatchObject({
      status: 'changed',
      paragraph: 2,
      quote: 'was finished in 2019 after eleven years of work',
    });
    expect(after[1]).toContain(found.quote);
    expect(found.similarity).toBeGreaterThan(0.85);
    expect(found.similarity).toBeLessThan(1);
  });

  it('changed: the close match takes the words added, and keeps the closing quotation mark the quote has', () => {
    const before = ['Inspectors could arrive “within weeks”.'];
    const found = new Reanchorer(before, ['Inspectors could arrive “within a month”.']).anchor(
      1,
      'Inspectors could arrive “within weeks”',
    );
    expect(found).toMatchObject({ status: 'changed', quote: 'Inspectors could arrive “within a month”' });
  });

  it('changed: only the typography differs (straight quotes for curly ones), similarity 1 with the reason', () => {
    const after = TEXT.map((p) => p.replace(/[“”]/g, '"').replace('’', "'"));
    expect(anchor(after, 5, 'Ruritania’s minister said the “dam” is safe')).toEqual({
      status: 'changed',
      paragraph: 5,
      quote: 'Ruritania\'s minister said the "dam" is safe',
      similarity: 1,
      reason: 'differs only in case, quotation marks, dashes, spacing or accents',
    });
  });

  it('orphaned: the sentence deleted, with the reason', () => {
    const after = TEXT.map((p, i) => (i === 3 ? 'Elsewhere, nothing happened on Monday at all.' : p));
    const found = anchor(after, 4, 'Talks between the two ministers resumed in Strelsau');
    expect(found).toMatchObject({ status: 'orphaned', paragraph: null, quote: null });
    expect(found.reason).toMatch(/nothing new or changed is close/);
  });

  it('orphaned: a short quote no longer verbatim is not looked for in other words', () => {
    const after = TEXT.map((p) => p.replace('a third', 'a fourth'));
    expect(anchor(after, 3, 'a third')).toMatchObject({
      status: 'orphaned',
      reason: expect.stringMatching(/too short/),
    });
  });

  it('a look-alike never wins: the passage edited where it was and a near copy of the old words elsewhere is orphaned, naming both', () => {
    const quote = 'Elbonia says the dam has cut its share of the water by a third';
    const after = [
      ...TEXT.slice(0, 2),
      TEXT[2]!.replace('cut its share', 'reduced its share'),
      ...TEXT.slice(3),
      'Elbonia says that the dam has cut its share of the water by a third, a minister wrote.',
    ];
    const found = anchor(after, 3, quote);
    expect(found.status).toBe('orphaned');
    expect(found.reason).toMatch(/¶3/);
    expect(found.reason).toMatch(/¶6/);
    expect(found.candidates?.map((c) => c.paragraph).sort()).toEqual([3, 6]);
  });

  it('a look-alike never wins: the old words verbatim elsewhere while its own paragraph has them in other words is orphaned, not moved', () => {
    const quote = 'Elbonia says the dam has cut its share of the water by a third';
    const after = [
      ...TEXT.slice(0, 2),
      TEXT[2]!.replace('cut its share', 'reduced its share'),
      ...TEXT.slice(3),
      `${quote}, a minister wrote.`,
    ];
    expect(anchor(after, 3, quote)).toMatchObject({
      status: 'orphaned',
      reason: expect.stringMatching(/¶3.*¶6/),
    });
  });

  it('a look-alike that was there before is never where a quote went', () => {
    const before = [...TEXT, 'Elbonia says the dam has cut its share of the water by a quarter.'];
    const after = [...TEXT.slice(0, 2), 'Elbonia says nothing.', ...TEXT.slice(3), before[5]!];
    const found = new Reanchorer(before, after).anchor(
      3,
      'Elbonia says the dam has cut its share of the water by a third',
    );
    expect(found.status).toBe('orphaned');
  });

  it('two new paragraphs with the quote verbatim, neither where it was: orphaned, naming both', () => {
    const after = [
      ...TEXT.slice(0, 2),
      ...TEXT.slice(3),
      'In a long speech to parliament the minister repeated, to anyone who would listen, that they cut its share of the water by a third.',
      'A report published on Friday by an institute in Zenda finds the claim that they cut its share of the water by a third unproven.',
    ];
    expect(anchor(after, 3, 'cut its share of the water by a third')).toMatchObject({
      status: 'orphaned',
      reason: expect.stringMatching(/¶5 and ¶6/),
    });
  });

  it('answers the same citation once', () => {
    const reanchorer = new Reanchorer(TEXT, TEXT);
    expect(reanchorer.anchor(2, 'finished in 2019')).toBe(reanchorer.anchor(2, 'finished in 2019'));
  });
});

const CLAIMS = `# claims, with comments that stay
- id: dam-finished   # the dam
  statement: The dam was finished.
  sources:
    - source: dam-2024
      paragraph: 2
      quote: "finished in 2019"
    - {source: other, paragraph: 1, quote: 'x'}
    - source: dam-2024
      paragraph: 3   # odd spacing kept
      quote: 'a third'
- id: talks
  statement: Talks resumed.
  sources:
    - source: dam-2024
      paragraph: 4
      quote: Talks between the two ministers resumed
`;

describe('citationsOf and rewriteFile', () => {
  const file = {
    path: '/d/claims.yaml',
    display: 'claims.yaml',
    collection: 'claims' as const,
    text: CLAIMS,
  };

  it('finds every citation of the source with its line and path', () => {
    const sites = citationsOf('dam-2024', [file]);
    expect(sites.map((s) => [s.record, s.field, s.line, s.paragraph, s.quote, s.siblings])).toEqual([
      ['dam-finished', 'sources[0]', 5, 2, 'finished in 2019', 3],
      ['dam-finished', 'sources[2]', 9, 3, 'a third', 3],
      ['talks', 'sources[0]', 15, 4, 'Talks between the two ministers resumed', 1],
    ]);
  });

  it('changes paragraphs and quotes in place, each in its own quoting, every other byte as it was', () => {
    const text = rewriteFile(CLAIMS, [
      { kind: 'cite', path: [0, 'sources', 2], paragraph: 4, quote: 'a “quarter”' },
      { kind: 'cite', path: [1, 'sources', 0], paragraph: 5, quote: 'Talks: resumed' },
    ]);
    expect(text).toBe(
      CLAIMS.replace('paragraph: 3   # odd', 'paragraph: 4   # odd')
        .replace("quote: 'a third'", "quote: 'a “quarter”'")
        .replace(
          'paragraph: 4\n      quote: Talks between the two ministers resumed',
          'paragraph: 5\n      quote: "Talks: resumed"',
        ),
    );
  });

  it('takes a citation out of its list, lines and all', () => {
    const text = rewriteFile(CLAIMS, [{ kind: 'remove', path: [0, 'sources', 0] }]);
    expect(text).toBe(
      CLAIMS.replace('    - source: dam-2024\n      paragraph: 2\n      quote: "finished in 2019"\n', ''),
    );
    expect((parse(text) as { sources: unknown[] }[])[0]!.sources).toHaveLength(2);
  });

  it('sets a value where it is, or adds a line after the key named, indented as its keys', () => {
    const sources = '- id: dam-2024\n  text: texts/dam-2024.txt   # the text\n  notes: n\n';
    expect(
      rewriteFile(sources, [{ kind: 'set', path: [0], key: 'sha256', value: 'ab12', after: 'text' }]),
    ).toBe('- id: dam-2024\n  text: texts/dam-2024.txt   # the text\n  sha256: ab12\n  notes: n\n');
    const withSha = '- id: dam-2024\n  sha256: "00ff"\n  text: t.txt\n';
    expect(
      rewriteFile(withSha, [{ kind: 'set', path: [0], key: 'sha256', value: 'ab12', after: 'text' }]),
    ).toBe('- id: dam-2024\n  sha256: "ab12"\n  text: t.txt\n');
  });

  it('keeps Windows line breaks', () => {
    const crlf = '- id: dam-2024\r\n  text: t.txt\r\n';
    expect(rewriteFile(crlf, [{ kind: 'set', path: [0], key: 'sha256', value: 'ab12', after: 'text' }])).toBe(
      '- id: dam-2024\r\n  text: t.txt\r\n  sha256: ab12\r\n',
    );
  });

  it('refuses to take an item out of a list written in brackets', () => {
    const flow =
      '- id: x\n  sources: [{source: a, paragraph: 1, quote: q}, {source: a, paragraph: 2, quote: r}]\n';
    expect(() => rewriteFile(flow, [{ kind: 'remove', path: [0, 'sources', 0] }])).toThrow(RewriteError);
  });
});
