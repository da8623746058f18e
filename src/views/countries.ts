import type { CountryCounts } from '../query/country/counts.js';
import type { Rows } from '../output/delimited.js';
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
  const rows = (): Rows => ({
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
  });
  return lazyView({
    rows,
    // On a terminal, one line a country: the codes people type least (iso3, id) give way first.
    table: () => ({ ...rows(), reader: 'name', minor: ['id', 'iso3'], oneLine: true }),
    json: () =>
      counts.map(({ country, events, issues, claims }) => ({
        ...country,
        counts: { events, issues, claims },
      })),
  });
}
