import type { Dataset } from '../dataset/dataset.js';
import { type DatasetRecord } from '../model/records.js';
import { sourceOf } from '../query/lookup.js';
import { linksOf } from '../query/links.js';
import { passagesFor, parseParagraph } from '../query/paragraph.js';
import { resolveRecord } from '../query/resolve.js';
import { SearchIndex } from '../query/search/search.js';
import { supportIn } from '../query/support.js';
import { queryTokens } from '../model/words.js';
import { note, openDataset, type CommonOptions, type Context } from '../context.js';
import { NotFoundError, UsageError } from '../errors.js';
import { render } from '../output/render.js';
import type { CiteStyle } from '../spec/formats.js';
import { answersView, citedFormat } from './fact.js';
import { passagesView } from '../views/passages.js';
import { showView } from '../views/show.js';

export interface ShowOptions extends CommonOptions {
  readonly name: string;
  /** --paragraph: true (the paragraphs the record cites) or the number typed. */
  readonly paragraph?: unknown;
  /** --cite: a claim, an event or an actor as the line to paste, as fact says it. */
  readonly cite?: CiteStyle | undefined;
}

/** The record an id or name stands for; a misspelling taken for a name is noted on stderr. */
export async function findRecord(dataset: Dataset, name: string, ctx: Context): Promise<DatasetRecord> {
  try {
    const { record, corrected } = resolveRecord(dataset, name);
    if (corrected !== undefined) note(ctx, `"${name}" taken as ${record.record.id} (matched "${corrected}")`);
    return record;
  } catch (error) {
    // Nothing is named like that: offer what a search for the words finds instead.
    if (!(error instanceof NotFoundError) || error.suggestions.length > 0) throw error;
    const hits =
      queryTokens(name).length > 0 ? (await SearchIndex.open(dataset)).search(name, { limit: 3 }) : [];
    const near = hits.filter((hit) => hit.score >= 0.3).map((hit) => hit.id);
    throw new NotFoundError(error.message, near, 'car-brief search finds records by any words in them');
  }
}

/** car-brief show <id|name> [--paragraph [n]]: one record in full, with its sources and links; or the paragraphs it cites. */
export async function runShow(options: ShowOptions, ctx: Context): Promise<void> {
  const format = citedFormat(options, ctx, 'show');
  const paragraph = parseParagraph(options.paragraph);
  const dataset = await openDataset(options, ctx);
  const entry = await findRecord(dataset, options.name, ctx);
  if (format === 'md' && options.paragraph !== undefined)
    throw new UsageError('--format md and --paragraph do not go together: give one');
  if (options.cite !== undefined && options.paragraph !== undefined)
    throw new UsageError('--cite and --paragraph do not go together: give one');
  const asked =
    options.cite !== undefined ? `--cite ${options.cite}` : format === 'md' ? '--format md' : undefined;
  if (asked !== undefined && (entry.type === 'issue' || entry.type === 'source'))
    throw new UsageError(
      `${asked} gives a claim, an event or an actor as a writer pastes it, cited; ${entry.record.id} is ${entry.type === 'issue' ? 'an issue' : 'a source'}`,
    );
  if (options.cite !== undefined && entry.type !== 'issue' && entry.type !== 'source') {
    await render(answersView(dataset, [entry], options, format, ctx), format, ctx.out, options);
    return;
  }
  if (options.paragraph !== undefined) {
    await render(passagesView(entry, passagesFor(dataset, entry, paragraph)), format, ctx.out, options);
    return;
  }
  await render(
    showView(entry, linksOf(dataset, entry), (id) => sourceOf(dataset, id), supportIn(dataset)),
    format,
    ctx.out,
    options,
  );
}
