import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { datasetLocation, type CommonOptions, type Context } from '../context.js';
import type { Dataset } from '../dataset/dataset.js';
import { AppendError, appendRecord } from '../edit/append.js';
import { extractText, textKindOf } from '../edit/extract/index.js';
import {
  newSourceRecord,
  sha256Of,
  textFileOf,
  textPathOf,
  type NewSourceRecord,
  type SourceFlags,
} from '../edit/new-source.js';
import { refusals } from '../edit/source-checks.js';
import { writeAll } from '../edit/write.js';
import { DatasetError, RefusedError, UsageError } from '../errors.js';
import { checkDatasetWith, displayPath, loadDataset } from '../load/index.js';
import { decodeText } from '../load/read/decode.js';
import { todayOf } from '../model/as-of.js';
import { listInputs } from '../load/read/list.js';
import { isInside, readBytes } from '../load/read/read.js';
import { paragraphsOf } from '../model/paragraphs.js';
import type { Source } from '../model/records.js';
import { chooseFormat, render } from '../output/render.js';
import { BUILTIN_DATA } from '../paths.js';
import { formatsOf } from '../spec/commands.js';
import { sourceAddedView, type SourceAdded } from '../views/source-added.js';

export interface SourcesAddOptions extends CommonOptions, SourceFlags {
  /** The file to add, or - for standard input. */
  readonly file: string;
  /** Standard input, for -; tests pass their own. */
  readonly stdin?: AsyncIterable<string | Uint8Array>;
}

const READ_ONLY =
  'sources add writes to a dataset of your own: give --data DIR (car-brief init DIR starts one); the built-in data is read-only';

/** A source's file larger than this is refused rather than read: a source is an article or a report, not a library. */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

/**
 * Adds a source to the dataset the options name: its text to texts/, its record to the end of
 * sources.yaml, both written only when the dataset with them passes every check, and then both
 * or neither. The same text already there is not added again (added: false).
 */
export async function addSource(options: SourcesAddOptions, ctx: Context): Promise<SourceAdded> {
  if (options.data === undefined && !ctx.env.CAR_BRIEF_DATA) throw new UsageError(READ_ONLY);
  const extracted = await readSourceText(options, ctx);
  const content = textFileOf(extracted.paragraphs);
  const sha256 = sha256Of(content);
  const { dir, load } = datasetLocation(options, ctx);
  const dataset = await loadDataset(dir, load);
  if (isInside(resolve(BUILTIN_DATA), dataset.dir)) throw new UsageError(READ_ONLY);
  const show = (path: string) => displayPath(path, load.cwd);
  const paragraphs = extracted.paragraphs;
  const present = sameText(dataset, paragraphs, sha256);
  if (present)
    return {
      added: false,
      source: present,
      paragraphs,
      textFile: present.text && show(join(dataset.dir, present.text)),
    };

  const root = dataset.dir;
  const taken = (id: string) => dataset.get(id) !== undefined || existsSync(join(root, textPathOf(id)));
  const record = newSourceRecord(options, extracted.meta, { sha256, added: todayOf(ctx.env), taken });
  const reasons = refusals(record, dataset, { idGiven: options.id !== undefined, root });
  if (reasons.length > 0) throw new RefusedError(`source refused: ${reasons.join('; ')}; nothing written`);

  const listed = listInputs(root, show)
    .files.filter((file) => file.collection === 'sources')
    .at(-1)!.path;
  // Written is the file itself, where the dataset links to it: a rename must not replace the link.
  const sourcesFile = realpathSync(listed);
  const before = readFileSync(sourcesFile);
  const appended = appendTo(before, record, show(listed));
  const textFile = join(root, record.text);
  const overlay = new Map([
    [listed, Buffer.from(appended, 'utf8')],
    [textFile, Buffer.from(content, 'utf8')],
  ]);
  try {
    await checkDatasetWith(dir, load, overlay);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    const n = error.problems.length;
    throw new RefusedError(
      `source refused: the dataset with it would have ${n} problem${n === 1 ? '' : 's'}; nothing written`,
      error.problems,
    );
  }
  writeAll(
    [
      { path: textFile, content },
      { path: sourcesFile, content: appended, before },
    ],
    show,
  );
  return { added: true, source: record, paragraphs, textFile: show(textFile) };
}

