import type { Dataset } from '../dataset/dataset.js';
import { openDataset, type CommonOptions, type Context } from '../context.js';
import { chooseFormat, render } from '../output/render.js';
import { formatsOf } from '../spec/commands.js';
import { sourcesView, type SourceEntry } from '../views/sources.js';
import { findRecord } from './show.js';

export interface SourcesOptions extends CommonOptions {
  /** A record whose cited passages to list; empty: every source. */
  readonly name: string;
}

/** Every source of a dataset, or each passage a record cites (one per paragraph) with its source. */
export async function sourceEntries(dataset: Dataset, name: string, ctx: Context): Promise<SourceEntry[]> {
  if (name.trim() === '') return dataset.sources.map((source) => ({ source }));
  const entry = await findRecord(dataset, name, ctx);
  const sourceOf = (id: string) => dataset.sources.find((s) => s.id === id);
  if (entry.type === 'source') return [{ source: entry.record }];
  const seen = new Set<string>();
  return entry.record.sources.flatMap((passage) => {
    const source = sourceOf(passage.source);
    const key = `${passage.source}\u0000${passage.paragraph}`;
    if (!source || seen.has(key)) return [];
    seen.add(key);
    return [{ source, passage }];
  });
}

/** car-brief sources [id-or-name]: the sources, or the passages a record cites; CSL-JSON for Zotero and pandoc. */
export async function runSources(options: SourcesOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('sources'));
  const dataset = await openDataset(options, ctx);
  await render(sourcesView(await sourceEntries(dataset, options.name, ctx)), format, ctx.out, options);
}
