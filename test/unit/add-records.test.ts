import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AppendError } from '../../src/edit/append.js';
import { holdsRecord, insertCitations } from '../../src/edit/insert-citation.js';
import { citationsFromFlags, draftFromFlags, parseFigure, recordOf } from '../../src/edit/new-record.js';
import { pathInRecord } from '../../src/edit/record-paths.js';
import { readEdited, templateOf, withProblems } from '../../src/edit/record-template.js';
import { UsageError } from '../../src/errors.js';

// The pure parts of add: a citation inserted into a record where it is written, every other byte
// kept; flags made into a record by the table; the editor's template and problems block; a
// problem's line and column traced back to a field of the record.

const CITE = { source: 'note', paragraph: 4, quote: 'the “dam” — 240 km' };

/** The text inserted into before to make after (at a line's start, where it can be), checking that nothing else changed. */
function inserted(before: string, after: string): string {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  const length = after.length - before.length;
  const lineStart = before.lastIndexOf('\n', start - 1) + 1;
  const at = after.slice(lineStart, lineStart + length).endsWith('\n') ? lineStart : start;
  const text = after.slice(at, at + length);
  expect(after).toBe(before.slice(0, at) + text + before.slice(at));
  return text;
}

describe('insertCitations', () => {
  it('adds a flow item after the last flow item of a block list, on its own line, comments kept', () => {
    const text = [
      '- id: a # first',
      '  sources:',
      '    - { source: note, paragraph: 1, quote: "x" }   # trailing',
      '  tags: [t]',
      '- id: b',
      '  sources:',
      '    - { source: note, paragraph: 2, quote: "y" }',
      '',
    ].join('\n');
    const after = insertCitations(text, 'a', [CITE]);
    expect(inserted(text, after)).toBe('    - { source: note, paragraph: 4, quote: "the “dam” — 240 km" }\n');
    expect(after.indexOf('# trailing')).toBeLessThan(after.indexOf('paragraph: 4'));
  });

  it('adds a block item after a block item, whatever its indentation and a folded quote', () => {
    const text = [
      '- id: c',
      '  sources:',
      '  - source: note',
      '    paragraph: 3',
      '    quote: >-',
      '      folded',
      '      text',
      '  # a comment after',
      '  summary: s',
    ].join('\n');
    const after = insertCitations(text, 'c', [CITE, { ...CITE, paragraph: 5 }]);
    expect(inserted(text, after)).toBe(
      '  - source: note\n    paragraph: 4\n    quote: "the “dam” — 240 km"\n' +
        '  - source: note\n    paragraph: 5\n    quote: "the “dam” — 240 km"\n',
    );
  });

  it('adds inside a flow list, and keeps Windows line breaks and a file without a final one', () => {
    const flow = '- id: d\r\n  sources: [ {source: note, paragraph: 2, quote: y} ]\r\n';
    expect(inserted(flow, insertCitations(flow, 'd', [CITE]))).toBe(
      ', { source: note, paragraph: 4, quote: "the “dam” — 240 km" }',
    );
    const crlf = '- id: e\r\n  sources:\r\n    - source: note\r\n      paragraph: 1\r\n      quote: "z"';
    expect(inserted(crlf, insertCitations(crlf, 'e', [CITE]))).toBe(
      '\r\n    - source: note\r\n      paragraph: 4\r\n      quote: "the “dam” — 240 km"\r\n',
    );
  });

  it('refuses sources written as an alias, and a record the file does not hold', () => {
    const text = [
      '- id: f',
      '  sources: &cites',
      '    - { source: note, paragraph: 1, quote: "x" }',
      '- id: g',
      '  sources: *cites',
      '',
    ].join('\n');
    expect(() => insertCitations(text, 'g', [CITE])).toThrow(AppendError);
    // Growing f's list would grow g's too: what reads back is not f alone changed.
    expect(() => insertCitations(text, 'f', [CITE])).toThrow(/would not read back as written/);
    expect(() => insertCitations(text, 'h', [CITE])).toThrow(/holds no record h/);
    expect(holdsRecord(text, 'g')).toBe(true);
    expect(holdsRecord(text, 'h')).toBe(false);
  });
});