/** The text of the file named (or standard input), read into paragraphs as its kind is read; refused when it has none. */
export async function readSourceText(
  options: Pick<SourcesAddOptions, 'file' | 'stdin'>,
  ctx: Context,
): Promise<Awaited<ReturnType<typeof extractText>>> {
  const input = await readInput(options, ctx);
  const extracted = await extractText(input.text, textKindOf(input.name, input.text));
  if (extracted.paragraphs.length === 0) {
    const what =
      extracted.problem ??
      (extracted.kind === 'html' ? 'no article text found in the page' : 'it has no text');
    throw new RefusedError(`${input.shown}: ${what}; nothing written`);
  }
  return extracted;
}

/** car-brief sources add <file|->: a source added, and its paragraphs numbered, to cite at once. */
export async function runSourcesAdd(options: SourcesAddOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('sources add'));
  const added = await addSource(options, ctx);
  const width = format === 'text' && ctx.out.isTTY ? ctx.out.columns || 80 : undefined;
  await render(sourceAddedView(added, width), format, ctx.out, options);
}

// The record appended to the sources file's text, or the reason the file's form does not allow it.
function appendTo(before: Buffer, record: NewSourceRecord, shown: string): string {
  try {
    return appendRecord(before.toString('utf8'), record as unknown as Record<string, unknown>);
  } catch (error) {
    if (!(error instanceof AppendError)) throw error;
    throw new RefusedError(`cannot add to ${shown}: ${error.message}; nothing written`);
  }
}

// A source of the dataset whose text is this one already: the same SHA-256, or the same paragraphs.
function sameText(dataset: Dataset, paragraphs: readonly string[], sha256: string): Source | undefined {
  const key = textKey(paragraphs);
  const bySha = dataset.sources.find((source) => source.sha256 === sha256);
  if (bySha) return bySha;
  return dataset.sources.find((source) => {
    if (source.text === undefined) return false;
    const path = resolve(dataset.dir, source.text);
    if (!isInside(dataset.dir, path)) return false;
    const text = decodeText(readBytes(path));
    return 'text' in text && textKey(paragraphsOf(text.text)) === key;
  });
}

// What two texts share when they are the same text: their paragraphs, each trimmed, empty ones dropped.
function textKey(paragraphs: readonly string[]): string {
  return sha256Of(
    paragraphs
      .map((paragraph) => paragraph.trim())
      .filter(Boolean)
      .join('\n'),
  );
}

/** The file to add: its name (for its kind), its text, and how messages name it. */
interface Input {
  readonly name: string;
  readonly shown: string;
  readonly text: string;
}

// The file named, or standard input for -; UTF-8 text, at most MAX_SOURCE_BYTES.
async function readInput(options: Pick<SourcesAddOptions, 'file' | 'stdin'>, ctx: Context): Promise<Input> {
  if (options.file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of options.stdin ?? ctx.stdin ?? process.stdin) {
      const bytes = Buffer.from(chunk);
      size += bytes.length;
      if (size > MAX_SOURCE_BYTES)
        throw new UsageError(`standard input is over ${MAX_SOURCE_BYTES / 1024 / 1024} MB`);
      chunks.push(bytes);
    }
    return {
      name: '',
      shown: '<stdin>',
      text: decoded({ bytes: Buffer.concat(chunks), fingerprint: '' }, '<stdin>'),
    };
  }
  if (options.file.trim() === '') throw new UsageError('sources add needs a file, or - for standard input');
  if (ctx.cwd === undefined && !options.file.startsWith('/'))
    throw new UsageError(`the working directory no longer exists, so ${options.file} cannot be found`);
  const path = resolve(ctx.cwd ?? '/', options.file);
  if (!existsSync(path)) throw new UsageError(`${options.file}: no such file`);
  if (sizeOf(path) > MAX_SOURCE_BYTES)
    throw new UsageError(
      `${options.file} is over ${MAX_SOURCE_BYTES / 1024 / 1024} MB: a source is an article or a report`,
    );
  const content = readBytes(path);
  if ('error' in content) throw new UsageError(`${options.file}: ${content.error}`);
  return { name: options.file, shown: options.file, text: decoded(content, options.file) };
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // (readBytes says why it cannot be read)
  }
}

function decoded(content: Parameters<typeof decodeText>[0], shown: string): string {
  const text = decodeText(content);
  if ('error' in text) {
    const at = text.line === undefined ? '' : `:${text.line}:${text.col}`;
    throw new RefusedError(`${shown}${at}: ${text.error}; nothing written`);
  }
  return text.text;
}
