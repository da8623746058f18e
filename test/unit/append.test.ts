import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AppendError, appendRecord } from '../../src/edit/append.js';

// A record appended to a collection file as text: the bytes before it untouched, the result
// checked by reading it back.

const RECORD = {
  id: 'rail-pact-2024',
  kind: 'article',
  label:
    'Rail pact signed: a long label that goes on and on so that it has to be folded somewhere past column one hundred',
  title: null,
  published: '2024-11-05',
  notes: 'Quotes “curly”, a dash — and a colon: all kept; # not a comment',
};

// A file as people leave them: comments everywhere, odd spacing, mixed quoting, a flow map,
// a folded block scalar, no line break at the end.
const ODD = `# yaml-language-server: $schema=../schema/sources.schema.json
# Our sources. Keep in date order!

- id: first    # the first one
  kind:   article
  label: 'First, in single quotes'
  title: null
  notes: >-
    A folded note
    over two lines.
    # still part of the note
-   id: second
    kind: "report"
    tags: {a: 1,   b: 2}
# trailing comment, no newline at the end`;

describe('appendRecord', () => {
  it('keeps every byte before the record, and the record reads back as written', () => {
    const appended = appendRecord(ODD, RECORD);
    expect(appended.startsWith(ODD + '\n')).toBe(true);
    const added = appended.slice(ODD.length + 1);
    expect(added.startsWith('- id: rail-pact-2024\n  kind: article\n')).toBe(true);
    expect(added).toContain('  published: "2024-11-05"\n'); // dates quoted, as the dataset writes them
    const records = parse(appended) as Record<string, unknown>[];
    expect(records).toHaveLength(3);
    expect(records[2]).toEqual(RECORD);
    expect(records.slice(0, 2)).toEqual(parse(ODD));
  });

  it('indents the record as the list is indented, and keeps Windows line breaks', () => {
    const indented = '  - id: a\n    kind: x\n';
    expect(appendRecord(indented, { id: 'b' })).toBe('  - id: a\n    kind: x\n  - id: b\n');
    expect(appendRecord('- id: a\r\n', { id: 'b', kind: 'y' })).toBe('- id: a\r\n- id: b\r\n  kind: y\r\n');
  });

  it('makes the empty list [] that init writes a list of the record, comments kept', () => {
    const empty = '# sources: add records below\n# - id: example\n[]\n# after\n';
    expect(appendRecord(empty, { id: 'b', kind: 'y' })).toBe(
      '# sources: add records below\n# - id: example\n- id: b\n  kind: y\n# after\n',
    );
    expect(appendRecord('', { id: 'b' })).toBe('- id: b\n');
    expect(appendRecord('# only a comment', { id: 'b' })).toBe('# only a comment\n- id: b\n');
  });

  it('refuses a file whose form does not allow an append, saying why', () => {
    const refused = (text: string) => {
      try {
        appendRecord(text, { id: 'b' });
      } catch (error) {
        expect(error).toBeInstanceOf(AppendError);
        return (error as Error).message;
      }
      return 'appended';
    };
    expect(refused('[{id: a}]\n')).toMatch(/written in brackets/);
    expect(refused('id: a\n')).toMatch(/a mapping, not a list/);
    expect(refused('- id: a\n...\n')).toMatch(/would not read back as written/);
    expect(refused('- id: a\n  notes: |\n    text\n  bad: [\n')).toMatch(/not valid YAML/);
  });
});
