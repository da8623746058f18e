import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DatasetError } from '../errors.js';
import type { Problem } from '../model/problem.js';
import type { Collections } from '../model/records.js';
import { COLLECTION_NAMES } from '../model/vocabulary.js';
import { BUILD } from '../version.js';
import { cacheKey, readEntry, writeEntry, type Cache } from './cache/cache.js';
import { checkDatasetFile } from './check/dataset-file.js';
import type { DatasetInfo } from './check/dataset-schema.js';
import { checkIntegrity } from './check/integrity.js';
import { compileDataset } from './compile/compile.js';
import type { BuiltFrom } from '../dataset/compiled.js';
import { encodeContainer, memorySource, openContainer } from '../dataset/container.js';
import { parseDatasetFile } from './parse/dataset-file.js';
import type { Located, LocatedDataset } from './parse/located.js';
import { checkGiven, locateCached, parseCollectionFile, type ParsedFile } from './parse/parse.js';
import { decodeText } from './read/decode.js';
import type { InputFile, Inputs } from './read/list.js';
import { isInside, hashOf, nameIn, readThrough, type FileContent, type Overlay } from './read/read.js';
import { problemAt } from './parse/yaml-file.js';
import { paragraphsOf } from '../model/paragraphs.js';

// The slow path: parse (each file, unless the per-file cache has it) → check → compile.
// Loaded only when a dataset changed, or by validate.

/** A dataset that passed every check: its records, its source texts, and its compiled form. */
export interface BuiltDataset {
  readonly collections: Collections;
  /** What the dataset file says ({} without one). */
  readonly info: DatasetInfo;
  /** The paragraphs of each source that has a text file, by source id. */
  readonly texts: ReadonlyMap<string, readonly string[]>;
  readonly compiled: Buffer;
  /** The files that were parsed: the dataset file, if any, and the collection files not in the per-file cache. */
  readonly parsed: readonly string[];
}

/** Parses, checks and compiles a dataset; throws DatasetError listing every problem found. */
export function buildDataset(
  inputs: Inputs,
  options: {
    cache?: Cache | undefined;
    reuse: boolean;
    show: (path: string) => string;
    /** Source texts read from memory (a change checked before it is written). */
    overlay?: Overlay | undefined;
    /**
     * The records overlay files are known to hold (their text changed in place where those
     * records say, and read back): checked against the schema as parsed ones are, and used
     * instead of parsing the file when each passes unchanged; else the file is parsed.
     */
    records?: ReadonlyMap<string, readonly unknown[]> | undefined;
  },
): BuiltDataset {
  const problems: Problem[] = [...inputs.problems];
  const failedIds = new Set<string>(); // records that failed the schema still count as existing
  const located: Record<string, Located<unknown>[]> = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, []]),
  );
  const parsedFiles: string[] = [];
  // The dataset file is small: parsed every time the dataset is built.
  const datasetFile = inputs.datasetFile;
  const about = datasetFile && parseDatasetFile(datasetFile);
  if (datasetFile && about) {
    parsedFiles.push(datasetFile.name);
    problems.push(...about.problems);
  }
  for (const input of inputs.files) {
    const given = options.records?.get(input.path);
    const reused =
      (given && checkGiven(input, given)) ?? (options.reuse ? cachedFile(options.cache, input) : undefined);
    if (!reused) parsedFiles.push(input.name);
    const parsed = reused ?? parseFile(options.cache, input);
    problems.push(...parsed.problems);
    parsed.failedIds.forEach((id) => failedIds.add(id));
    const list = located[input.collection]!;
    for (const entry of parsed.records) list.push(entry); // (a file may hold too many to spread)
  }
  const data = located as unknown as LocatedDataset;
  const texts = readSourceTexts(inputs.root, data.sources, options, problems);
  problems.push(...checkIntegrity(data, texts.paragraphs, failedIds));
  if (about?.info) problems.push(...checkDatasetFile(about.info, data.actors, failedIds));
  if (problems.length > 0) throw new DatasetError(sortProblems(problems));
  const collections = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, located[name]!.map((entry) => entry.record)]),
  ) as unknown as Collections;
  const files = inputs.files.map(
    (file) => [file.collection, file.name, file.hash, fingerprint(file.content)] as const,
  );
  const info = about?.info?.record ?? {};
  const compiled = compileDataset(collections, {
    files,
    texts: texts.builtFrom,
    datasetFile: datasetFile && [datasetFile.name, datasetFile.hash, fingerprint(datasetFile.content)],
    info,
  });
  return { collections, info, texts: texts.paragraphs, compiled, parsed: parsedFiles };
}

const FILE_FORMAT = '1';

// What a file's cache entry must have been built from to be used: its bytes, its collection's schema.
function fileKey(input: InputFile): string {
  return cacheKey(FILE_FORMAT, BUILD, input.collection, input.hash);
}

function cachedFile(cache: Cache | undefined, input: InputFile): ParsedFile | undefined {
  const bytes = readEntry(cache, 'files', input.path);
  const entry = bytes && openContainer<{ key: string }>(memorySource(bytes));
  if (!entry || entry.meta.key !== fileKey(input)) return undefined;
  try {
    const json = Buffer.from(entry.part<Uint8Array>('records')).toString('utf8');
    return { records: locateCached(input, JSON.parse(json) as unknown[]), problems: [], failedIds: [] };
  } catch {
    return undefined; // damaged: parse the file again
  }
}

// Parses a file, and keeps what a clean one yields for the next time.
function parseFile(cache: Cache | undefined, input: InputFile): ParsedFile {
  const parsed = parseCollectionFile(input);
  if (parsed.problems.length === 0 && parsed.failedIds.length === 0) {
    const records = parsed.records.map((entry) => entry.record);
    writeEntry(
      cache,
      'files',
      input.path,
      encodeContainer({ key: fileKey(input) }, { records: Buffer.from(JSON.stringify(records)) }),
    );
  }
  return parsed;
}

function readSourceTexts(
  root: string,
  sources: LocatedDataset['sources'],
  { show, overlay }: { show: (path: string) => string; overlay?: Overlay | undefined },
  problems: Problem[],
): { paragraphs: Map<string, readonly string[]>; builtFrom: BuiltFrom[] } {
  const paragraphs = new Map<string, readonly string[]>();
  const builtFrom: BuiltFrom[] = [];
  for (const { record, file, path } of sources) {
    if (record.text === undefined) continue;
    const textPath = resolve(root, record.text);
    const at = [...path, 'text'];
    if (!isInside(root, textPath)) {
      problems.push(problemAt(file, at, `text must be a file inside the dataset directory: ${record.text}`));
    } else if (!overlay?.has(textPath) && !existsSync(textPath)) {
      problems.push(problemAt(file, at, `text file not found: ${show(textPath)}`));
    } else {
      const content = readThrough(textPath, overlay);
      const text = decodeText(content);
      if ('error' in text) {
        const inText = text.line === undefined ? '' : `:${text.line}:${text.col}`;
        problems.push(problemAt(file, at, `text file ${show(textPath)}${inText}: ${text.error}`));
      } else paragraphs.set(record.id, paragraphsOf(text.text));
      builtFrom.push([nameIn(root, textPath), hashOf(content), fingerprint(content)]);
    }
  }
  return { paragraphs, builtFrom };
}

function fingerprint(content: FileContent): string {
  return 'fingerprint' in content ? content.fingerprint : '';
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0),
  );
}
