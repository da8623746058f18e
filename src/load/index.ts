import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { COMPILED_FORMAT } from '../dataset/compiled.js';
import { Dataset } from '../dataset/dataset.js';
import { DatasetError } from '../errors.js';
import { BUILTIN_DATA, BUILTIN_COMPILED } from '../paths.js';
import { VERSION } from '../version.js';
import type { BuiltDataset } from './build.js';
import { cacheKey, openCache, readEntry, writeEntry, type Cache } from './cache.js';
import { hashOf, readBytes, readInputs, type Inputs } from './read.js';

// Loading a dataset: read → parse → check → compile → cache. Reading commands take the fast
// path when nothing changed: read the files, hash them, open the compiled form. Otherwise the
// slow path (build.ts, loaded only then) parses what changed and checks and compiles it all.

/** Where a dataset is and how to load it. */
export interface LoadOptions {
  /** The working directory: relative paths and messages are relative to it. */
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** false: neither read nor write the cache (--no-cache). */
  readonly cache?: boolean;
}

/** Opens a dataset for reading; throws DatasetError listing every problem when it is invalid. */
export async function loadDataset(dir: string, options: LoadOptions): Promise<Dataset> {
  const { inputs, cache, key, show } = readDataset(dir, options);
  const compiled = key === undefined ? undefined : findCompiled(inputs.root, key, cache);
  if (compiled) return compiled;
  const built = await build(inputs, { key, cache, reuse: true, show });
  writeEntry(cache, 'datasets', inputs.root, built.compiled);
  return Dataset.open(built.compiled, inputs.root)!;
}

/** Checks a dataset from scratch, reading nothing from the cache (validate); throws DatasetError when invalid. */
export async function checkDataset(
  dir: string,
  options: LoadOptions,
): Promise<BuiltDataset & { dir: string }> {
  const { inputs, cache, key, show } = readDataset(dir, options);
  const built = await build(inputs, { key, cache, reuse: false, show });
  writeEntry(cache, 'datasets', inputs.root, built.compiled);
  return { ...built, dir: inputs.root };
}

/** What a dataset's compiled form is keyed by: the format, car-brief's and V8's versions, every collection file. */
export function datasetKey(inputs: Inputs): string {
  return cacheKey(
    String(COMPILED_FORMAT),
    VERSION,
    process.versions.v8,
    ...inputs.files.map((file) => `${file.name}\n${file.collection}\n${file.hash}`),
  );
}

function readDataset(dir: string, options: LoadOptions) {
  const root = resolve(options.cwd, dir);
  const show = (path: string) => displayPath(path, options.cwd);
  if (!isDirectory(root)) {
    throw new DatasetError([{ file: show(root), message: 'no dataset here: not a directory' }]);
  }
  const inputs = readInputs(root, show);
  const cache = openCache(options.env, { cache: options.cache, dataDir: root });
  // A dataset whose layout is wrong is never cached: the slow path reports what is wrong.
  const key = inputs.problems.length === 0 ? datasetKey(inputs) : undefined;
  return { inputs, cache, key, show };
}

async function build(
  inputs: Inputs,
  options: {
    key: string | undefined;
    cache: Cache | undefined;
    reuse: boolean;
    show: (path: string) => string;
  },
): Promise<BuiltDataset> {
  const { buildDataset } = await import('./build.js');
  return buildDataset(inputs, { ...options, key: options.key ?? '' });
}

// The compiled form of this exact content: the one built with car-brief (for its own data), else the cached one.
function findCompiled(root: string, key: string, cache: Cache | undefined): Dataset | undefined {
  if (root === resolve(BUILTIN_DATA)) {
    const shipped = readBytes(BUILTIN_COMPILED);
    const dataset = 'bytes' in shipped ? openCompiled(root, key, shipped.bytes) : undefined;
    if (dataset) return dataset;
  }
  return openCompiled(root, key, readEntry(cache, 'datasets', root));
}

function openCompiled(root: string, key: string, bytes: Buffer | undefined): Dataset | undefined {
  const dataset = bytes && Dataset.open(bytes, root, key);
  return dataset && textsUnchanged(root, dataset) ? dataset : undefined;
}

function textsUnchanged(root: string, dataset: Dataset): boolean {
  return dataset.textHashes.every(([name, hash]) => hashOf(readBytes(join(root, name))) === hash);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') ? rel : path;
}
