import { countryCounts, type CountryCounts } from '../data/counts.js';
import { openDataset, type CommonOptions, type Context } from '../context.js';
import { chooseFormat, render } from '../output/render.js';
import { countriesView } from '../views/countries.js';

/** The countries of the dataset the options point at, with their counts. */
export function listCountries(options: CommonOptions, ctx: Context): CountryCounts[] {
  return countryCounts(openDataset(options, ctx));
}

/** car-brief countries: the countries with counts. */
export function runCountries(options: CommonOptions, ctx: Context): void {
  const format = chooseFormat(options, ctx.out, ['table', 'tsv', 'csv', 'json', 'ndjson']);
  render(countriesView(listCountries(options, ctx)), format, ctx.out, options);
}
