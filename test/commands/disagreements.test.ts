import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/model/records.js';
import {
  disagreementLines,
  disagreementMark,
  disagreementRows,
  disagreementSections,
} from '../../src/views/disagreements.js';
import { BUILTIN, check, copyDataset, edit, lineOf, runCli } from '../helpers.js';

// A dataset can record that two passages of its sources disagree; every view of an affected
// record says so, and validate checks the passages as it checks every quote.

const PASSAGES = `
  disagreements:
    - about: The note puts the dam at two distances upstream.
      passages:
        - { source: test-note, paragraph: 4, quote: "240 km upstream" }
        - { source: test-note, paragraph: 5, quote: "250 km upstream" }
      records: [RECORDS]`;

/** The mini dataset with a fifth paragraph that disagrees with the fourth, recorded on a claim and an event. */
function disputed(): string {
  const dir = copyDataset();
  appendFileSync(join(dir, 'texts/note.txt'), 'Officials later put the dam 250 km upstream.\n');
  edit(
    dir,
    'claims.yaml',
    '  tags: [water]\n',
    `  tags: [water]${PASSAGES.replace('RECORDS', 'water-treaty-2021')}\n`,
  );
  edit(
    dir,
    'events.yaml',
    '  issues: [dam-dispute]\n',
    `  issues: [dam-dispute]${PASSAGES.replace('RECORDS', 'dam-size')}\n`,
  );
  return dir;
}

const sourceOf = (id: string) => ({ id, label: 'Test note' }) as Source;
const record = {
  disagreements: [
    {
      about: 'Two distances.',
      passages: [
        { source: 'test-note', paragraph: 4, quote: '240 km' },
        { source: 'test-note', paragraph: 5, quote: '250 km' },
      ],
    },
  ],
};

describe('disagreement views', () => {
  it('say what is disputed, with both passages, and nothing for a record without one', () => {
    expect(disagreementLines(record, sourceOf)).toEqual([
      'Sources disagree: Two distances. (¶4 “240 km” / ¶5 “250 km”) — Test note',
    ]);
    expect(disagreementMark(record)).toEqual(['sources disagree']);
    expect(disagreementRows(record)).toEqual([
      ['disagreement', 'about', 'Two distances.'],
      ['disagreement', 'test-note ¶4', '240 km'],
      ['disagreement', 'test-note ¶5', '250 km'],
    ]);
    expect(disagreementSections(record, sourceOf)[0]!.heading).toBe('Sources disagree (1)');
    expect(disagreementLines({ id: 'x' }, sourceOf)).toEqual([]);
    expect(disagreementMark({ id: 'x' })).toEqual([]);
    expect(disagreementSections({ id: 'x' }, sourceOf)).toEqual([]);
  });

  it('escape what the data holds', () => {
    const hostile = { disagreements: [{ ...record.disagreements[0]!, about: 'a\u001b[31mred\u202e' }] };
    const line = disagreementLines(hostile, sourceOf)[0]!;
    expect(line.includes('\u001b') || line.includes('\u202e')).toBe(false);
  });
});

