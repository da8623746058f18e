import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify, parse } from 'yaml';
import type { InputFile } from '../../src/load/read/list.js';
import { diffSnapshots, type RecordChange } from '../../src/query/changes/diff.js';
import { snapshotOf } from '../../src/query/changes/snapshot.js';
import { fieldWords } from '../../src/views/change-words.js';
import { markdownForTerminal } from '../../src/output/markdown-terminal.js';
import { PLAIN } from '../../src/output/io.js';
import type { CollectionName } from '../../src/model/vocabulary.js';
import { BUILTIN } from '../helpers.js';

// The record-level diff behind `car-brief changes`: records matched by id, fields compared by
// value as the parse stage reads them, and each change said in words.

function file(collection: CollectionName, text: string, name = `${collection}.yaml`): InputFile {
  const content = { bytes: Buffer.from(text, 'utf8'), fingerprint: '' };
  return { path: name, display: name, name, collection, content, hash: '' };
}

function diff(before: readonly InputFile[], after: readonly InputFile[]): RecordChange[] {
  const [old, now] = [snapshotOf(before), snapshotOf(after)];
  expect([...old.problems, ...now.problems]).toEqual([]);
  return diffSnapshots(old.snapshot, now.snapshot);
}

const builtin = (collection: CollectionName) => readFileSync(join(BUILTIN, `${collection}.yaml`), 'utf8');
const ALL: CollectionName[] = ['sources', 'actors', 'events', 'issues', 'claims'];
const words = (changes: readonly RecordChange[]) => changes.flatMap((c) => c.fields.flatMap(fieldWords));

