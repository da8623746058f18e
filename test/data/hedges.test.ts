import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN, check } from '../helpers.js';

// The data says no more than the article: where a paragraph a record cites hedges a phrase
// ("alleged support for", "may complicate"), the record's own words (summary, statement, title)
// must not repeat the phrase without the hedge.
const HEDGES = new Set([
  'alleged',
  'allegedly',
  'reportedly',
  'perceived',
  'apparently',
  'may',
  'might',
  'can',
  'could',
]);
const { collections } = await check(BUILTIN);
const paragraphs = readFileSync(join(BUILTIN, 'texts/pak-car-analysis-2024.txt'), 'utf8').split('\n');
const words = (text: string) => text.replace(/[’']/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];

/** "id: hedge phrase (¶n)" for every hedged phrase of a cited paragraph that the record's own words state unhedged. */
function unhedged(
  records: readonly { id: string; sources: readonly { paragraph: number }[]; [key: string]: unknown }[],
) {
  const found = new Set<string>();
  for (const record of records) {
    const own = ` ${words(['summary', 'statement', 'title'].map((field) => record[field] ?? '').join(' '))
      .join(' ')
      .toLowerCase()} `;
    for (const { paragraph } of record.sources) {
      const text = words(paragraphs[paragraph - 1] ?? '');
      text.forEach((word, i) => {
        // "May" with a capital is the month ("in May this year").
        if (!HEDGES.has(word.toLowerCase()) || word === 'May') return;
        const phrase = text
          .slice(i + 1, i + 3)
          .join(' ')
          .toLowerCase();
        if (phrase.split(' ').length < 2) return;
        if (own.includes(` ${phrase} `) && !own.includes(` ${word.toLowerCase()} ${phrase} `))
          found.add(`${record.id}: ${word.toLowerCase()} ${phrase} (¶${paragraph})`);
      });
    }
  }
  return [...found];
}

// A qualifier of the article ("support for certain militant groups", "the probable purchase") is
// kept too: a record's own words that give the article's words on both sides of it without it
// ("support for militant groups") have dropped it.
const QUALIFIERS = new Set([
  'certain',
  'some',
  'several',
  'few',
  'probable',
  'possible',
  'sometimes',
  'almost',
  'essentially',
]);

/** "id: phrase without its qualifier (¶n)" for every qualifier of a cited paragraph that the record's own words drop. */
function unqualified(
  records: readonly { id: string; sources: readonly { paragraph: number }[]; [key: string]: unknown }[],
) {
  const found = new Set<string>();
  for (const record of records) {
    const own = ` ${words(['summary', 'statement', 'title'].map((field) => record[field] ?? '').join(' '))
      .join(' ')
      .toLowerCase()} `;
    for (const { paragraph } of record.sources) {
      const text = words(paragraphs[paragraph - 1] ?? '').map((word) => word.toLowerCase());
      text.forEach((word, i) => {
        if (!QUALIFIERS.has(word) || i < 2) return;
        const without = [...text.slice(i - 2, i), ...text.slice(i + 1, i + 3)];
        if (without.length < 4) return;
        if (own.includes(` ${without.join(' ')} `))
          found.add(`${record.id}: ${without.join(' ')}, not ${word} (¶${paragraph})`);
      });
    }
  }
  return [...found];
}

describe('hedges', () => {
  it('are kept: no record states unhedged what its paragraph hedges', () => {
    const records = [
      ...collections.actors,
      ...collections.events,
      ...collections.issues,
      ...collections.claims,
    ];
    expect(unhedged(records as never)).toEqual([]);
  });

  it('keep the article\'s qualifiers: "support for certain militant groups"', () => {
    const records = [
      ...collections.actors,
      ...collections.events,
      ...collections.issues,
      ...collections.claims,
    ];
    expect(unqualified(records as never)).toEqual([]);
    const trust = collections.issues.find((issue) => issue.id === 'trust-deficit')!;
    const dropped = { ...trust, summary: trust.summary.replace('certain militant', 'militant') };
    expect(unqualified([dropped] as never)).toEqual([
      'trust-deficit: support for militant groups, not certain (¶1)',
      'trust-deficit: support for militant groups, not certain (¶21)',
    ]);
  });

  it('keep both causes ¶1 gives for the limited progress in the pakistan summary', () => {
    const pakistan = collections.actors.find((actor) => actor.id === 'pakistan')!;
    expect(pakistan.summary).toMatch(/support for certain militant groups/);
    expect(pakistan.summary).toMatch(/historical trust deficit/);
  });

  it('keep ¶11\'s "must seriously reconsider the probable purchase" wherever a record speaks of it', () => {
    const records = [
      ...collections.actors,
      ...collections.events,
      ...collections.issues,
      ...collections.claims,
    ] as unknown as { id: string; summary?: string; statement?: string }[];
    const softened = records.filter((r) => {
      const own = `${r.summary ?? ''} ${r.statement ?? ''}`;
      return /reconsider/.test(own) && (!/probable/.test(own) || /\bshould\b/.test(own));
    });
    expect(softened.map((r) => r.id)).toEqual([]);
  });

  it('are caught when dropped', () => {
    const pakistan = collections.actors.find((actor) => actor.id === 'pakistan')!;
    const dropped = { ...pakistan, summary: pakistan.summary.replace('alleged support', 'support') };
    expect(unhedged([dropped] as never)).toEqual(['pakistan: alleged support for (¶21)']);
  });
});
