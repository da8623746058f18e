import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readFileSync,
  readdirSync,
  realpathSync,
  statSync,
  type BigIntStats,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Problem } from '../../model/problem.js';
import { MAX_FILE_BYTES, cannotRead, tooLarge } from './read-errors.js';
import { COLLECTION_NAMES, type CollectionName } from '../../model/vocabulary.js';

// Stage 1, read: find the files of a dataset and read their bytes. Nothing here parses; the
// content hashes say whether anything compiled from these files before can be used again, and
// a file's stat fingerprint says, without reading it, that it has not changed since.

/** The bytes of one file (with its fingerprint: see fingerprintOf), or why they could not be read. */
export type FileContent =
  { readonly bytes: Buffer; readonly fingerprint: string } | { readonly error: string };

/** One collection file of a dataset, found. */
export interface ListedFile {
  readonly path: string;
  /** The path shown in messages (relative to the working directory where that is shorter). */
  readonly display: string;
  /** The path inside the dataset, with / separators: names the file in cache keys. */
  readonly name: string;
  readonly collection: CollectionName;
}

/** One collection file of a dataset, read. */
export interface InputFile extends ListedFile {
  readonly content: FileContent;
  /** sha256 of the bytes (or of the reason they could not be read). */
  readonly hash: string;
}

/** Every collection file of a dataset, with the problems of its layout (missing or unknown files). */
export interface Listing<F extends ListedFile = ListedFile> {
  readonly root: string;
  readonly files: readonly F[];
  readonly problems: readonly Problem[];
}
export type Inputs = Listing<InputFile>;

const YAML_FILE = /\.ya?ml$/;

/** Finds every collection file of the dataset at root (an existing directory), without reading them. */
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
  return { root, files, problems };
}

/** Reads every file of a listing. */
export function readInputs(listing: Listing): Inputs {
  const files = listing.files.map((file): InputFile => {
    const content = readBytes(file.path);
    return { ...file, content, hash: hashOf(content) };
  });
  return { ...listing, files };
}

/** True when path is dir or inside it, after following links (as far as they exist). */
export function isInside(dir: string, path: string): boolean {
  const inside = relative(realPath(dir), realPath(path));
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
}

// The real path of path, or of its nearest existing ancestor with the rest appended.
function realPath(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync.native(full);
  } catch {
    const parent = dirname(full);
    return parent === full ? full : join(realPath(parent), full.slice(parent.length));
  }
}

/** True when path is a directory (following links). */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A path inside the dataset, with / separators. */
export function nameIn(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}

/** Reads a regular file (following links); a directory, FIFO, device, oversized or unreadable file comes back as a message. */
export function readBytes(path: string): FileContent {
  let fd: number | undefined;
  try {
    // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const before = fstatSync(fd, { bigint: true });
    if (before.isDirectory()) return { error: 'is a directory, not a file' };
    if (!before.isFile()) return { error: 'not a regular file (a FIFO, socket or device)' };
    if (before.size > BigInt(MAX_FILE_BYTES)) return { error: tooLarge(Number(before.size)) };
    const started = BigInt(Date.now());
    const bytes = readFileSync(fd);
    const after = fstatSync(fd, { bigint: true });
    const fingerprint = stamp(after);
    // A file that changed while it was read, or so recently that a change in the same clock tick
    // would leave its stat as it is, gets no fingerprint: it will be checked by content.
    const settled = stamp(before) === fingerprint && after.ctimeMs < started - RACY_MS;
    return { bytes, fingerprint: settled ? fingerprint : '' };
  } catch (error) {
    return { error: cannotRead(error as NodeJS.ErrnoException) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** sha256 of a file's bytes, or of the reason it could not be read. */
export function hashOf(content: FileContent): string {
  // node:crypto is loaded only when something must be hashed: the fast path has fingerprints.
  const crypto = process.getBuiltinModule('node:crypto');
  const hash = crypto.createHash('sha256');
  if ('bytes' in content) hash.update(content.bytes);
  else hash.update(`error: ${content.error}`);
  return hash.digest('hex');
}

/** Files changed less than this long before they were read get no fingerprint (coarse file system clocks). */
const RACY_MS = 2000n;

/**
 * What says a file is unchanged without reading it: device, inode, size, and the modification
 * and change times in nanoseconds ('' when it is not a regular file). The change time (ctime)
 * moves on every write and cannot be set back, so a file rewritten with its old mtime restored
 * still differs. settled: the file last changed long enough ago for its fingerprint to be kept.
 */
export function fingerprintOf(path: string): { fingerprint: string; settled: boolean } {
  try {
    const stat = statSync(path, { bigint: true });
    if (!stat.isFile()) return { fingerprint: '', settled: false };
    return { fingerprint: stamp(stat), settled: stat.ctimeMs < BigInt(Date.now()) - RACY_MS };
  } catch {
    return { fingerprint: '', settled: false };
  }
}

function stamp(stat: BigIntStats): string {
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
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
    .sort()
    .map((entry) => ({
      file: show(join(root, entry)),
      message: `not a collection: expected one of ${COLLECTION_NAMES.map((n) => `${n}.yaml`).join(', ')}`,
    }));
}
