import { describe, expect, it } from 'vitest';
import { Footnotes, markdownDocument, markdownText } from '../../src/output/markdown.js';
import { kindLabel } from '../../src/views/brief/country-md.js';

describe('markdownText', () => {
  it('escapes what Markdown, GitHub and pandoc would read as markup', () => {
    expect(markdownText('[click](http://x) <b>x</b> *a* _b_ `c` |d| ~e~ ^f^ $g$ @h &amp;')).toBe(
      '\\[click\\](http://x) \\<b\\>x\\</b\\> \\*a\\* \\_b\\_ \\`c\\` \\|d\\| \\~e\\~ \\^f\\^ \\$g\\$ \\@h \\&amp;',
    );
  });

  it('keeps a line of data from starting a block', () => {
    expect(markdownText('# not a heading')).toBe('\\# not a heading');
    expect(markdownText('- not a list')).toBe('\\- not a list');
    expect(markdownText('1990. not a list')).toBe('1990\\. not a list');
    expect(markdownText('> not a quote')).toBe('\\> not a quote');
  });

  it('escapes control characters and folds line breaks', () => {
    expect(markdownText('red\u001b[31m\nnext\u202eline')).toBe('red\\\\x1b\\[31m next\\\\u202eline');
  });
});

describe('Footnotes', () => {
  it('numbers notes in order of first reference and gives each one definition', () => {
    const notes = new Footnotes();
    const label = (id: string) => id.toUpperCase();
    const a = { source: 's', paragraph: 2, quote: 'a' };
    const b = { source: 's', paragraph: 3, quote: 'b [x]' };
    expect(notes.cite([a, b], label)).toBe('[^1][^2]');
    expect(notes.cite([b], label)).toBe('[^2]');
    expect(notes.definitions()).toEqual(['[^1]: S, ¶2: “a”.', '[^2]: S, ¶3: “b \\[x\\]”.']);
  });

  it('leaves out a section with nothing in it', () => {
    const text = markdownDocument(
      'T',
      [],
      [
        { heading: 'Empty', lines: [] },
        { heading: 'Full', lines: ['x'] },
      ],
      new Footnotes(),
    );
    expect(text).toBe('# T\n\n## Full\n\nx\n');
  });
});

describe('kindLabel', () => {
  it('labels reports and assessments, and no report twice', () => {
    const claim = {
      kind: 'report' as const,
      attribution: 'media reports',
      statement: 'A gas swap is considered.',
    };
    expect(kindLabel(claim)).toBe('according to media reports');
    expect(kindLabel({ ...claim, attribution: undefined })).toBe('according to reports');
    expect(
      kindLabel({ ...claim, attribution: 'exporters', statement: 'Exporters have expressed concern.' }),
    ).toBe('');
    expect(kindLabel({ ...claim, kind: 'assessment' })).toBe("in the author's assessment");
    expect(kindLabel({ ...claim, kind: 'fact' })).toBe('');
  });
});
