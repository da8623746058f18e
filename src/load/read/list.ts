import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../model/problem.js';
import { didYouMean } from '../../model/suggest.js';
import { COLLECTION_NAMES, DATASET_FILE_NAMES, type CollectionName } from '../../model/vocabulary.js';
import { hashOf, nameIn, readThrough, type FileContent, type Overlay } from './read.js';

// Stage 1, read: find the files of a dataset (the collections, and the dataset file that says
// what it is), then read them (read.ts).

/** One file of a dataset, found. */
export interface FoundFile {
  readonly path: string;
  /** The path shown in messages (relative to the working directory where that is shorter). */
  readonly display: string;
  /** The path inside the dataset, with / separators: names the file in cache keys. */
  readonly name: string;
}

/** One collection file of a dataset, found. */
export interface ListedFile extends FoundFile {
  readonly collection: CollectionName;
}

/** One file of a dataset, read. */
export interface ReadFile extends FoundFile {
  readonly content: FileContent;
  /** sha256 of the bytes (or of the reason they could not be read). */
  readonly hash: string;
}

/** One collection file of a dataset, read. */
export interface InputFile extends ListedFile, ReadFile {}

/**
 * Every collection file of a dataset, its dataset file (dataset.yaml) if it has one, and the
 * problems of its layout (missing or unknown files).
 */
export interface Listing<F extends ListedFile = ListedFile, D extends FoundFile = FoundFile> {
  readonly root: string;
  readonly files: readonly F[];
  readonly datasetFile?: D | undefined;
  readonly problems: readonly Problem[];
}
export type Inputs = Listing<InputFile, ReadFile>;

const YAML_FILE = /\.ya?ml$/;

/** Finds every collection file of the dataset at root (an existing directory), and its dataset file, without reading them. */
export function listInputs(root: string, show: (path: string) => string): Listing {
  const problems: Problem[] = [];
  const files: ListedFile[] = [];
  const entries = new Set(readdirSync(root));
  for (const collection of COLLECTION_NAMES) {
    const paths = collectionFiles(root, entries, collection);
    if (paths.length === 0) {
      problems.push({
        file: show(join(root, `${collection}.yaml`)),
        message: `missing (an empty ${collection}.yaml is fine)`,
      });
    }
    for (const path of paths) {
      files.push({ path, display: show(path), name: nameIn(root, path), collection });
    }
  }
  problems.push(...unknownFiles(root, entries, show));
  const [datasetFile, ...others] = DATASET_FILE_NAMES.filter((file) => entries.has(file));
  for (const other of others)
    problems.push({
      file: show(join(root, other)),
      message: `a second dataset file, beside ${datasetFile}: keep one`,
    });
  if (datasetFile === undefined) return { root, files, problems };
  const path = join(root, datasetFile);
  return { root, files, datasetFile: { path, display: show(path), name: datasetFile }, problems };
}

/** Reads every file of a listing (those of the overlay from it). */
export function readInputs(listing: Listing, overlay?: Overlay): Inputs {
  const read = <F extends FoundFile>(file: F): F & ReadFile => {
    const content = readThrough(file.path, overlay);
    return { ...file, content, hash: hashOf(content) };
  };
  return {
    ...listing,
    files: listing.files.map(read),
    datasetFile: listing.datasetFile && read(listing.datasetFile),
  };
}

// <name>.yaml or .yml (even a broken link or a directory by that name: reading it reports why
// it cannot be used), and the YAML files of a folder <name>/, in name order.
function collectionFiles(root: string, entries: ReadonlySet<string>, name: CollectionName): string[] {
  const files = [`${name}.yaml`, `${name}.yml`]
    .filter((file) => entries.has(file))
    .map((file) => join(root, file));
  if (!entries.has(name)) return files;
  const folder = join(root, name);
  let inFolder: string[] = [];
  try {
    inFolder = readdirSync(folder);
  } catch {
    // not a folder (or not a readable one): the collection is its file alone
  }
  files.push(
    ...inFolder
      // Hidden files are editors' and tools' own (an Emacs lock file .#00.yaml, a backup), not data.
      .filter((file) => YAML_FILE.test(file) && !file.startsWith('.'))
      .sort()
      .map((file) => join(folder, file)),
  );
  return files;
}

function unknownFiles(root: string, entries: ReadonlySet<string>, show: (path: string) => string): Problem[] {
  return [...entries]
    .filter((entry) => YAML_FILE.test(entry) && !entry.startsWith('.'))
    .filter((entry) => !(COLLECTION_NAMES as readonly string[]).includes(entry.replace(YAML_FILE, '')))
    .filter((entry) => !(DATASET_FILE_NAMES as readonly string[]).includes(entry))
    .sort()
    .map((entry) => {
      const expected = COLLECTION_NAMES.map((n) => `${n}.yaml`);
      const hint = didYouMean(entry, [...expected, DATASET_FILE_NAMES[0]]);
      return {
        file: show(join(root, entry)),
        message: `not a collection: expected one of ${expected.join(', ')}${hint}`,
      };
    });
}
