import type { Dataset } from '../dataset/dataset.js';
import { countryFacets, distinctCountries, type CountryFacets } from '../query/compare.js';
import { nameOf } from '../query/lookup.js';
import { note, openDataset, type CommonOptions, type Context } from '../context.js';
import { UsageError } from '../errors.js';
import { chooseFormat, render } from '../output/render.js';
import { compareView } from '../views/compare.js';
import { countryBrief } from './country.js';

export interface CompareOptions extends CommonOptions {
  /** The countries as typed: one per argument, or several separated by commas. */
  readonly names: readonly string[];
}

const TWO_NEEDED = 'compare needs two countries or more, e.g. car-brief compare uzbekistan kazakhstan';

/** The names typed, one per argument or comma-separated; fewer than two is a usage error. */
export function countryNames(args: readonly string[]): string[] {
  const names = args.flatMap((arg) => arg.split(',')).filter((name) => name.trim() !== '');
  if (names.length < 2) throw new UsageError(TWO_NEEDED);
  return names;
}

/** The facets of each country named, resolved as `country` resolves a name, each country once. */
export function compareCountries(dataset: Dataset, names: readonly string[], ctx: Context): CountryFacets[] {
  const briefs = names.map((name) => countryBrief(dataset, name, ctx));
  const { countries, repeated } = distinctCountries(briefs.map((brief) => brief.country));
  for (const name of new Set(repeated.map((country) => country.name))) {
    note(ctx, `${name} named more than once; compared once`);
  }
  if (countries.length < 2) throw new UsageError(TWO_NEEDED);
  return countries.map((country) =>
    countryFacets(
      dataset,
      briefs.find((b) => b.country.id === country.id)!,
    ),
  );
}

/** car-brief compare <country> <country>...: the same facets side by side. */
export async function runCompare(options: CompareOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, ['table', 'text', 'tsv', 'csv', 'json', 'ndjson']);
  const names = countryNames(options.names);
  const dataset = await openDataset(options, ctx);
  const facets = compareCountries(dataset, names, ctx);
  await render(
    compareView(facets, (id) => nameOf(dataset, id)),
    format,
    ctx.out,
    options,
  );
}