describe('a recorded disagreement', () => {
  it('is shown by fact, under the pasteable line, and carried by its JSON', async () => {
    const dir = disputed();
    const text = await runCli(['--data', dir, 'fact', 'dam', 'upstream']);
    expect(text.code).toBe(0);
    const [line, note] = text.stdout.trimEnd().split('\n');
    expect(line).toMatch(/^The dam project lies 240 km upstream/);
    expect(note).toBe(
      'Sources disagree: The note puts the dam at two distances upstream. (¶4 “240 km upstream” / ¶5 “250 km upstream”) — Test note on Ruritania and Elbonia',
    );
    const json = JSON.parse((await runCli(['--data', dir, 'fact', 'dam', 'upstream', '--json'])).stdout);
    expect(json.disagreements[0].passages.map((p: { paragraph: number }) => p.paragraph)).toEqual([4, 5]);
  });

  it('is shown by show: a section on a terminal, rows in a pipe, the record in JSON', async () => {
    const dir = disputed();
    const tty = await runCli(['--data', dir, 'show', 'dam-size'], { tty: true, columns: 80 });
    expect(tty.stdout).toContain('Sources disagree (1)');
    expect(tty.stdout).toContain('The note puts the dam at two distances upstream.');
    expect(tty.stdout).not.toContain('"about"'); // not dumped as a JSON field
    const rows = (await runCli(['--data', dir, 'show', 'dam-size'])).stdout.split('\n');
    expect(rows).toContain('disagreement\ttest-note ¶5\t250 km upstream');
    const json = JSON.parse((await runCli(['--data', dir, 'show', 'dam-size', '--json'])).stdout);
    expect(json.record.disagreements[0].records).toEqual(['water-treaty-2021']);
    expect(json.links.events.map((e: { id: string }) => e.id)).toContain('water-treaty-2021');
  });

  it('marks the event in the country brief', async () => {
    const dir = disputed();
    const { stdout } = await runCli(['--data', dir, 'country', 'ruritania', '--format', 'text']);
    expect(stdout).toMatch(/Water treaty signed\s+sources disagree/);
  });

  it('is refused by validate when a passage is not verbatim or a record does not exist', async () => {
    const dir = disputed();
    edit(dir, 'claims.yaml', 'quote: "250 km upstream"', 'quote: "260 km upstream"');
    edit(dir, 'events.yaml', 'records: [dam-size]', 'records: [dam-sise]');
    const { code, stdout, stderr } = await runCli(['--data', dir, 'validate']);
    expect(code).toBe(3);
    const quoteLine = lineOf(dir, 'claims.yaml', '260 km upstream');
    const recordLine = lineOf(dir, 'events.yaml', 'dam-sise');
    const out = stdout + stderr;
    expect(out).toMatch(new RegExp(`claims\\.yaml:${quoteLine}:\\d+: quote is not verbatim in paragraph 5`));
    expect(out).toMatch(new RegExp(`events\\.yaml:${recordLine}:\\d+: .*unknown id "dam-sise"`));
    expect(out).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('is refused by validate when a record it names does not carry it', async () => {
    const dir = disputed();
    edit(dir, 'events.yaml', 'records: [dam-size]', 'records: []');
    edit(
      dir,
      'claims.yaml',
      'records: [water-treaty-2021]',
      'records: [water-treaty-2021, vance-visit-2023-06]',
    );
    const { code, stderr } = await runCli(['--data', dir, 'validate']);
    expect(code).toBe(3);
    const line = lineOf(dir, 'claims.yaml', 'vance-visit-2023-06]');
    expect(stderr).toContain(
      `claims.yaml:${line}:36: "vance-visit-2023-06" does not carry this disagreement: give it the same passages, so that its views say so`,
    );
    expect(stderr).toContain('car-brief: dataset invalid: 1 problem');
  });

  it('needs two passages', async () => {
    const dir = disputed();
    edit(dir, 'claims.yaml', '        - { source: test-note, paragraph: 5, quote: "250 km upstream" }\n', '');
    const { code, stdout, stderr } = await runCli(['--data', dir, 'validate']);
    expect(code).toBe(3);
    expect(stdout + stderr).toContain('a disagreement sets at least two passages side by side');
  });
});

const { collections } = await check(BUILTIN);
const builtin = [...collections.actors, ...collections.events, ...collections.issues, ...collections.claims];
type Carrier = (typeof builtin)[number];
const ownWords = (r: Carrier) =>
  ['title', 'name', 'summary', 'statement']
    .map((field) => (r as Record<string, unknown>)[field] ?? '')
    .join(' ');

/** The ids, sorted, of the built-in records that carry the disagreement one of whose passages is quote. */
function carriers(quote: string): string[] {
  return builtin
    .filter((r) => r.disagreements?.some((d) => d.passages.some((p) => p.quote === quote)))
    .map((r) => r.id)
    .sort();
}

/** "id: records" for each carrier whose disagreement does not name every other carrier. */
function unlinked(quote: string): string[] {
  const all = carriers(quote);
  return builtin.flatMap((r) => {
    const d = r.disagreements?.find((d) => d.passages.some((p) => p.quote === quote));
    if (!d) return [];
    const named = [...new Set([r.id, ...(d.records ?? [])])].sort();
    return named.join() === all.join() ? [] : [`${r.id}: ${(d.records ?? []).join(', ')}`];
  });
}

describe('the built-in data', () => {
  const FORMER = 'Former DG ISI Lt Gen. Nadeem Anjum’s visit to Ashgabatfrom July 10-11';

  it('puts the DG ISI disagreement on every record that tells the visits of the DG ISI or names the visitor', async () => {
    // Countries excepted: a country's summary is about the country, and says what the article says
    // in its own words (Turkmenistan's names both titles).
    const countries = new Set(collections.actors.filter((a) => a.kind === 'country').map((a) => a.id));
    const bearing = builtin
      .filter((r) => !countries.has(r.id))
      .filter((r) =>
        /DG ISI|Director General ISI|Nadeem Anjum/.test(
          `${ownWords(r)} ${r.sources.map((c) => c.quote).join(' ')}`,
        ),
      )
      .map((r) => r.id)
      .sort();
    expect(bearing).toEqual(
      expect.arrayContaining(['dg-isi-assured-tapi-priority', 'dg-isi-planned-visit-kazakhstan-uzbekistan']),
    );
    expect(carriers(FORMER)).toEqual(bearing);
    expect(unlinked(FORMER)).toEqual([]);
    const fact = await runCli(['fact', 'Nadeem Anjum']);
    expect(fact.stdout).toMatch(/^Former DG ISI Lt Gen\. Nadeem Anjum.*\nSources disagree: /);
  });

  it('does not settle the DG ISI visitor silently: fact, show and the Turkmenistan brief say so', async () => {
    const fact = await runCli(['fact', 'DG', 'ISI', 'visited', 'Turkmenistan']);
    expect(fact.stdout).toMatch(/^Sources disagree: .*Director General ISI.*Former DG ISI/m);
    for (const id of [
      'dg-isi-visited-turkmenistan-july',
      'dg-isi-visit-turkmenistan-2024-07',
      'nadeem-anjum',
    ]) {
      const shown = await runCli(['show', id], { tty: true, columns: 80 });
      expect(shown.stdout, id).toContain('Sources disagree (1)');
    }
    const brief = await runCli(['country', 'turkmenistan', '--format', 'text']);
    expect(brief.stdout).toMatch(/DG ISI visit to Ashgabat.*sources disagree/);
  });

  it('gives the real clues for the year of the DG ISI visit', async () => {
    const { stdout } = await runCli(['show', 'dg-isi-visit-turkmenistan-2024-07', '--json']);
    const note: string = JSON.parse(stdout).record.date_note;
    for (const clue of ['near future', 'coming months', 'Former DG ISI']) expect(note).toContain(clue);
    expect(note).not.toContain('as recent');
  });

  const AGREED = 'in September 2024, agreed to purchase twelve JF-17C and three JF-17B aircrafts';
  const CONFINED =
    'With Central Asian Countries Pakistan’s Cooperation is Confined to Sale of Outdated Military Equipment';

  it('records the article’s other tensions: the JF-17 purchase agreed or probable, cooperation confined to sales or not', async () => {
    // ¶9 "agreed to purchase" against ¶11 "the probable purchase".
    expect(carriers(AGREED)).toEqual(
      [
        'azerbaijan-agreed-jf-17-purchase',
        'azerbaijan-jf-17-purchase-agreement-2024-09',
        'baku-should-reconsider-jf-17',
        'jf-17',
        'jf-17-deficiencies',
      ].sort(),
    );
    // ¶8's heading against the training, exercises and defence agreements of ¶1-2.
    expect(carriers(CONFINED)).toEqual(
      [
        'car-cooperation-confined-to-outdated-equipment',
        'defence-ties-limited-to-arms-sales',
        'high-level-visits-defence-agreements',
        'pakistan-trains-central-asian-forces',
      ].sort(),
    );
    expect([...unlinked(AGREED), ...unlinked(CONFINED)]).toEqual([]);
    const fact = await runCli(['fact', 'Azerbaijan', 'agreed', 'JF-17']);
    expect(fact.stdout).toMatch(/^Sources disagree: .*probable/m);
    const brief = await runCli(['country', 'azerbaijan', '--format', 'text']);
    expect(brief.stdout).toMatch(/JF-17C.*sources disagree/);
    const shown = await runCli(['show', 'car-cooperation-confined-to-outdated-equipment'], {
      tty: true,
      columns: 80,
    });
    expect(shown.stdout).toContain('Sources disagree (1)');
  });

  it('puts each disagreement on every record that quotes one of its passages', () => {
    const passages = [
      ...new Set(
        builtin.flatMap((r) => (r.disagreements ?? []).flatMap((d) => d.passages.map((p) => p.quote))),
      ),
    ];
    const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);
    const missing = passages.flatMap((passage) => {
      const carrying = new Set(carriers(passage));
      return builtin
        .filter((r) => r.sources.some((c) => overlaps(c.quote, passage)) && !carrying.has(r.id))
        .map((r) => `${r.id}: ${passage}`);
    });
    expect(missing).toEqual([]);
  });
});
