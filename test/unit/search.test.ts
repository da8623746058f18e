import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { queryTokens, searchWords } from '../../src/model/words.js';
import { nearBudget } from '../../src/query/search/near-words.js';
import { SearchIndex } from '../../src/query/search/search.js';
import { BUILTIN, MINI, load } from '../helpers.js';

const lookups = JSON.parse(readFileSync(new URL('../data/lookups.json', import.meta.url), 'utf8')) as {
  query: string;
  expected: string | string[];
}[];
const index = await SearchIndex.open(await load(BUILTIN));
const top = (query: string, limit = 3) => index.search(query, { limit }).map((hit) => hit.id);

describe('search on the built-in data', () => {
  it('has the answer in the top 3 for at least 95% of the lookups writers type', () => {
    const misses = lookups.filter(
      ({ query, expected }) => ![expected].flat().some((id) => top(query).includes(id)),
    );
    expect(lookups.length).toBeGreaterThanOrEqual(60);
    expect(misses.length, JSON.stringify(misses)).toBeLessThanOrEqual(Math.floor(lookups.length * 0.05));
  });

  it('counts every word, in any order', () => {
    expect(index.search('Mushak Uzbekistan', { limit: 5 })).toEqual(
      index.search('Uzbekistan Mushak', { limit: 5 }).map((hit) => ({ ...hit, matched: expect.anything() })),
    );
    // The broker role (a fact) and the differences it created (an assessment) hold both words.
    expect(top('taliban broker', 2).sort()).toEqual([
      'tashkent-sought-taliban-broker-role',
      'tashkent-taliban-broker-role',
    ]);
  });

  it('finds a target through a misspelling', () => {
    expect(top('Tajikstan Taliban')).toContain('taliban-support-contention-with-tajikistan');
    expect(top('tarrif revision')).toContain('pti-government-sought-tariff-revision');
  });

  it('ranks a name above a word in a quote, and an exact name or id first', () => {
    expect(top('Baku', 1)).toEqual(['azerbaijan']);
    expect(top('COAS', 1)).toEqual(['asim-munir']);
    expect(top('kazakstan', 1)).toEqual(['kazakhstan']);
    expect(top('trust-deficit', 1)).toEqual(['trust-deficit']);
    expect(top('Super Mushak', 1)).toEqual(['super-mushak']);
  });

  it('matches near spellings as whole words, not inside longer words', () => {
    const port = index.search('port', { limit: 20 }).map((hit) => hit.id);
    expect(port).toContain('port-qasim');
    expect(port).not.toContain('jf-17-deficiencies'); // "Reported JF-17 deficiencies"
  });

  it('never lets a near spelling outrank a real match of the word', () => {
    // "weapons" is a word of the data (tags: weapon): it is not a misspelling of "response".
    const weapons = index.search('weapons');
    expect(weapons.map((hit) => hit.id)).not.toContain('central-asia-lukewarm-response');
    expect(weapons[0]!.entry.type).toBe('actor');
  });

  it('allows a misspelling fewer edits the shorter the word', () => {
    expect(index.search('soft')).toEqual([]); // not "South"
    expect(nearBudget(4)).toBe(0);
    expect(nearBudget(6)).toBeLessThan(nearBudget(10));
    expect(nearBudget(10)).toBeLessThan(nearBudget(14));
    expect(top('Kazakhtan', 1)).toEqual(['kazakhstan']); // one edit in nine letters
    expect(index.search('tarrif').map((hit) => hit.id)).toContain('pti-government-sought-tariff-revision');
  });

  it('says which query words matched nothing, and which only as near spellings', () => {
    const ranking = index.rank('TAPI investment tarrif');
    expect(ranking.unmatched).toEqual(['investment']);
    expect(ranking.near).toEqual([['tarrif', expect.arrayContaining(['tariff'])]]);
  });

  it('finds numbers with or without thousands separators', () => {
    expect(top('1735')[0]).toBe('tapi-length-and-capacity');
    expect(top('1,735 km')[0]).toBe('tapi-length-and-capacity');
  });

  it('scores between 0 and 1, best first, and can keep to one type', () => {
    const hits = index.search('JF-17', { types: ['claim'], limit: 5 });
    expect(hits.every((hit) => hit.type === 'claim' && hit.score > 0 && hit.score <= 1)).toBe(true);
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
  });

  it('returns nothing for nothing', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('qqqqzzzz')).toEqual([]);
  });
});

describe('query words', () => {
  it('fold case, accents, possessives and thousands separators', () => {
    expect(searchWords('Pakistan’s 1,735 km Türkiye')).toEqual(['pakistan', '1735', 'km', 'turkiye']);
  });

  it('drop common words, and keep at most 32', () => {
    expect(queryTokens('what is the length of TAPI')).toEqual(['length', 'tapi']);
    expect(queryTokens('the of and')).toEqual([]);
    expect(queryTokens(Array.from({ length: 50 }, (_, i) => `word${i}`).join(' '))).toHaveLength(32);
  });

  it('work on any dataset', async () => {
    const mini = await SearchIndex.open(await load(MINI));
    expect(mini.search('dam doomed', { limit: 1 }).map((hit) => hit.id)).toEqual(['dam-doomed']);
  });
});