describe('the record-level diff', () => {
  it('reports nothing for a pure reformatting: key order, quoting, comments, line width, a file split in two', () => {
    const before = ALL.map((c) => file(c, builtin(c)));
    const after = ALL.flatMap((c) => {
      const records = parse(builtin(c)) as Record<string, unknown>[];
      // Keys in reverse order, every string double-quoted, no comments, narrow lines.
      const reversed = records.map((r) => Object.fromEntries(Object.entries(r).reverse()));
      const text = (list: unknown[]) =>
        '# reformatted\n' + stringify(list, { lineWidth: 50, defaultStringType: 'QUOTE_DOUBLE' });
      if (c !== 'claims') return [file(c, text(reversed))];
      // The claims moved into a folder of two files.
      const half = Math.floor(reversed.length / 2);
      return [
        file(c, text(reversed.slice(0, half)), 'claims/01.yaml'),
        file(c, text(reversed.slice(half)), 'claims/02.yaml'),
      ];
    });
    expect(builtin('events')).not.toBe((after[2]!.content as { bytes: Buffer }).bytes.toString());
    expect(diff(before, after)).toEqual([]);
  });

  it('reads defaults and bare years as validate does: tags: [] and date: 2019 are no change', () => {
    const event = (extra: string, date: string) =>
      `- id: a-sale\n  date: ${date}\n  date_basis: stated\n  status: happened\n  type: sale\n  title: A sale\n` +
      `  summary: A sale.\n  countries: [azerbaijan]\n${extra}  sources:\n` +
      `    - {source: pak-car-analysis-2024, paragraph: 9, quote: "in 2019 Baku purchased"}\n`;
    const before = file('events', event('', '"2019"'));
    const after = file('events', event('  tags: []\n  actors: []\n', '2019'));
    expect(diff([before], [after])).toEqual([]);
    // (A tag given where none was: the list it defaults to gains one.)
    const tagged = file('events', event('  tags: [defence]\n', '2019'));
    expect(words(diff([before], [tagged]))).toEqual(['tags + defence']);
  });

  it('finds records added, removed and changed, field by field, in words', () => {
    const events = builtin('events');
    const claims = builtin('claims');
    const changed = events
      .replace(
        /(- id: dg-isi-planned-visit-kazakhstan-uzbekistan\n[^]*?)status: planned/,
        '$1status: happened',
      )
      .replace(
        /(- id: azerbaijan-buys-super-mushak-2019\n[^]*?)countries: \[azerbaijan, pakistan\]/,
        '$1countries: [azerbaijan, pakistan, turkey]',
      );
    const added =
      claims +
      '\n- id: a-new-claim\n  about: [tapi]\n  statement: A new claim.\n  kind: fact\n  sources:\n    - {source: pak-car-analysis-2024, paragraph: 16, quote: "TAPI"}\n';
    const removed = added.replace(/- id: vision-central-asia-strategy\n[^]*?\n\n/, '');
    const changes = diff(
      [file('events', events), file('claims', claims)],
      [file('events', changed), file('claims', removed)],
    );
    expect(changes.map(({ collection, id, change }) => [collection, id, change])).toEqual([
      ['events', 'azerbaijan-buys-super-mushak-2019', 'changed'],
      ['events', 'dg-isi-planned-visit-kazakhstan-uzbekistan', 'changed'],
      ['claims', 'a-new-claim', 'added'],
      ['claims', 'vision-central-asia-strategy', 'removed'],
    ]);
    expect(words(changes)).toEqual(['countries + turkey', 'status planned → happened']);
    expect(changes[2]!.after).toMatchObject({ id: 'a-new-claim', statement: 'A new claim.' });
  });

  it('says each kind of field in its own words', () => {
    const say = (field: string, before: unknown, after: unknown) => fieldWords({ field, before, after });
    expect(say('status', 'planned', 'happened')).toEqual(['status planned → happened']);
    expect(say('date', '2024-07', '2024-07-10/2024-07-11')).toEqual(['date Jul 2024 → 10–11 Jul 2024']);
    expect(say('title', 'A visit', 'A visit to Tashkent')).toEqual([
      'title changed: “A visit” → “A visit to Tashkent”',
    ]);
    const long =
      'The TAPI gas pipeline is 1,735 km long and would carry 33 bcm of gas per annum to South Asia.';
    expect(say('statement', long, long.replace('1,735', '1,800'))).toEqual([
      'statement changed: “…pipeline is 1,735 km long…” → “…pipeline is 1,800 km long…”',
    ]);
    expect(say('summary', long, `${long} Work has stalled.`)).toEqual([
      'summary changed: “…South Asia.” → “…South Asia. Work has stalled.”',
    ]);
    const figure = (value: number, unit = 'aircraft') => ({
      value,
      unit,
      of: 'aircraft sold',
      qualifier: 'exactly',
    });
    expect(say('figures', [figure(5)], [figure(6)])).toEqual(['figure 5 → 6 aircraft (aircraft sold)']);
    expect(say('figures', [figure(5)], [figure(5), { ...figure(10, '%'), of: 'share' }])).toEqual([
      'figure added: 10% (share)',
    ]);
    expect(say('figures', [{ ...figure(20, '%'), qualifier: 'over' }], [figure(25, '%')])).toEqual([
      'figure over 20% → 25% (aircraft sold)',
    ]);
    const cite = (paragraph: number, quote: string) => ({ source: 'pak', paragraph, quote });
    expect(
      say('sources', [cite(16, 'old words'), cite(2, 'gone')], [cite(16, 'new words'), cite(9, 'more')]),
    ).toEqual([
      'quote changed (pak ¶16): “old words” → “new words”',
      'cites pak ¶9: “more”',
      'no longer cites pak ¶2: “gone”',
    ]);
    expect(say('countries', ['iran', 'pakistan'], ['pakistan', 'kazakhstan'])).toEqual([
      'countries + kazakhstan, − iran',
    ]);
    expect(say('tags', ['a', 'b'], ['b', 'a'])).toEqual(['tags reordered']);
    expect(
      say('actors', [{ id: 'imu', role: 'pushed out' }], [{ id: 'imu', role: 'expelled' }, { id: 'ttp' }]),
    ).toEqual(['actors + id: ttp', 'actors imu: role changed: “pushed out” → “expelled”']);
    expect(say('date_note', undefined, 'Inferred from the paragraph.')).toEqual([
      'date_note added: “Inferred from the paragraph.”',
    ]);
    expect(say('url', 'https://example.org/a', undefined)).toEqual(['url removed: https://example.org/a']);
  });

  it('takes a record that fails its schema as written, and refuses a file it cannot read', () => {
    const before = file('claims', '- id: a\n  statement: x\n');
    const after = file('claims', '- id: a\n  statement: y\n');
    expect(words(diff([before], [after]))).toEqual(['statement x → y']);
    const broken = snapshotOf([file('claims', '- id: [\n')]);
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]!.file).toBe('claims.yaml');
  });

  it('reads as a changelog on a terminal too: each field changed under its record', () => {
    const md = '- **event** `a-visit`: A visit\n  - status planned → happened, and more words to wrap\n';
    expect(markdownForTerminal(md, 40, PLAIN).split('\n')).toEqual([
      '- event `a-visit`: A visit',
      '  - status planned → happened, and more',
      '    words to wrap',
      '',
    ]);
  });
});
