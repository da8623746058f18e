import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetLocation, note, type CommonOptions, type Context } from '../context.js';
import { sha256Of, textFileOf } from '../edit/new-source.js';
import type { CollectionText } from '../edit/reanchor/citations.js';
import { locateCitations } from '../edit/reanchor/locate.js';
import { planReanchor, undecided, type Decisions } from '../edit/reanchor/plan.js';
import { writeAll, type FileChange } from '../edit/write.js';
import { CitationsNeedDecisionError, DatasetError, RefusedError, UsageError } from '../errors.js';
import { checkDatasetWith, displayPath, loadDataset } from '../load/index.js';
import { listInputs } from '../load/read/list.js';
import { isInside } from '../load/read/read.js';
import type { Source } from '../model/records.js';
import { chooseFormat, render } from '../output/render.js';
import { BUILTIN_DATA } from '../paths.js';
import { sourceParagraphs } from '../query/paragraph.js';
import { resolveName } from '../query/resolve.js';
import { formatsOf } from '../spec/commands.js';
import { reanchorView, summaryText, type SourceUpdate } from '../views/reanchor.js';
import { readSourceText } from './sources-add.js';

export interface SourcesUpdateOptions extends CommonOptions {
  /** The source: its id, or words of its label or title. */
  readonly source: string;
  /** Its new text: a file, or - for standard input. */
  readonly file: string;
  readonly apply?: boolean | undefined;
  readonly acceptChanged?: boolean | undefined;
  readonly dropOrphaned?: boolean | undefined;
  /** Standard input, for -; tests pass their own. */
  readonly stdin?: AsyncIterable<string | Uint8Array>;
}

const READ_ONLY =
  'sources update --apply writes to a dataset of your own: give --data DIR; the built-in data is read-only (without --apply, the plan is shown)';

/**
 * Re-anchors every citation of a source in its new text, and with --apply writes the new text,
 * the source's sha256 and the citations' new paragraphs (and quotes, and citations taken out, as
 * decided) all together, only when no citation would be left pointing at text that is not there
 * and the whole dataset so changed passes every check.
 */
export async function updateSource(options: SourcesUpdateOptions, ctx: Context): Promise<SourceUpdate> {
  if (options.file === undefined || options.file.trim() === '')
    throw new UsageError('sources update needs the new text: a file, or - for standard input');
  const apply = options.apply === true;
  const decisions: Decisions = {
    acceptChanged: options.acceptChanged === true,
    dropOrphaned: options.dropOrphaned === true,
  };
  const after = (await readSourceText(options, ctx)).paragraphs;
  const content = textFileOf(after);
  const { dir, load } = datasetLocation(options, ctx);
  const dataset = await loadDataset(dir, load);
  const root = dataset.dir;
  if (apply && isInside(resolve(BUILTIN_DATA), root)) throw new UsageError(READ_ONLY);
  const source = sourceNamed(dataset, options.source, ctx);
  const show = (path: string) => displayPath(path, load.cwd);
  if (source.text === undefined)
    throw new UsageError(
      `${source.id} keeps no text (its record names no text file): there is nothing to re-anchor`,
    );
  const textPath = resolve(root, source.text);
  const oldBytes = readFileSync(textPath);
  const before = sourceParagraphs(dataset, source);
  const result = {
    source: source.id,
    textFile: show(textPath),
    paragraphs: { before: before.length, after: after.length },
    apply,
    decisions,
    written: [] as string[],
  };
  if (sha256Of(oldBytes) === sha256Of(content) || sameParagraphs(before, after))
    return { ...result, unchanged: true, entries: [], undecided: [] };

  const listed = listInputs(root, show).files;
  const files: CollectionText[] = listed.map((file) => ({
    path: file.path,
    display: file.display,
    collection: file.collection,
    text: readFileSync(file.path, 'utf8'),
  }));
  // (A file that never names the source holds none of its citations: it is not parsed.)
  const citing = files.filter((file) => file.text.includes(source.id));
  const located = await locateCitations(dataset, source.id, citing);
  const entries = planReanchor(located.sites, before, after);
  const waiting = undecided(entries, decisions);
  const planned = { ...result, unchanged: false, entries, undecided: waiting };
  if (!apply || waiting.length > 0) return planned;

  // Written: the new text, every collection file with a citation to change, the source's sha256.
  // (The YAML parser, loaded only to write.)
  const { fileChanges } = await import('../edit/reanchor/changes.js');
  const { changes, records } = fileChanges(entries, files, located, {
    dataset,
    source: source.id,
    sha256: sha256Of(content),
  });
  const overlay = new Map<string, Buffer>([[textPath, Buffer.from(content, 'utf8')]]);
  for (const { file, text } of changes) overlay.set(file.path, Buffer.from(text, 'utf8'));
  try {
    await checkDatasetWith(dir, load, overlay, records);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    const n = error.problems.length;
    throw new RefusedError(
      `update refused: the dataset with the new text would have ${n} problem${n === 1 ? '' : 's'}; nothing written`,
      error.problems,
    );
  }
  const writes: FileChange[] = [
    { path: realpathSync(textPath), content, before: oldBytes },
    ...changes.map(({ file, text }) => ({
      path: realpathSync(file.path),
      content: text,
      before: Buffer.from(file.text, 'utf8'),
    })),
  ];
  writeAll(writes, show);
  return { ...planned, written: [show(textPath), ...changes.map(({ file }) => file.display)] };
}

/** car-brief sources update <source> <file|->: the plan of a source's citations in its new text, written with --apply (exit 6 while some need a decision). */
export async function runSourcesUpdate(options: SourcesUpdateOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('sources update'));
  const result = await updateSource(options, ctx);
  const width =
    (format === 'text' || format === 'table') && ctx.out.isTTY ? ctx.out.columns || 80 : undefined;
  await render(reanchorView(result, width), format, ctx.out, options);
  if (format !== 'text' && format !== 'json') summaryText(result).forEach((line) => note(ctx, line));
  const open = result.entries.filter((entry) => entry.status === 'changed' || entry.status === 'orphaned');
  if (result.written.length === 0 && open.length > 0) {
    const n = open.length;
    throw new CitationsNeedDecisionError(
      `${n} citation${n === 1 ? '' : 's'} of ${result.source} no longer match${n === 1 ? 'es' : ''} the new text: nothing written`,
    );
  }
}

// The source named (by id, or forgivingly by its title, noting the correction).
function sourceNamed(dataset: Parameters<typeof resolveName>[0], name: string, ctx: Context): Source {
  const { record, corrected } = resolveName(dataset, name, {
    types: ['source'],
    what: 'source',
    hint: 'car-brief sources lists the sources',
  });
  if (record.type !== 'source') throw new Error('resolveName gave a record that is not a source');
  if (corrected !== undefined) note(ctx, `"${name}" taken as ${record.record.id} (matched "${corrected}")`);
  return record.record;
}

// The same paragraphs, in the same order: every citation stays as it is.
function sameParagraphs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((paragraph, i) => paragraph === b[i]);
}
