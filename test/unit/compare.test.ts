import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import type { Actor, Issue } from '../../src/model/records.js';
import { buildCountryBrief } from '../../src/query/country/brief.js';
import {
  MAX_COMPARED,
  countryFacets,
  distinctCountries,
  groupNames,
  typedWords,
  ownAndShared,
} from '../../src/query/country/compare.js';
import { MINI, load } from '../helpers.js';

const dataset = await load(MINI);
const actor = (id: string) => dataset.actors.find((a) => a.id === id)!;
const brief = (id: string) => buildCountryBrief(dataset, actor(id));

describe('countryFacets', () => {
  it('takes the relations summary, open issues, events, latest event and key figures of the brief', () => {
    const facets = countryFacets(dataset, brief('ruritania'));
    expect(facets.country.id).toBe('ruritania');
    expect(facets.relations).toBe(actor('ruritania').summary);
    expect(facets.openIssues.map((i) => i.record.id)).toEqual(['dam-dispute']);
    expect(facets.events.map((e) => [e.record.id, e.via])).toEqual([
      ['water-treaty-2021', undefined],
      ['vance-visit-2023-06', undefined],
      ['vance-return-visit', 'old-world'],
    ]);
    expect(facets.keyFigures.map((c) => c.id)).toEqual(['dam-size']);
  });

  it("picks the latest of the country's own events over a later shared one, with the span of its date", () => {
    const { latest } = countryFacets(dataset, brief('ruritania'));
    expect(latest?.record.id).toBe('vance-visit-2023-06');
    expect(latest?.via).toBeUndefined();
    expect(new Date(latest!.span.start).toISOString().slice(0, 10)).toBe('2023-06-04');
  });

  it('falls back to the latest shared event when the country has none of its own', () => {
    const full = brief('elbonia');
    const onlyShared = { ...full, events: full.events.filter((e) => e.via) };
    const { latest } = countryFacets(dataset, onlyShared);
    expect([latest?.record.id, latest?.via]).toEqual(['vance-return-visit', 'old-world']);
    expect(countryFacets(dataset, { ...full, events: [] }).latest).toBeUndefined();
  });

  it('leaves out resolved issues and puts its own before shared ones', () => {
    const full = brief('ruritania');
    const issue = (id: string, status: Issue['status']): Issue => ({ ...full.issues[0]!.record, id, status });
    const issues = [
      { record: issue('shared-open', 'open'), via: 'old-world' },
      { record: issue('own-resolved', 'resolved') },
      { record: issue('own-stalled', 'stalled') },
    ];
    const { openIssues } = countryFacets(dataset, { ...full, issues });
    expect(openIssues.map((i) => i.record.id)).toEqual(['own-stalled', 'shared-open']);
  });
});

describe('ownAndShared', () => {
  it('splits linked records into own ones and those of each group, counting the shared', () => {
    const split = ownAndShared([
      { record: 'a' },
      { record: 'b', via: 'g1' },
      { record: 'c', via: 'g2' },
      { record: 'd', via: 'g1' },
    ]);
    expect(split.own).toEqual(['a']);
    expect([...split.shared]).toEqual([
      ['g1', ['b', 'd']],
      ['g2', ['c']],
    ]);
    expect(split.sharedCount).toBe(3);
  });
});

describe('distinctCountries', () => {
  it('keeps the first naming of each country, in order, and reports the repeats', () => {
    const [r, e] = [actor('ruritania'), actor('elbonia')];
    const { countries, repeated } = distinctCountries([e, r, e, e]);
    expect(countries.map((c: Actor) => c.id)).toEqual(['elbonia', 'ruritania']);
    expect(repeated.map((c) => c.id)).toEqual(['elbonia', 'elbonia']);
  });
});

describe('typedWords', () => {
  it('takes each argument as typed, split at its commas, without empty words', () => {
    expect(typedWords(['uzbekistan', 'Kyrgyz Republic'])).toEqual(['uzbekistan', 'Kyrgyz Republic']);
    expect(typedWords(['uzbekistan,elbonia', ' kz ,', 'tj', ',', ''])).toEqual([
      'uzbekistan',
      'elbonia',
      'kz',
      'tj',
    ]);
  });

  it(`refuses more than ${MAX_COMPARED} as a usage error`, () => {
    const many = Array<string>(MAX_COMPARED).fill('uzbekistan');
    expect(typedWords(many)).toHaveLength(MAX_COMPARED);
    expect(() => typedWords([...many, 'kz'])).toThrow(UsageError);
    expect(() => typedWords([many.join(','), 'kz'])).toThrow(UsageError);
  });
});

describe('groupNames', () => {
  const known = new Set(['kyrgyz republic', 'kingdom of ruritania', 'uzbekistan']);
  const isName = (name: string) => known.has(name.toLowerCase());

  it('takes each word as a name where no run of them makes one', () => {
    expect(groupNames(['uzbekistan', 'elbonia', 'kz'], isName)).toEqual(['uzbekistan', 'elbonia', 'kz']);
    // Words that make no name together stay apart (and fail, or resolve, one by one).
    expect(groupNames(['Kyrgyz', 'uzbekistan'], isName)).toEqual(['Kyrgyz', 'uzbekistan']);
  });

  it('joins adjacent words that make a name, longest first, quoted or not', () => {
    expect(groupNames(['Kyrgyz', 'Republic', 'uzbekistan'], isName)).toEqual([
      'Kyrgyz Republic',
      'uzbekistan',
    ]);
    expect(groupNames(['uzbekistan', 'Kingdom', 'of', 'Ruritania'], isName)).toEqual([
      'uzbekistan',
      'Kingdom of Ruritania',
    ]);
    expect(groupNames(['Kyrgyz Republic', 'uzbekistan'], isName)).toEqual(['Kyrgyz Republic', 'uzbekistan']);
    expect(groupNames(typedWords(['Kyrgyz', 'Republic,uzbekistan']), isName)).toEqual([
      'Kyrgyz Republic',
      'uzbekistan',
    ]);
  });

  it('looks up each run of words once', () => {
    const asked: string[] = [];
    groupNames(['a', 'b', 'a', 'b', 'a', 'b'], (name) => (asked.push(name), false));
    expect(asked.length).toBe(new Set(asked).size);
  });
});
