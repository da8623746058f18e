import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quoteCoverage } from '../../src/load/check/coverage.js';
import { BUILTIN, ROOT, check } from '../helpers.js';

// The built-in dataset against its source: the article, kept verbatim in data/texts/.
const { collections: dataset, texts } = await check(BUILTIN);
const ARTICLE = join(BUILTIN, 'texts/pak-car-analysis-2024.txt');
const ARTICLE_SHA256 = '7a633aff39660220434741d4f1c9d5b7ac63d83f66755f3b7bd903edacca290a';
const SEED = join(ROOT, '../shared/seeds/000_d70f8c839414c4be.txt');
const records = [...dataset.actors, ...dataset.events, ...dataset.issues, ...dataset.claims];
const paragraphs = readFileSync(ARTICLE, 'utf8').split('\n');

describe('provenance of the built-in data', () => {
  it('keeps the article byte for byte as it was received', () => {
    expect(createHash('sha256').update(readFileSync(ARTICLE)).digest('hex')).toBe(ARTICLE_SHA256);
    expect(paragraphs).toHaveLength(21);
  });

  it.skipIf(!existsSync(SEED))('matches the shared seed article where it is available', () => {
    expect(readFileSync(ARTICLE, 'utf8')).toBe(readFileSync(SEED, 'utf8'));
  });

  it('quotes the article verbatim, in the paragraph cited, in every record', () => {
    const wrong = records.flatMap((record) =>
      record.sources
        .filter(
          (c) => c.source !== 'pak-car-analysis-2024' || !paragraphs[c.paragraph - 1]?.includes(c.quote),
        )
        .map((c) => `${record.id}: ¶${c.paragraph} "${c.quote}"`),
    );
    expect(wrong).toEqual([]);
    expect(records.every((record) => record.sources.length > 0)).toBe(true);
  });

  it('covers every sentence of the article with some quote', () => {
    const [coverage] = quoteCoverage(
      texts,
      records.flatMap((r) => r.sources),
    );
    expect(coverage!.uncovered.map((s) => `¶${s.paragraph}: ${s.text}`)).toEqual([]);
    expect(coverage!.sentences).toBeGreaterThanOrEqual(80);
  });

  it('keeps facts apart from reports and the author’s judgements', () => {
    const kinds = new Map<string, number>();
    for (const claim of dataset.claims) kinds.set(claim.kind, (kinds.get(claim.kind) ?? 0) + 1);
    expect([...kinds.keys()].sort()).toEqual(['assessment', 'fact', 'report']);
    const judged = (id: string) => dataset.claims.find((c) => c.id === id)?.kind;
    expect(judged('baku-should-reconsider-jf-17')).toBe('assessment');
    expect(judged('jf-17-structural-flaws-reported')).toBe('report');
    expect(judged('azerbaijan-bought-ten-super-mushak-2019')).toBe('fact');
  });

  it('marks every date the article does not give in full as inferred, and invents no day', () => {
    const quoted = (event: (typeof dataset.events)[number]) => event.sources.map((c) => c.quote).join(' ');
    for (const event of dataset.events) {
      // A stated date's year is in the event's quotes ("2019", "1990s"); otherwise it was inferred.
      const year = event.date.slice(0, 3);
      if (event.date_basis === 'stated') expect(quoted(event), event.id).toMatch(new RegExp(`\\b${year}`));
      // Every day in a date is a day the quotes give.
      for (const day of event.date.match(/\d{4}-\d{2}-\d{2}/g) ?? []) {
        expect(quoted(event), event.id).toMatch(new RegExp(`\\b${Number(day.slice(8))}\\b`));
      }
    }
    const inferred = dataset.events.filter((e) => e.date_basis === 'inferred').map((e) => e.id);
    expect(inferred).toEqual(
      expect.arrayContaining([
        'dg-isi-visit-turkmenistan-2024-07',
        'bishkek-mob-attacks-on-pakistani-students-2024-05',
      ]),
    );
  });

  it('has a country record with ISO codes and capital for every state the article names', () => {
    const countries = dataset.actors.filter((a) => a.kind === 'country').map((a) => a.iso3);
    expect(countries.sort()).toEqual(
      [
        'AFG',
        'ARM',
        'AZE',
        'CHN',
        'IND',
        'IRN',
        'IRQ',
        'KAZ',
        'KGZ',
        'PAK',
        'TJK',
        'TKM',
        'TUR',
        'USA',
        'UZB',
      ].sort(),
    );
  });
});
