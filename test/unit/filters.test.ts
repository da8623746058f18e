import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/model/vocabulary.js';
import { resolveFilters } from '../../src/query/filters.js';
import { selectActors, selectClaims, selectEvents, selectIssues } from '../../src/query/lists.js';
import { NotFoundError, UsageError } from '../../src/errors.js';
import { MINI, load } from '../helpers.js';

const dataset = await load(MINI);
const filters = (input: Parameters<typeof resolveFilters>[1], vocabulary = {}) =>
  resolveFilters(dataset, input, vocabulary).filters;
const events = (input: Parameters<typeof resolveFilters>[1]) =>
  selectEvents(
    dataset,
    filters(input, { types: EVENT_TYPES, statuses: ['happened', 'planned', 'ongoing'] }),
  ).map((e) => e.record.id);

describe('event filters', () => {
  it('keep a date range by overlap, with partial dates', () => {
    expect(events({ since: '2023' })).toEqual(['vance-visit-2023-06', 'vance-return-visit']);
    expect(events({ until: '2023-06-04' })).toEqual(['water-treaty-2021', 'vance-visit-2023-06']);
    expect(events({ since: '2021-03-31', until: '2021-03-31' })).toEqual(['water-treaty-2021']);
    expect(events({ since: '2022', until: '2022' })).toEqual([]);
  });

  it('resolve countries by any name, repeated or comma-separated, and keep group-wide events', () => {
    expect(events({ country: ['RU'] })).toEqual([
      'water-treaty-2021',
      'vance-visit-2023-06',
      'vance-return-visit',
    ]);
    expect(events({ country: ['mudville,strelsau'] })).toHaveLength(3);
    const linked = selectEvents(dataset, filters({ country: ['elbonia'] }));
    expect(linked.find((e) => e.record.id === 'vance-return-visit')?.via).toBe('old-world');
  });

  it('combine filters of different kinds with and, values of one kind with or', () => {
    expect(events({ type: ['visit'], status: ['planned'] })).toEqual(['vance-return-visit']);
    expect(events({ type: ['visit,agreement'] })).toHaveLength(3);
    expect(events({ actor: ['Ada Vance'], tag: ['diplomacy'] })).toEqual(['vance-visit-2023-06']);
    expect(events({ issue: ['dam-dispute'] })).toEqual(['water-treaty-2021']);
    expect(events({ limit: '1' })).toEqual(['water-treaty-2021']);
  });

  it('note a corrected misspelling', () => {
    expect(resolveFilters(dataset, { country: ['ruritnia'] }).notes).toEqual([
      '"ruritnia" taken as Ruritania (matched "ruritania")',
    ]);
  });

  it('refuse what they cannot use', () => {
    expect(() => events({ since: 'July 2024' })).toThrow(UsageError);
    expect(() => events({ since: '2024', until: '2023' })).toThrow('--since 2024 is after --until 2023');
    expect(() => events({ limit: 'ten' })).toThrow('--limit ten: give a whole number (0 for all)');
    expect(events({ limit: '0' })).toEqual(events({}));
    expect(() => events({ type: ['vist'] })).toThrow('--type vist: use one of visit, meeting');
    expect(() => events({ type: ['vist'] })).toThrow('(did you mean "visit"?)');
    expect(() => events({ country: ['atlantis'] })).toThrow(NotFoundError);
    expect(() => filters({ kind: ['fact'] })).toThrow('--kind does not apply here');
  });
});

describe('list filters', () => {
  it('select actors, issues and claims', () => {
    expect(
      selectActors(dataset, filters({ kind: ['person'] }, { kinds: ['person', 'country'] })).map((a) => a.id),
    ).toEqual(['ada-vance']);
    expect(selectActors(dataset, filters({ country: ['elbonia'] })).map((a) => a.id)).toEqual([
      'elbonia',
      'old-world',
      'ada-vance',
    ]);
    expect(
      selectIssues(dataset, filters({ status: ['open'] }, { statuses: ['open'] })).map((i) => i.record.id),
    ).toEqual(['dam-dispute']);
    expect(
      selectClaims(dataset, filters({ kind: ['report'] }, { kinds: ['report'] })).map((c) => c.record.id),
    ).toEqual(['dam-doomed']);
    expect(selectClaims(dataset, filters({ country: ['ruritania'] })).map((c) => c.record.id)).toEqual([
      'dam-size',
      'dam-doomed',
    ]);
    expect(selectClaims(dataset, filters({ country: ['elbonia'] }))).toEqual([]);
  });
});
