import { join, relative, resolve } from 'node:path';
import type { BuiltFrom, CompiledMeta } from '../dataset/compiled.js';
import { fileSource, memorySource } from '../dataset/container.js';
import { Dataset } from '../dataset/dataset.js';
import { DatasetError } from '../errors.js';
import { BUILTIN_COMPILED, BUILTIN_DATA } from '../paths.js';
import { BUILD } from '../version.js';
import type { BuiltDataset } from './build.js';
import { cacheOff, entryPath, openCache, writeEntry, type Cache } from './cache/cache.js';
import { listInputs, readInputs, type Listing } from './read/list.js';
import { isDirectory, isInside, type Overlay } from './read/read.js';
import { Stamps } from './cache/stamps.js';

// Loading a dataset: read → parse → check → compile → cache. Reading commands take the fast
// path when nothing changed: list the files, see from their stat fingerprints (or, failing
// that, their content hashes) that they are the ones the compiled form was built from, and
// open it. Otherwise the slow path (build.ts, loaded only then) reads every file, parses those
// the per-file cache does not have, and checks and compiles the whole dataset.

/** Where a dataset is and how to load it. */
export interface LoadOptions {
  /** The working directory: relative paths and messages are relative to it. */
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** false: neither read nor write the cache (--no-cache). */
  readonly cache?: boolean;
  /** Told how the dataset was loaded (for tests and diagnostics). */
  readonly report?: (how: LoadReport) => void;
}

/** How a dataset was loaded: from the compiled form shipped with car-brief or cached, or built now (parsing these files). */
export type LoadReport =
  { readonly from: 'shipped' | 'cache' } | { readonly from: 'built'; readonly parsed: readonly string[] };

/** Opens a dataset for reading; throws DatasetError listing every problem when it is invalid. */
export async function loadDataset(dir: string, options: LoadOptions): Promise<Dataset> {
  const { listing, show } = listDataset(dir, options);
  const cache = openCache(options.env, { cache: options.cache, dataDir: listing.root, cwd: options.cwd });
  // A dataset whose layout is wrong is never compiled; with the cache off, nothing compiled is used.
  const usable = listing.problems.length === 0 && options.cache !== false && !cacheOff(options.env);
  const found = usable ? findCompiled(listing, cache) : undefined;
  if (found) {
    options.report?.({ from: found.from });
    return found.dataset;
  }
  const built = await build(listing, { cache, reuse: true, show });
  options.report?.({ from: 'built', parsed: built.parsed });
  return Dataset.open(memorySource(built.compiled), listing.root)!;
}

/** Checks a dataset from scratch, reading nothing from the cache (validate); throws DatasetError when invalid. */
export async function checkDataset(
  dir: string,
  options: LoadOptions,
): Promise<BuiltDataset & { dir: string }> {
  const { listing, show } = listDataset(dir, options);
  const cache = openCache(options.env, { cache: options.cache, dataDir: listing.root, cwd: options.cwd });
  const built = await build(listing, { cache, reuse: false, show });
  return { ...built, dir: listing.root };
}

/**
 * Checks a dataset as it would be with the overlay's files (absolute paths: new ones, or new
 * contents of existing ones) in place, before they are written; throws DatasetError when invalid.
 * The compiled form is cached by content, so that the dataset, once written, opens from it.
 * records: for overlay files changed in place, the records their new contents hold, checked
 * against the schema instead of parsing them (see buildDataset).
 */
export async function checkDatasetWith(
  dir: string,
  options: LoadOptions,
  overlay: Overlay,
  records?: ReadonlyMap<string, readonly unknown[]>,
): Promise<BuiltDataset & { dir: string }> {
  const { listing, show } = listDataset(dir, options);
  const cache = openCache(options.env, { cache: options.cache, dataDir: listing.root, cwd: options.cwd });
  const built = await build(listing, { cache, reuse: true, show, overlay, records });
  return { ...built, dir: listing.root };
}

function listDataset(dir: string, options: LoadOptions) {
  const root = resolve(options.cwd, dir);
  const show = (path: string) => displayPath(path, options.cwd);
  if (!isDirectory(root)) {
    throw new DatasetError([{ file: show(root), message: 'no dataset here: not a directory' }]);
  }
  return { listing: listInputs(root, show), show };
}

// Stages 2–5, and the compiled form kept for the next run.
async function build(
  listing: Listing,
  options: {
    cache: Cache | undefined;
    reuse: boolean;
    show: (path: string) => string;
    overlay?: Overlay;
    records?: ReadonlyMap<string, readonly unknown[]> | undefined;
  },
): Promise<BuiltDataset> {
  const { buildDataset } = await import('./build.js');
  const built = buildDataset(readInputs(listing, options.overlay), options);
  writeEntry(options.cache, 'datasets', listing.root, built.compiled);
  return built;
}

// The compiled form of exactly these files: the one built with car-brief (for its own data),
// else the cached one.
function findCompiled(
  listing: Listing,
  cache: Cache | undefined,
): { dataset: Dataset; from: 'shipped' | 'cache' } | undefined {
  const stamps = new Stamps(cache, listing.root);
  let found: { dataset: Dataset; from: 'shipped' | 'cache' } | undefined;
  if (listing.root === resolve(BUILTIN_DATA)) {
    const dataset = openCompiled(listing, BUILTIN_COMPILED, stamps);
    if (dataset) found = { dataset, from: 'shipped' };
  }
  if (!found && cache) {
    const dataset = openCompiled(listing, entryPath(cache, 'datasets', listing.root), stamps);
    if (dataset) found = { dataset, from: 'cache' };
  }
  stamps.save();
  return found;
}

// The compiled form at path, if it was built from these files as they are now. A file that is
// not one, or is damaged, or holds nonsense, is a miss.
function openCompiled(listing: Listing, path: string, stamps: Stamps): Dataset | undefined {
  const source = fileSource(path);
  if (!source) return undefined;
  try {
    const dataset = Dataset.open(source, listing.root);
    if (dataset && builtFrom(listing, dataset.meta, stamps)) return dataset;
  } catch {
    // a miss, like any other
  }
  source.close();
  return undefined;
}

/** True when a compiled dataset was built by this car-brief from exactly the files listed, as they are now. */
function builtFrom(listing: Listing, meta: CompiledMeta, stamps: Stamps): boolean {
  if (meta.build !== BUILD || meta.unicode !== (process.versions.unicode ?? '')) return false;
  if (!Array.isArray(meta.files) || !Array.isArray(meta.texts)) return false;
  if (meta.datasetFile !== undefined && !Array.isArray(meta.datasetFile)) return false;
  if (typeof meta.info !== 'object' || meta.info === null) return false;
  if (meta.files.length !== listing.files.length) return false;
  const sameFiles = listing.files.every((file, i) => {
    const [collection, name, hash, fingerprint] = meta.files[i]!;
    return (
      file.collection === collection && file.name === name && stamps.unchanged(file.path, hash, fingerprint)
    );
  });
  const builtFromFile = ([name, hash, fingerprint]: BuiltFrom) => {
    const path = join(listing.root, name);
    return isInside(listing.root, path) && stamps.unchanged(path, hash, fingerprint);
  };
  // The dataset file: none then and none now, or the same one unchanged.
  const sameDatasetFile = meta.datasetFile
    ? listing.datasetFile?.name === meta.datasetFile[0] && builtFromFile(meta.datasetFile)
    : listing.datasetFile === undefined;
  return sameFiles && sameDatasetFile && meta.texts.every(builtFromFile);
}

/** A path as messages show it: relative to the working directory when inside it, else absolute. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') ? rel : path;
}
