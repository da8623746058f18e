import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readFileSync,
  realpathSync,
  statSync,
  type BigIntStats,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { MAX_FILE_BYTES, cannotRead, tooLarge } from './read-errors.js';

// Stage 1, read: the bytes of a dataset's files (list.ts finds them). Nothing here parses; the
// content hashes say whether anything compiled from these files before can be used again, and
// a file's stat fingerprint says, without reading it, that it has not changed since.

/** The bytes of one file (with its fingerprint: see fingerprintOf), or why they could not be read. */
export type FileContent =
  { readonly bytes: Buffer; readonly fingerprint: string } | { readonly error: string };

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

/**
 * Files read from memory instead of the disk, by absolute path: a change to a dataset checked as
 * the dataset it would make, before anything of it is written.
 */
export type Overlay = ReadonlyMap<string, Buffer>;

/** readBytes, but a file of the overlay is its bytes there (with no fingerprint: checked by content later). */
export function readThrough(path: string, overlay: Overlay | undefined): FileContent {
  const bytes = overlay?.get(path);
  return bytes !== undefined ? { bytes, fingerprint: '' } : readBytes(path);
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