describe('the record from flags', () => {
  it('reads figures as "[qualifier] VALUE UNIT: WHAT"', () => {
    expect(parseFigure('1,814 km: TAPI pipeline length')).toEqual({
      value: 1814,
      unit: 'km',
      of: 'TAPI pipeline length',
    });
    expect(parseFigure('over 90 %: share of imported LNG')).toEqual({
      value: 90,
      unit: '%',
      of: 'share of imported LNG',
      qualifier: 'over',
    });
    expect(parseFigure('33 bcm per annum: capacity')).toMatchObject({ value: 33, unit: 'bcm per annum' });
    expect(() => parseFigure('240km')).toThrow(UsageError);
    expect(() => parseFigure('some km: x')).toThrow(UsageError);
  });

  it('pairs the i-th --quote with the i-th --paragraph and the one --source', () => {
    const options = { quote: ['a', 'b'], source: ['s'], paragraph: ['2', '5'] };
    expect(citationsFromFlags(options)).toEqual([
      { source: 's', paragraph: 2, quote: 'a' },
      { source: 's', paragraph: 5, quote: 'b' },
    ]);
    expect(citationsFromFlags({ quote: ['a'], source: ['s'] })).toEqual([{ source: 's', quote: 'a' }]);
    expect(citationsFromFlags({ quote: ['a'] })).toEqual([{ quote: 'a' }]); // (the latest source, later)
    expect(() => citationsFromFlags({ quote: ['a', 'b'], source: ['s', 't', 'u'] })).toThrow(
      /2 --quote and 3 --source/,
    );
    expect(() => citationsFromFlags({ quote: ['a', 'b'], source: ['s'], paragraph: ['1'] })).toThrow(
      /give one --paragraph per --quote/,
    );
    expect(() => citationsFromFlags({ quote: ['a'], source: ['s'], paragraph: ['0'] })).toThrow(
      /--paragraph 0: give a paragraph number/,
    );
  });

  it('fills each field the table names, and says which required flags are missing', () => {
    const draft = draftFromFlags('event', {
      title: 'Rail pact signed',
      date: '2024-11-05',
      status: 'happened',
      type: 'agreement',
      summary: 'Signed.',
      country: ['ruritania,elbonia', 'elbonia'],
      actor: ['ada-vance:signatory', 'bob'],
      quote: ['signed'],
      source: ['s'],
    });
    expect(draft).toEqual({
      title: 'Rail pact signed',
      date: '2024-11-05',
      date_basis: 'stated',
      status: 'happened',
      type: 'agreement',
      summary: 'Signed.',
      countries: ['ruritania', 'elbonia'],
      actors: [{ id: 'ada-vance', role: 'signatory' }, { id: 'bob' }],
      sources: [{ source: 's', quote: 'signed' }],
    });
    expect(() => draftFromFlags('issue', { title: 'T', quote: ['q'], source: ['s'] })).toThrow(
      'add issue needs --status, --summary and --country',
    );
  });

  it("orders the record's fields as the schema does, drops empty ones, and makes an id not taken", () => {
    const taken = new Set(['rail-pact-signed-2024-11']);
    const record = recordOf(
      'event',
      {
        sources: [CITE],
        title: 'Rail pact signed',
        date: '2024-11-05',
        tags: [],
        date_note: '',
        status: 'happened',
      },
      (id) => taken.has(id),
    );
    expect(Object.keys(record)).toEqual(['id', 'date', 'status', 'title', 'sources']);
    expect(record.id).toBe('rail-pact-signed-2024-11-2');
    expect(recordOf('claim', { statement: 'Ташкент' }, () => false).id).toBe('claim');
    expect(recordOf('claim', { id: 'mine', statement: 'x' }, () => true).id).toBe('mine');
  });
});

describe("the editor's template", () => {
  it('reads back as the required fields, empty, and the source to cite', () => {
    const template = templateOf('claim', 'data/claims.yaml', 'test-note');
    expect(parse(template)).toEqual({
      statement: null,
      kind: null,
      about: [],
      sources: [{ source: 'test-note', paragraph: null, quote: null }],
    });
    expect(template).toContain('# attribution:\n');
    expect(template).toContain('# Fact (the source states it), report');
  });

  it('puts the problems at the top, replacing those there, and reads what was saved', () => {
    const text = 'statement: x\n';
    const once = withProblems(text, 'claim', ['kind: missing']);
    const twice = withProblems(once, 'claim', ['about: missing', 'a\nb']);
    expect(twice).toBe(
      '# car-brief could not add this claim:\n#   about: missing\n#   a b\n' +
        '# Correct it and save, or empty the file to add nothing.\n# ---\nstatement: x\n',
    );
    expect(readEdited(twice, 'new.yaml')).toEqual({ draft: { statement: 'x' } });
    expect(readEdited('# only comments\n\n', 'new.yaml')).toEqual({ empty: true });
    expect(readEdited('- a\n', 'new.yaml')).toEqual({
      problems: [expect.stringMatching(/^write the record/)],
    });
    // A position in what was saved is said as a line of the file shown again, below the new block.
    const broken = readEdited(`${once}a: [\n`, 'new.yaml');
    expect(broken).toEqual({ problems: [{ line: 3, col: 1, message: expect.any(String) }] });
    const shown = withProblems(`${once}a: [\n`, 'claim', (broken as { problems: [] }).problems);
    expect(shown.split('\n')[1]).toMatch(/^# {3}line 7, column 1: /);
    expect(shown.split('\n')[5]).toBe('a: [');
  });
});

describe('pathInRecord', () => {
  const text = [
    '- id: a',
    '  kind: fact',
    '- id: b',
    '  figures:',
    '    - { value: 3, unit: km }',
    '  sources: []',
    '',
  ].join('\n');
  it('says which field of the record a line and column is in', () => {
    expect(pathInRecord(text, 'b', 5, 16)).toEqual(['figures', 0, 'value']);
    expect(pathInRecord(text, 'b', 5, 9)).toEqual(['figures', 0, 'value']);
    expect(pathInRecord(text, 'b', 4, 3)).toEqual(['figures']);
    expect(pathInRecord(text, 'b', 3, 3)).toEqual([]);
    expect(pathInRecord(text, 'b', 2, 9)).toBeUndefined();
  });
});
