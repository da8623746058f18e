import type { CountryCounts } from '../query/counts.js';
import { lazyView, type View } from '../output/render.js';

/** Columns of `countries` in tables, TSV and CSV. */
export const COUNTRIES_COLUMNS = [
  'id',
  'name',
  'iso2',
  'iso3',
  'capital',
  'region',
  'events',
  'issues',
  'claims',
];

/** The countries with their counts: rows for tables and scripts, full records with counts for JSON. */
export function countriesView(counts: readonly CountryCounts[]): View {
  return lazyView({
    rows: () => ({
      columns: COUNTRIES_COLUMNS,
      rows: counts.map(({ country, events, issues, claims }) => [
        country.id,
        country.name,
        country.iso2 ?? '',
        country.iso3 ?? '',
        country.capital ?? '',
        country.region ?? '',
        String(events),
        String(issues),
        String(claims),
      ]),
      fixed: ['id', 'iso2', 'iso3', 'events', 'issues', 'claims'],
    }),
    json: () =>
      counts.map(({ country, events, issues, claims }) => ({
        ...country,
        counts: { events, issues, claims },
      })),
  });
}
