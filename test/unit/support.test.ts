import { describe, expect, it } from 'vitest';
import { humanAge } from '../../src/model/human-dates.js';
import { countSupport, originOf, type SourceFacts } from '../../src/query/support.js';
import { supportAge, supportPhrase, supportWords } from '../../src/views/support.js';

// Sources by id: what each derives from and when it was published (its span, as compiled, in days
// since 2025-01-01 is enough to order them).
function sources(
  table: Record<string, { from?: string; published: string; end: number; start?: number }>,
): (id: string) => SourceFacts | undefined {
  return (id) => {
    const row = table[id];
    if (!row) return undefined;
    return {
      derivedFrom: row.from,
      published: row.published,
      span: { start: row.start ?? row.end, end: row.end },
    };
  };
}

const cite = (...ids: string[]) => ids.map((source) => ({ source }));

const WIRE = sources({
  wire: { published: '2025-03-02', end: 2 },
  herald: { from: 'wire', published: '2025-03-03', end: 3 },
  post: { from: 'wire', published: '2025-03-03', end: 3 },
  times: { from: 'wire', published: '2025-03-04', end: 4 },
  digest: { from: 'herald', published: '2025-03-10', end: 10 },
  ministry: { published: '2025-11-12', end: 316 },
  paper: { published: '2024-09/2024-12', start: -120, end: -1 },
});

describe('independence: distinct origins after following derived_from', () => {
  it('follows a chain to its end', () => {
    const from = (id: string) => WIRE(id)?.derivedFrom;
    expect(originOf('digest', from)).toBe('wire');
    expect(originOf('herald', from)).toBe('wire');
    expect(originOf('ministry', from)).toBe('ministry');
    expect(originOf('unknown', from)).toBe('unknown');
  });

  it('counts three publishers of one wire story as one independent source, the wire uncited', () => {
    expect(countSupport(cite('herald', 'post', 'times'), WIRE)).toEqual({
      sources: 3,
      independent: 1,
      latest: '2025-03-04',
    });
  });

  it('counts two sources derived from one origin once, and a source of its own apart', () => {
    expect(countSupport(cite('herald', 'post', 'ministry'), WIRE)).toMatchObject({
      sources: 3,
      independent: 2,
    });
  });

  it('counts a chain and its origin, both cited, as one', () => {
    expect(countSupport(cite('digest', 'wire'), WIRE)).toMatchObject({ sources: 2, independent: 1 });
  });

  it('counts a source derived from a source not cited once, as its origin', () => {
    expect(countSupport(cite('digest'), WIRE)).toMatchObject({ sources: 1, independent: 1 });
    expect(countSupport(cite('digest', 'paper'), WIRE)).toMatchObject({ sources: 2, independent: 2 });
  });

  it('counts the same source cited twice, in two paragraphs, as one source', () => {
    const twice = [
      { source: 'ministry', paragraph: 3 },
      { source: 'ministry', paragraph: 4 },
    ];
    expect(countSupport(twice, WIRE)).toEqual({ sources: 1, independent: 1, latest: '2025-11-12' });
  });

  it('does not take one publisher for one origin: only derived_from joins sources', () => {
    const samePublisher = sources({
      a: { published: '2025-01-01', end: 1 },
      b: { published: '2025-01-02', end: 2 },
    });
    expect(countSupport(cite('a', 'b'), samePublisher)).toMatchObject({ sources: 2, independent: 2 });
  });

  it('ends a loop (which validate refuses) instead of walking it for ever', () => {
    const loop = sources({
      a: { from: 'b', published: '2025', end: 1 },
      b: { from: 'a', published: '2025', end: 1 },
    });
    expect(countSupport(cite('a', 'b'), loop).sources).toBe(2);
    const self = sources({ a: { from: 'a', published: '2025', end: 1 } });
    expect(originOf('a', (id) => self(id)?.derivedFrom)).toBe('a');
  });

  it('takes the latest source by the end of its date, an unknown source never latest', () => {
    expect(countSupport(cite('paper', 'ministry', 'herald'), WIRE).latest).toBe('2025-11-12');
    expect(countSupport(cite('paper', 'nowhere'), WIRE)).toEqual({
      sources: 2,
      independent: 2,
      latest: '2024-09/2024-12',
    });
    expect(countSupport([], WIRE)).toEqual({ sources: 0, independent: 0, latest: null });
  });
});

describe('support in words', () => {
  it.each([
    [{ sources: 1, independent: 1, latest: '2024-09/2024-12' }, '1 source', '1 source, late 2024'],
    [{ sources: 2, independent: 2, latest: '2025-11-12' }, '2 sources', '2 sources, latest Nov 2025'],
    [
      { sources: 3, independent: 2, latest: '2026-11' },
      '3 sources, 2 independent',
      '3 sources, 2 independent, latest Nov 2026',
    ],
    [
      { sources: 3, independent: 1, latest: '2025' },
      '3 sources, 1 independent',
      '3 sources, 1 independent, latest 2025',
    ],
    [{ sources: 0, independent: 0, latest: null }, 'no source', 'no source'],
  ])('%o: %s; %s', (support, words, phrase) => {
    expect(supportWords(support)).toBe(words);
    expect(supportPhrase(support)).toBe(phrase);
  });

  it('says "latest" only of several sources', () => {
    expect(supportAge({ sources: 1, independent: 1, latest: '2026-11' })).toBe('Nov 2026');
    expect(supportAge({ sources: 2, independent: 1, latest: '2026-11' })).toBe('latest Nov 2026');
  });

  it.each([
    ['2024-09/2024-12', 'late 2024'],
    ['2024-10/2024-12', 'late 2024'],
    ['2024-01/2024-04', 'early 2024'],
    ['2024-05/2024-07', 'mid 2024'],
    ['2024-11/2024-12', 'Nov–Dec 2024'],
    ['2024-07/2024-12', 'Jul–Dec 2024'],
    ['2023-11/2024-02', 'Nov 2023 – Feb 2024'],
    ['2025-11-12', 'Nov 2025'],
    ['2024-09-01/2024-12-31', '1 Sep 2024 – 31 Dec 2024'],
    ['2024', '2024'],
    ['2024~', 'about 2024'],
    ['2024-09~/2024-12', 'about Sep 2024 – Dec 2024'],
    ['2024-21/2024-23', 'spring–autumn 2024'],
  ])('the age of %s reads %s', (edtf, age) => {
    expect(humanAge(edtf)).toBe(age);
  });
});
