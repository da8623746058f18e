import { buildCountryBrief, type CountryBrief } from '../query/country/brief.js';
import type { Dataset } from '../dataset/dataset.js';
import { nameOf } from '../query/lookup.js';
import { hubOf } from '../query/country/hub.js';
import { groupIssuesOf, partnersOf } from '../query/country/partners.js';
import { resolveCountry } from '../query/resolve.js';
import { supportIn } from '../query/support.js';
import { asOfFor, note, openDataset, type CommonOptions, type Context } from '../context.js';
import type { AsOf } from '../model/as-of.js';
import { StaleJudge } from '../query/stale/judge.js';
import { NotFoundError } from '../errors.js';
import { PLAIN, type Output } from '../output/io.js';
import type { Format } from '../spec/formats.js';
import { chooseFormat, peopleWidth, render } from '../output/render.js';
import { formatsOf } from '../spec/commands.js';
import type { Screen } from '../views/brief/fit.js';
import { countryView, type BriefShape } from '../views/brief/country.js';

export interface CountryOptions extends CommonOptions {
  readonly name: string;
  /** The whole brief on a terminal too, not the one-screen cut. */
  readonly full?: boolean | undefined;
}

/** The brief for one country of a dataset; a corrected misspelling is noted on stderr. */
export function countryBrief(dataset: Dataset, name: string, ctx: Context): CountryBrief {
  return noted(dataset, name, ctx).brief;
}

// The brief, and how many lines of notes went to stderr before it (a screen shows them too).
function noted(dataset: Dataset, name: string, ctx: Context): { brief: CountryBrief; notes: number } {
  const { record, corrected } = withShowHint(() => resolveCountry(dataset, name));
  if (corrected !== undefined) note(ctx, `"${name}" taken as ${record.name} (matched "${corrected}")`);
  return { brief: buildCountryBrief(dataset, record), notes: corrected !== undefined ? 1 : 0 };
}

// The brief with what is stale in it as of the date, and the date itself where it is not today.
function dated<T extends { brief: CountryBrief }>(noted: T, dataset: Dataset, asOf: AsOf): T {
  const judge = new StaleJudge(dataset, asOf);
  const stale = (id: string) => judge.byId(id);
  return { ...noted, brief: { ...noted.brief, stale, ...(asOf.origin === 'today' ? {} : { asOf }) } };
}

/** car-brief country <name>: the one-screen brief (the whole one with --full, or in a pipe). */
export async function runCountry(
  options: CountryOptions,
  ctx: Context,
  accepted = formatsOf('country'),
): Promise<void> {
  const format = chooseFormat(options, ctx.out, accepted);
  const dataset = await openDataset(options, ctx);
  const { brief, notes } = dated(noted(dataset, options.name, ctx), dataset, asOfFor(options, ctx, dataset));
  const shape = await briefShape(dataset, brief, format, options, ctx.out, notes);
  await render(
    countryView(brief, (id) => nameOf(dataset, id), shape, supportIn(dataset)),
    format,
    ctx.out,
    options,
  );
}

/** car-brief brief <name>: the country brief, in Markdown unless another format is asked for. */
export async function runBrief(options: CountryOptions, ctx: Context): Promise<void> {
  await runCountry(options, ctx, formatsOf('brief'));
}

// A terminal gets one screen (the hub: one row per partner); --full, text and pipes get everything.
async function briefShape(
  dataset: Dataset,
  brief: CountryBrief,
  format: Format,
  options: CountryOptions,
  out: Output,
  notes: number,
): Promise<BriefShape> {
  if (format !== 'table' || !out.isTTY || options.full === true) return { kind: 'full' };
  const screen = await screenOf(out, notes);
  if (hubOf(dataset) !== brief.country.id) return { kind: 'fit', screen };
  return { kind: 'hub', partners: partnersOf(dataset, brief), groups: groupIssuesOf(dataset, brief), screen };
}

// The terminal's rows (24 when unknown) less those the notes took, and the lines a report takes at its width.
async function screenOf(out: Output, notes: number): Promise<Screen> {
  const { renderReport } = await import('../output/report.js');
  const width = peopleWidth(out);
  return {
    rows: (out.rows ?? 24) - notes,
    measure: (report) => renderReport(report, { style: PLAIN, width }).split('\n').length - 1,
  };
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
