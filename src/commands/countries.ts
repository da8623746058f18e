import type { Dataset } from '../data/dataset.js';
import { buildCountryBrief } from '../data/brief.js';
import { openDataset, type CommonOptions, type Context } from '../context.js';
import { chooseFormat, render } from '../output/render.js';

/** One country with how much the dataset holds on it directly (region-wide items not counted). */
export interface CountryCount {
  readonly id: string;
  readonly name: string;
  readonly iso2: string;
  readonly iso3: string;
  readonly capital: string;
  readonly region: string;
  readonly events: number;
  readonly issues: number;
  readonly claims: number;
}

/** Every country in the dataset with its counts, most covered first. */
export function countryCounts(dataset: Dataset): CountryCount[] {
  return dataset.actors
    .filter((actor) => actor.kind === 'country')
    .map((country) => {
      const brief = buildCountryBrief(dataset, country);
      return {
        id: country.id,
        name: country.name,
        iso2: country.iso2 ?? '',
        iso3: country.iso3 ?? '',
        capital: country.capital ?? '',
        region: country.region ?? '',
        events: brief.events.filter((e) => !e.via).length,
        issues: brief.issues.filter((i) => !i.via).length,
        claims: brief.claims.length,
      };
    })
    .sort(
      (a, b) =>
        b.events + b.issues + b.claims - (a.events + a.issues + a.claims) || a.name.localeCompare(b.name),
    );
}

const COLUMNS = ['id', 'name', 'iso2', 'iso3', 'capital', 'region', 'events', 'issues', 'claims'] as const;

/** car-brief countries: the countries with counts. */
export function runCountries(options: CommonOptions, ctx: Context): void {
  const format = chooseFormat(options, ctx.out, ['table', 'tsv', 'csv', 'json', 'ndjson']);
  const counts = countryCounts(openDataset(options, ctx));
  const rows = counts.map((c) => COLUMNS.map((column) => String(c[column])));
  render({ rows: { columns: [...COLUMNS], rows }, json: counts }, format, ctx.out, options);
}
