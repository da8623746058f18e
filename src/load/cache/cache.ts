import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import envPaths from 'env-paths';
import { fnv1a64 } from '../../model/hash.js';
import { isInside } from '../read/read.js';

// Stage 5, cache: compiled datasets, parsed files and file fingerprints, in the user's cache
// directory. An entry is found by where its data lives, and its readers check it against
// what it was built from (see index.ts and build.ts) before they use it. It is written to a
// temporary file and renamed into place, so readers see a whole entry or none; entries and
// their folders are private to the user. Any failure to read or write means "no cache".

/** Where cache entries live, or undefined when caching is off. */
export interface Cache {
  readonly dir: string;
  /** The data directory the cache serves: nothing is ever written inside it. */
  readonly data: string;
}

/** True when CAR_BRIEF_NO_CACHE turns the cache off. */
export function cacheOff(env: NodeJS.ProcessEnv): boolean {
  return env.CAR_BRIEF_NO_CACHE !== undefined && !['', '0', 'false'].includes(env.CAR_BRIEF_NO_CACHE);
}

/** The cache to use: off with --no-cache or CAR_BRIEF_NO_CACHE, at CAR_BRIEF_CACHE_DIR, else the user's cache directory. */
export function openCache(
  env: NodeJS.ProcessEnv,
  options: { cache?: boolean; dataDir: string; cwd: string },
): Cache | undefined {
  if (options.cache === false || cacheOff(env)) return undefined;
  let dir: string;
  try {
    dir = env.CAR_BRIEF_CACHE_DIR
      ? resolve(options.cwd, env.CAR_BRIEF_CACHE_DIR)
      : envPaths('car-brief', { suffix: '' }).cache;
    // A relative XDG_CACHE_HOME is invalid and to be ignored (XDG Base Directory spec): the default then.
    if (!isAbsolute(dir)) dir = join(homedir(), '.cache', 'car-brief');
  } catch {
    return undefined;
  }
  // Never write into the data directory, even when told to.
  return isInside(options.dataDir, dir) ? undefined : { dir, data: options.dataDir };
}

/** The hash that names what an entry was built from. */
export function cacheKey(...parts: readonly string[]): string {
  const hash = process.getBuiltinModule('node:crypto').createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** The entry of kind for a place (a dataset directory, a file), or undefined if there is none or it cannot be read. */
export function readEntry(cache: Cache | undefined, kind: string, place: string): Buffer | undefined {
  if (!cache) return undefined;
  let fd: number | undefined;
  try {
    // Non-blocking and regular files only: a FIFO put where an entry should be must not hang a run.
    fd = openSync(entryPath(cache, kind, place), constants.O_RDONLY | constants.O_NONBLOCK);
    return fstatSync(fd).isFile() ? readFileSync(fd) : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes an entry atomically; a cache that cannot be written is silently left alone. */
export function writeEntry(cache: Cache | undefined, kind: string, place: string, bytes: Uint8Array): void {
  if (!cache) return;
  const path = entryPath(cache, kind, place);
  // The data directory is only read, even when the cache's folders are (or link to) places inside it.
  if (isInside(cache.data, dirname(path))) return;
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(join(cache.dir, kind), { recursive: true, mode: 0o700 });
    writeFileSync(temporary, bytes, { flag: 'wx', mode: 0o600 });
    renameSync(temporary, path);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing more to do: the entry was not written
    }
  }
}

// An entry's file is named by a hash of its place. Two places whose names collide would only
// take turns: what an entry holds is checked against its place's files before it is used.
/** The file of the entry of kind for a place. */
export function entryPath(cache: Cache, kind: string, place: string): string {
  return join(cache.dir, kind, `${fnv1a64(place)}.bin`);
}
