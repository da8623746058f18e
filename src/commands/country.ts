import { buildCountryBrief, type CountryBrief } from '../query/brief.js';
import type { Dataset } from '../dataset/dataset.js';
import { nameOf } from '../query/lookup.js';
import { resolveCountry } from '../query/resolve.js';
import { note, openDataset, type CommonOptions, type Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { chooseFormat, render } from '../output/render.js';
import { countryView } from '../views/country.js';

export interface CountryOptions extends CommonOptions {
  readonly name: string;
}

/** The brief for one country of a dataset; a corrected misspelling is noted on stderr. */
export function countryBrief(dataset: Dataset, name: string, ctx: Context): CountryBrief {
  const { record, corrected } = withShowHint(() => resolveCountry(dataset, name));
  if (corrected !== undefined) note(ctx, `"${name}" taken as ${record.name} (matched "${corrected}")`);
  return buildCountryBrief(dataset, record);
}

/** car-brief country <name>: the one-screen brief. */
export async function runCountry(options: CountryOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, ['table', 'text', 'tsv', 'csv', 'json', 'ndjson']);
  const dataset = await openDataset(options, ctx);
  const brief = countryBrief(dataset, options.name, ctx);
  await render(
    countryView(brief, (id) => nameOf(dataset, id)),
    format,
    ctx.out,
    options,
  );
}

// A name that stands for a project or a person is answered by `show`: say so.
function withShowHint<T>(resolve: () => T): T {
  try {
    return resolve();
  } catch (error) {
    if (error instanceof NotFoundError && error.other) {
      throw new NotFoundError(error.message, [], `car-brief show ${error.other} shows it in full`);
    }
    throw error;
  }
}
