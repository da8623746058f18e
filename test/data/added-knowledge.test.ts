import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN, check } from '../helpers.js';

// Nothing but reference facts is added to the article, and what is added is marked: an actor
// placed in a country its own quotes do not name (by name, alias, demonym or capital) says so in
// `added_knowledge`, as ISO codes and capitals are reference data by their field.
const { collections } = await check(BUILTIN);
const countries = new Map(collections.actors.filter((a) => a.kind === 'country').map((c) => [c.id, c]));
const fold = (text: string) => text.replace(/[’']/g, "'").toLowerCase();

/** "actor: country" for each country an actor is placed in that neither its quotes name nor a note marks. */
function unmarkedPlacements(actors: typeof collections.actors) {
  return actors.flatMap((actor) => {
    if (actor.kind === 'country' || actor.added_knowledge?.length) return [];
    const quotes = fold(
      [...actor.sources, ...(actor.disagreements ?? []).flatMap((d) => d.passages)]
        .map((c) => c.quote)
        .join(' '),
    );
    return (actor.countries ?? []).flatMap((id) => {
      const country = countries.get(id);
      const names = country ? [country.name, country.capital ?? '', ...country.aliases] : [id];
      return names.some((name) => name && new RegExp(`\\b${fold(name)}`).test(quotes))
        ? []
        : [`${actor.id}: ${id}`];
    });
  });
}

describe('added knowledge', () => {
  it('is marked where an actor is placed in a country its quotes do not name', () => {
    expect(unmarkedPlacements(collections.actors)).toEqual([]);
  });

  it('is caught when the mark is missing', () => {
    const serhetabat = collections.actors.find((a) => a.id === 'serhetabat')!;
    expect(unmarkedPlacements([{ ...serhetabat, added_knowledge: undefined }])).toEqual([
      'serhetabat: turkmenistan',
    ]);
  });

  it('marks the spelled-out ISI and the Sharif of paragraph 6', () => {
    const marked = (id: string) =>
      [...collections.actors, ...collections.claims, ...collections.issues].find((r) => r.id === id)
        ?.added_knowledge;
    expect(marked('isi')?.join(' ')).toMatch(/Inter-Services Intelligence.*reference knowledge/);
    for (const id of ['shahbaz-sharif', 'sharif-government-seeks-lower-tariffs', 'tapi-gas-tariff-dispute'])
      expect(marked(id)?.join(' '), id).toMatch(/Sharif’s government.*reference knowledge/);
  });

  it('marks the year the article leaves out ("In May this year", "July 10-11") as outside knowledge', () => {
    // The text shows only that the article was written after September 2024 ("in September 2024,
    // agreed"): "May this year" could be a later May. 2024 is the year of the Bishkek attacks, a
    // reference fact; every record that gives a year resting on it says so.
    const records = [
      ...collections.actors,
      ...collections.events,
      ...collections.issues,
      ...collections.claims,
    ];
    const own = (r: Record<string, unknown>) =>
      ['summary', 'statement', 'title']
        .map((field) => r[field] ?? '')
        .join(' ')
        .replace(/\s+/g, ' ');
    const resting = records.filter(
      (r) =>
        ('date_basis' in r && r.date_basis === 'inferred' && r.date.includes('2024')) ||
        /2024,? inferred/.test(own(r as never)),
    );
    expect(resting.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'bishkek-mob-attacks-on-pakistani-students-2024-05',
        'kyrgyzstan',
        'turkmenistan',
      ]),
    );
    const unmarked = resting
      .filter(
        (r) =>
          !/Bishkek.*May 2024.*reference knowledge|reference knowledge.*Bishkek.*May 2024/s.test(
            (r.added_knowledge ?? []).join(' '),
          ),
      )
      .map((r) => r.id);
    expect(unmarked).toEqual([]);
    for (const event of collections.events)
      expect(event.date_note ?? '', event.id).not.toMatch(
        /written in (late )?2024 \(it (mentions|speaks of) September/,
      );
    for (const claim of collections.claims)
      expect(claim.statement, claim.id).not.toContain('inferred from "this year"');
    const source = collections.sources.find((s) => s.id === 'pak-car-analysis-2024')!;
    expect(source.notes).toMatch(/after September 2024/);
    expect(source.notes).toMatch(/May 2024.*reference knowledge/s);
  });

  it('marks an abbreviation the article never writes, and COAS read as Gen Asim Munir', () => {
    const article = readFileSync(join(BUILTIN, 'texts/pak-car-analysis-2024.txt'), 'utf8');
    const unhyphened = new Set((article.match(/[\p{L}\p{N}-]+/gu) ?? []).map((w) => w.replace(/-/g, '')));
    const records = [
      ...collections.actors,
      ...collections.events,
      ...collections.issues,
      ...collections.claims,
    ] as unknown as Array<Record<string, unknown> & { id: string; added_knowledge?: string[] }>;
    const own = (r: Record<string, unknown>) =>
      [
        ...['name', 'summary', 'statement', 'title'].map((field) => r[field] ?? ''),
        ...((r.aliases as string[] | undefined) ?? []),
        ...((r.roles as { title: string }[] | undefined) ?? []).map((role) => role.title),
      ].join(' ');
    const marked = (r: { added_knowledge?: string[] }, word: string) =>
      (r.added_knowledge ?? []).some((note) => note.includes(`"${word}`));
    // An abbreviation (two capitals or more) that the article nowhere writes ("NLC"); a spelling
    // of one of its words without the hyphen ("JF17") is not one.
    const unmarked = records.flatMap((r) =>
      [...new Set(own(r).match(/\b[A-Z][A-Z0-9]+\b/g) ?? [])]
        .filter((word) => !new RegExp(`\\b${word}\\b`).test(article) && !unhyphened.has(word))
        .filter((word) => !marked(r, word))
        .map((word) => `${r.id}: ${word}`),
    );
    expect(unmarked).toEqual([]);
    // COAS: the article writes "Chief of Army Staff Gen Asim Munir" (¶2) and "COAS Munir" (¶4); that
    // they are one man, and COAS the Chief of Army Staff, is added.
    const coas = records.filter(
      (r) =>
        /\bCOAS\b/.test(own(r)) ||
        (((r.about as string[] | undefined) ?? []).includes('asim-munir') &&
          (r.sources as { quote: string }[]).some((c) => c.quote.includes('COAS Munir'))),
    );
    expect(coas.map((r) => r.id)).toEqual(
      expect.arrayContaining(['asim-munir', 'turkmen-pressed-munir-on-tapi-laws']),
    );
    expect(coas.filter((r) => !marked(r, 'COAS')).map((r) => r.id)).toEqual([]);
  });
});
