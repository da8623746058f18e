import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergeRecordFiles, type MergedFile } from '../../src/edit/merge/merge.js';
import { sideOf } from '../../src/edit/merge/decide.js';

// The three-way merge by record id that `car-brief merge-driver` runs for git.

const BASE = `# yaml-language-server: $schema=../schema/events.schema.json

# --- visits ---

- id: visit-a
  date: "2024-07"
  status: planned # as the article has it
  title: A visit
  tags: [defence]

- id: visit-b
  date: "2024-08"
  status: planned
  title: B visit

# --- sales ---

- id: sale-c
  date: "2019"
  status: happened
  title: C sale
`;

function merged(base: string, ours: string, theirs: string): MergedFile {
  const result = mergeRecordFiles(base, ours, theirs);
  if ('unsupported' in result) throw new Error(result.unsupported);
  return result;
}

const ids = (text: string) => ((parse(text) ?? []) as { id: string }[]).map((record) => record.id);
const record = (text: string, id: string) =>
  (parse(text) as Record<string, unknown>[]).find((r) => r.id === id);

const add = (text: string, item: string) => text + '\n' + item;
const claim = (id: string, title = id) =>
  `- id: ${id}\n  date: "2024"\n  status: happened\n  title: ${title}\n`;

describe('merge by record id', () => {
  it('merges records added at the end on both sides cleanly: ours, then theirs', () => {
    const ours = add(BASE, claim('ours-new'));
    const theirs = add(BASE, claim('theirs-new'));
    const result = merged(BASE, ours, theirs);
    expect(result.conflicts).toEqual([]);
    expect(ids(result.text)).toEqual(['visit-a', 'visit-b', 'sale-c', 'ours-new', 'theirs-new']);
    // Every byte of ours stays, theirs follows after a blank line, as the file separates records.
    expect(result.text).toBe(ours + '\n' + claim('theirs-new'));
    // The same result whichever side merges: the order of additions is stable.
    expect(ids(merged(BASE, theirs, ours).text)).toEqual([
      'visit-a',
      'visit-b',
      'sale-c',
      'theirs-new',
      'ours-new',
    ]);
  });

  it('puts a record they added in the middle after the record it follows there, with its comment', () => {
    const theirs = BASE.replace(
      '# --- sales ---',
      '# added in August\n- id: visit-d\n  date: "2024-08"\n  status: planned\n  title: D visit\n\n# --- sales ---',
    );
    const ours = add(BASE, claim('ours-new'));
    const result = merged(BASE, ours, theirs);
    expect(result.conflicts).toEqual([]);
    expect(ids(result.text)).toEqual(['visit-a', 'visit-b', 'visit-d', 'sale-c', 'ours-new']);
    expect(result.text).toContain(
      'title: B visit\n\n# added in August\n- id: visit-d\n  date: "2024-08"\n  status: planned\n  title: D visit\n\n# --- sales ---\n',
    );
  });

  it('merges one record changed on both sides in different fields, keeping our comments', () => {
    const ours = BASE.replace(
      'status: planned # as the article has it',
      'status: happened # as the article has it',
    );
    const theirs = BASE.replace('title: A visit', 'title: A visit to Tashkent').replace(
      '  tags: [defence]\n',
      '  tags: [defence]\n  issues: [tapi-standstill]\n',
    );
    const result = merged(BASE, ours, theirs);
    expect(result.conflicts).toEqual([]);
    expect(record(result.text, 'visit-a')).toEqual({
      id: 'visit-a',
      date: '2024-07',
      status: 'happened',
      title: 'A visit to Tashkent',
      tags: ['defence'],
      issues: ['tapi-standstill'],
    });
    expect(result.text).toContain('status: happened # as the article has it\n  title: A visit to Tashkent\n');
    expect(result.text).toContain('# --- visits ---');
    expect(result.text).toContain('# --- sales ---');
  });

  it('takes their change of a record we left alone, field by field into our text', () => {
    const ours = BASE.replace('# --- sales ---', '# --- sales (checked) ---');
    const theirs = BASE.replace(
      '  date: "2024-08"\n  status: planned',
      '  date: "2024-08"\n  status: happened',
    );
    const result = merged(BASE, ours, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.text).toBe(
      ours.replace('  date: "2024-08"\n  status: planned', '  date: "2024-08"\n  status: happened'),
    );
  });

  it('gives one conflict, around that record only, for a field changed two ways', () => {
    const ours = add(BASE.replace('title: B visit', 'title: B visit (ours)'), claim('ours-new'));
    const theirs = add(BASE.replace('title: B visit', 'title: B visit (theirs)'), claim('theirs-new'));
    const result = merged(BASE, ours, theirs);
    expect(result.conflicts).toEqual([{ id: 'visit-b', why: 'title changed two ways', fields: ['title'] }]);
    expect(result.text.match(/^<<<<<<< ours$/gm)).toHaveLength(1);
    expect(result.text).toContain(
      [
        '<<<<<<< ours',
        '- id: visit-b',
        '  date: "2024-08"',
        '  status: planned',
        '  title: B visit (ours)',
        '=======',
        '- id: visit-b',
        '  date: "2024-08"',
        '  status: planned',
        '  title: B visit (theirs)',
        '>>>>>>> theirs',
      ].join('\n'),
    );
    // Either side's version, taken, gives a file with every record.
    const all = ['visit-a', 'visit-b', 'sale-c', 'ours-new', 'theirs-new'];
    expect(ids(sideOf(result.text, 'ours'))).toEqual(all);
    expect(record(sideOf(result.text, 'theirs'), 'visit-b')).toMatchObject({ title: 'B visit (theirs)' });
  });

  it('deletes a record deleted on one side and left alone on the other; a change against a deletion conflicts', () => {
    const without = BASE.replace(/- id: visit-b\n[^]*?\n\n/, '');
    expect(ids(without)).toEqual(['visit-a', 'sale-c']);
    expect(ids(merged(BASE, BASE.replace('2019', '2018'), without).text)).toEqual(['visit-a', 'sale-c']);
    const changed = BASE.replace('title: B visit', 'title: B visit, changed');
    const against = merged(BASE, changed, without);
    expect(against.conflicts).toEqual([
      { id: 'visit-b', why: 'changed on our side, deleted on theirs', fields: [] },
    ]);
    expect(against.text).toContain('<<<<<<< ours\n- id: visit-b\n');
    expect(against.text).toContain('  title: B visit, changed\n=======\n>>>>>>> theirs\n');
    const reverse = merged(BASE, without, changed);
    expect(reverse.conflicts[0]!.why).toBe('deleted on our side, changed on theirs');
    expect(ids(sideOf(reverse.text, 'theirs'))).toEqual(['visit-a', 'visit-b', 'sale-c']);
  });

  it("keeps a section's comment when the record before it is deleted", () => {
    const withoutFirst = BASE.replace(/- id: visit-a\n[^]*?\n\n/, '');
    expect(ids(withoutFirst)).toEqual(['visit-b', 'sale-c']);
    const ours = BASE.replace('title: C sale', 'title: C sale of aircraft');
    const result = merged(BASE, ours, withoutFirst);
    expect(ids(result.text)).toEqual(['visit-b', 'sale-c']);
    expect(result.text).toBe(withoutFirst.replace('title: C sale', 'title: C sale of aircraft'));
    // Deleted together with its section's comment on their side: the comment goes too.
    const withoutSection = BASE.replace('# --- sales ---\n\n', '').replace(/\n- id: sale-c\n[^]*$/, '');
    expect(ids(withoutSection)).toEqual(['visit-a', 'visit-b']);
    expect(merged(BASE, BASE.replace('B visit', 'B visit, changed'), withoutSection).text).toBe(
      withoutSection.replace('B visit', 'B visit, changed'),
    );
  });

  it('reports nothing changed where one side only reformatted a record', () => {
    const reformatted = BASE.replace('  tags: [defence]\n', '  tags:\n    - defence\n');
    const ours = BASE.replace('title: C sale', 'title: C sale of aircraft');
    const result = merged(BASE, ours, reformatted);
    expect(result).toEqual({ text: ours, conflicts: [] });
  });

  it("merges both sides' first records into a file that init started with []", () => {
    const init = '# claims: add records below\n# - id: an-example\n[]\n';
    const ours = '# claims: add records below\n# - id: an-example\n' + claim('first-ours');
    const theirs = '# claims: add records below\n# - id: an-example\n' + claim('first-theirs');
    const result = merged(init, ours, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.text).toBe(ours + '\n' + claim('first-theirs'));
    expect(merged(init, init, theirs).text).toBe(theirs);
  });

  it('keeps Windows line breaks and another indentation of their list', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const ours = crlf(add(BASE, claim('ours-new')));
    // Their list is indented by two spaces (and its line breaks are Unix ones).
    const theirs = add(BASE, claim('theirs-new')).replace(/^(?=[^#\n])/gm, '  ');
    const result = merged(crlf(BASE), ours, theirs);
    expect(result.text).toBe(ours + '\r\n' + crlf(claim('theirs-new')));
  });

  it('refuses what is not a list of records with unique ids, for git to merge as text', () => {
    const refused = (text: string) => mergeRecordFiles(BASE, text, BASE);
    expect(refused('title: a dataset\n')).toEqual({ unsupported: 'ours: it is not a list of records' });
    expect(refused(BASE + claim('visit-a'))).toEqual({ unsupported: 'ours: the id visit-a is used twice' });
    expect(refused('- id: [\n')).toMatchObject({
      unsupported: expect.stringMatching(/^ours: not valid YAML/),
    });
    expect(refused('- &a {id: x}\n- *a\n')).toEqual({ unsupported: 'ours: it uses YAML anchors or aliases' });
    expect(refused('- just text\n')).toEqual({ unsupported: 'ours: an item of its list is not a record' });
    expect(refused('[{id: a}]\n')).toEqual({ unsupported: 'ours: its list is written in brackets ([...])' });
  });

  it('never loses a record: any mix of additions, changes and deletions on both sides', () => {
    // A small deterministic random walk over the three-way cases.
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const base = Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, status: 'planned', title: `T${i}` }));
      const edit = (side: string) => {
        const records = base.map((r) => ({ ...r }));
        for (let k = 0; k < 3; k++) {
          const r = random(records.length);
          const what = random(4);
          if (what === 0) records.splice(r, 1);
          else if (what === 1)
            records.splice(r, 0, { id: `${side}${round}-${k}`, status: 'happened', title: side });
          else if (what === 2 && records[r]) records[r]!.status = `${side}-status`;
          else if (records[r]) records[r]!.title = `${side}-title`;
        }
        return records;
      };
      const [ours, theirs] = [edit('a'), edit('b')];
      const text = (records: typeof base) =>
        records.map((r) => `- id: ${r.id}\n  status: ${r.status}\n  title: ${r.title}\n`).join('\n');
      const result = mergeRecordFiles(text(base), text(ours), text(theirs));
      if ('unsupported' in result) throw new Error(result.unsupported);
      const got = new Set([...ids(sideOf(result.text, 'ours')), ...ids(sideOf(result.text, 'theirs'))]);
      const baseIds = new Set(base.map((r) => r.id));
      // Every record added on either side is there, and every record either side kept that the other did not delete.
      for (const r of [...ours, ...theirs]) {
        const deletedByOther =
          baseIds.has(r.id) && (!ours.some((o) => o.id === r.id) || !theirs.some((t) => t.id === r.id));
        if (!deletedByOther) expect(got, `round ${round}: ${r.id}`).toContain(r.id);
      }
    }
  });
});
