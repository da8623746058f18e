import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from '../model/problem.js';
import { COLLECTION_NAMES, type CollectionName } from '../model/vocabulary.js';

// Stage 1, read: find the files of a dataset and read their bytes. Nothing here parses; the
// content hashes say whether anything compiled from these files before can be used again.

/** The bytes of one file, or why they could not be read. */
export type FileContent = { readonly bytes: Buffer } | { readonly error: string };

/** One collection file of a dataset, read. */
export interface InputFile {
  readonly path: string;
  /** The path shown in messages (relative to the working directory where that is shorter). */
  readonly display: string;
  /** The path inside the dataset, with / separators: names the file in cache keys. */
  readonly name: string;
  readonly collection: CollectionName;
  readonly content: FileContent;
  /** sha256 of the bytes (or of the reason they could not be read). */
  readonly hash: string;
}

/** Every collection file of a dataset, with the problems of its layout (missing or unknown files). */
export interface Inputs {
  readonly root: string;
  readonly files: readonly InputFile[];
  readonly problems: readonly Problem[];
}

const YAML_FILE = /\.ya?ml$/;

/** Reads every collection file of the dataset at root (an existing directory). */
export function readInputs(root: string, show: (path: string) => string): Inputs {
  const problems: Problem[] = [];
  const files: InputFile[] = [];
  for (const collection of COLLECTION_NAMES) {
    const paths = collectionFiles(root, collection);
    if (paths.length === 0) {
      problems.push({
        file: show(join(root, `${collection}.yaml`)),
        message: `missing (an empty ${collection}.yaml is fine)`,
      });
    }
    for (const path of paths) {
      const content = readBytes(path);
      const name = relative(root, path).split('\\').join('/');
      files.push({ path, display: show(path), name, collection, content, hash: hashOf(content) });
    }
  }
  problems.push(...unknownFiles(root, show));
  return { root, files, problems };
}

/** Reads a regular file (following links); a directory, FIFO, device or unreadable file comes back as a message. */
export function readBytes(path: string): FileContent {
  let fd: number | undefined;
  try {
    // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { error: 'is a directory, not a file' };
    if (!stat.isFile()) return { error: 'not a regular file (a FIFO, socket or device)' };
    return { bytes: readFileSync(fd) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return { error: 'is a directory, not a file' };
    return { error: `cannot read it (${code ?? String(error)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Decodes bytes as UTF-8 text (a leading BOM dropped); NUL bytes or invalid UTF-8 come back as a message. */
export function decodeText(content: FileContent): { text: string } | { error: string } {
  if ('error' in content) return content;
  if (content.bytes.includes(0)) return { error: 'not a text file (it contains NUL bytes)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(content.bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { error: 'not a UTF-8 text file' };
  }
}

/** sha256 of a file's bytes, or of the reason it could not be read. */
export function hashOf(content: FileContent): string {
  const hash = createHash('sha256');
  if ('bytes' in content) hash.update(content.bytes);
  else hash.update(`error: ${content.error}`);
  return hash.digest('hex');
}

// <name>.yaml or .yml (even a broken link or a directory by that name: reading it reports why
// it cannot be used), and the YAML files of a folder <name>/, in name order.
function collectionFiles(root: string, name: CollectionName): string[] {
  const files = [`${name}.yaml`, `${name}.yml`].map((file) => join(root, file)).filter(exists);
  const folder = join(root, name);
  let entries: string[] = [];
  try {
    entries = readdirSync(folder);
  } catch {
    // no folder (or not a readable one): the collection is its file alone
  }
  files.push(
    ...entries
      .filter((file) => YAML_FILE.test(file))
      .sort()
      .map((file) => join(folder, file)),
  );
  return files;
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function unknownFiles(root: string, show: (path: string) => string): Problem[] {
  return readdirSync(root)
    .filter((entry) => YAML_FILE.test(entry))
    .filter((entry) => !(COLLECTION_NAMES as readonly string[]).includes(entry.replace(YAML_FILE, '')))
    .sort()
    .map((entry) => ({
      file: show(join(root, entry)),
      message: `not a collection: expected one of ${COLLECTION_NAMES.map((n) => `${n}.yaml`).join(', ')}`,
    }));
}
