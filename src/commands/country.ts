import { buildCountryBrief, type CountryBrief } from '../data/brief.js';
import { resolveCountry } from '../data/resolve.js';
import { note, openDataset, type CommonOptions, type Context } from '../context.js';
import { chooseFormat, render } from '../output/render.js';
import { countryView } from '../views/country.js';

export interface CountryOptions extends CommonOptions {
  readonly name: string;
}

/** The brief for one country; a corrected misspelling is noted on stderr. */
export function countryBrief(options: CountryOptions, ctx: Context): CountryBrief {
  const dataset = openDataset(options, ctx);
  const { record, corrected } = resolveCountry(dataset, options.name);
  if (corrected !== undefined) note(ctx, `"${options.name}" taken as ${record.name} (matched "${corrected}")`);
  return buildCountryBrief(dataset, record);
}

/** car-brief country <name>: the one-screen brief. */
export function runCountry(options: CountryOptions, ctx: Context): void {
  const format = chooseFormat(options, ctx.out, ['table', 'text', 'tsv', 'csv', 'json']);
  render(countryView(countryBrief(options, ctx)), format, ctx.out, options);
}
