import { countryCounts, type CountryCounts } from '../query/country/counts.js';
import { openDataset, type CommonOptions, type Context } from '../context.js';
import { chooseFormat, render } from '../output/render.js';
import { formatsOf } from '../spec/commands.js';
import { countriesView } from '../views/countries.js';

/** The countries of the dataset the options point at, with their counts. */
export async function listCountries(options: CommonOptions, ctx: Context): Promise<CountryCounts[]> {
  return countryCounts(await openDataset(options, ctx));
}

/** car-brief countries: the countries with counts. */
export async function runCountries(options: CommonOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('countries'));
  await render(countriesView(await listCountries(options, ctx)), format, ctx.out, options);
}
