import { describe, expect, it } from 'vitest';
import { Footnotes, markdownDocument, markdownText } from '../../src/output/markdown.js';
import { kindLabel } from '../../src/views/brief/country-md.js';

describe('markdownText', () => {
  it('escapes what Markdown, GitHub and pandoc would read as markup', () => {
    expect(markdownText('[click](http://x) <b>x</b> *a* _b_ `c` |d| ~e~ ^f^ $g$ @h &amp;')).toBe(
      '\\[click\\](http\\://x) \\<b\\>x\\</b\\> \\*a\\* \\_b\\_ \\`c\\` \\|d\\| \\~e\\~ \\^f\\^ \\$g\\$ \\@h \\&amp;',
    );
  });

  it('keeps a line of data from starting a block', () => {
    expect(markdownText('# not a heading')).toBe('\\# not a heading');
    expect(markdownText('- not a list')).toBe('\\- not a list');
    expect(markdownText('1990. not a list')).toBe('1990\\. not a list');
    expect(markdownText('> not a quote')).toBe('\\> not a quote');
    expect(markdownText('% not a title block')).toBe('\\% not a title block');
  });

  it("escapes every ordered list marker of pandoc's fancy_lists at the start, and nothing like one", () => {
    const escaped = {
      'a. x': 'a\\. x',
      'A) x': 'A\\) x',
      '(a) x': '\\(a) x',
      'i. x': 'i\\. x',
      'iv) x': 'iv\\) x',
      '(IV) x': '\\(IV) x',
      '#. x': '\\#. x',
      '(#) x': '\\(#) x',
      '1) x': '1\\) x',
      '(12) x': '\\(12) x',
      'b.': 'b\\.',
    };
    for (const [text, markdown] of Object.entries(escaped)) expect(markdownText(text), text).toBe(markdown);
    for (const text of ['Dr. No', 'Ab. x', 'a.b', '1.5 bcm', 'x a. y', '(ab) x'])
      expect(markdownText(text), text).toBe(text);
  });

  it('escapes the colon of a URL scheme and the dot of www., so that GitHub and pandoc link neither', () => {
    expect(markdownText('see https://x.example/a and www.x.example')).toBe(
      'see https\\://x.example/a and www\\.x.example',
    );
    expect(markdownText('javascript:alert(1) mailto:a@b.example')).toBe(
      'javascript\\:alert(1) mailto\\:a\\@b.example',
    );
    // A colon before a space, or after a number, is prose.
    expect(markdownText('TAPI: 1,735 km at 10:30')).toBe('TAPI: 1,735 km at 10:30');
  });

  it('keeps attributes and a closing # run from a heading', () => {
    expect(markdownText('Ruritania {#id .class}')).toBe('Ruritania \\{#id .class\\}');
    expect(markdownText('Ruritania ##')).toBe('Ruritania \\##');
  });

  it('escapes control characters and folds line breaks', () => {
    expect(markdownText('red\u001b[31m\nnext\u202eline')).toBe('red\\\\x1b\\[31m next\\\\u202eline');
  });
});

describe('Footnotes', () => {
  it('labels notes by the record citing them, and gives each note one definition', () => {
    const notes = new Footnotes();
    const label = (id: string) => id.toUpperCase();
    const a = { source: 's', paragraph: 2, quote: 'a' };
    const b = { source: 's', paragraph: 3, quote: 'b [x]' };
    expect(notes.cite({ id: 'one', sources: [a, b] }, label)).toBe('[^one][^one.2]');
    // A note already given keeps its label.
    expect(notes.cite({ id: 'two', sources: [b] }, label)).toBe('[^one.2]');
    expect(notes.ref('Date inferred: x', 'two.date')).toBe('[^two.date]');
    expect(notes.definitions()).toEqual([
      '[^one]: S, ¶2: “a”.',
      '[^one.2]: S, ¶3: “b \\[x\\]”.',
      '[^two.date]: Date inferred: x',
    ]);
  });

  it('never gives two notes one label', () => {
    const notes = new Footnotes();
    expect(notes.ref('first', 'x')).toBe('[^x]');
    expect(notes.ref('second', 'x')).toBe('[^x.2]');
    expect(notes.ref('third', 'x')).toBe('[^x.3]');
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
    // It ends in a blank line, so that a document appended to it starts a block of its own.
    expect(text).toBe('# T\n\n## Full\n\nx\n\n');
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
