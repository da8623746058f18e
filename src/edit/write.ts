import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  constants,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CarBriefError, ExitCode } from '../errors.js';

// Writing a change to a dataset: every file or none. Each new content goes to a temporary file
// beside its target (hidden, so that no reader takes it for data) and is flushed to the disk;
// then, when every target is still as it was read, the new files are linked into place (never
// over a file that appeared meanwhile) and the changed ones renamed over their old selves, which
// is atomic: a reader sees the old file or the new one, never half of one. If a step fails, what
// was put in place is taken back, and the temporary files are removed.

/** One file of a change: a new file (before undefined: it must not exist), or a new content for a file read as before. */
export interface FileChange {
  readonly path: string;
  readonly content: string | Buffer;
  readonly before?: Buffer | undefined;
}

/** A change could not be written: nothing of it was. */
export class WriteError extends CarBriefError {
  readonly exitCode = ExitCode.unexpected;
}

/** Writes every change or none (see above); show says how a path is named in messages. */
export function writeAll(changes: readonly FileChange[], show: (path: string) => string = (p) => p): void {
  const temps = new Map<FileChange, string>();
  const madeDirs: string[] = [];
  const placed: FileChange[] = [];
  let writing: FileChange | undefined; // the file being written, for the message if it fails
  try {
    for (const change of changes) {
      writing = change;
      madeDirs.push(...makeDirs(dirname(change.path)));
      temps.set(change, writeTemp(change));
    }
    writing = undefined;
    for (const change of changes) {
      if (change.before === undefined ? existsSync(change.path) : !sameBytes(change.path, change.before))
        throw new WriteError(
          `${show(change.path)} changed while car-brief was writing; nothing written: run it again`,
        );
    }
    // New files first: a changed file that names one (sources.yaml naming a text) never lands without it.
    const ordered = [...changes].sort(
      (a, b) => Number(a.before !== undefined) - Number(b.before !== undefined),
    );
    for (const change of ordered) {
      writing = change;
      place(change, temps.get(change)!);
      temps.delete(change);
      placed.push(change);
    }
    syncDirs(changes.map((change) => dirname(change.path)));
  } catch (error) {
    for (const change of placed.reverse()) takeBack(change);
    for (const temp of temps.values()) tryTo(() => unlinkSync(temp));
    temps.clear();
    for (const dir of madeDirs.reverse()) tryTo(() => rmdirSync(dir));
    if (error instanceof CarBriefError) throw error;
    const what = writing ? show(writing.path) : 'the change';
    throw new WriteError(`cannot write ${what}: ${reason(error)}; nothing written`);
  } finally {
    for (const temp of temps.values()) tryTo(() => unlinkSync(temp));
  }
}

// The folders made for path, outermost first (for taking them back if the change fails).
function makeDirs(path: string): string[] {
  const missing: string[] = [];
  for (let dir = path; !existsSync(dir); dir = dirname(dir)) {
    missing.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  if (missing.length > 0) mkdirSync(path, { recursive: true });
  return missing;
}

// Writes the content beside its target under a hidden name, with the target's permissions, flushed to disk.
function writeTemp(change: FileChange): string {
  const temp = join(
    dirname(change.path),
    `.${basename(change.path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  const mode = change.before !== undefined ? statSync(change.path).mode & 0o777 : 0o666;
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
  try {
    const bytes = typeof change.content === 'string' ? Buffer.from(change.content, 'utf8') : change.content;
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

// Puts a temporary file in place: a new file by a link (which fails if the name appeared
// meanwhile), or a copy that refuses to overwrite where links are not supported; a changed file by rename.
function place(change: FileChange, temp: string): void {
  if (change.before !== undefined) {
    renameSync(temp, change.path);
    return;
  }
  try {
    linkSync(temp, change.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || !['EPERM', 'ENOTSUP', 'ENOSYS', 'EXDEV'].includes(code ?? '')) throw error;
    copyFileSync(temp, change.path, constants.COPYFILE_EXCL);
  }
  unlinkSync(temp);
}

// Undoes a placed change: a new file removed, a changed one given its old content back.
function takeBack(change: FileChange): void {
  const { before } = change;
  if (before === undefined) {
    tryTo(() => unlinkSync(change.path));
    return;
  }
  const temp = tryTo(() => writeTemp({ path: change.path, content: before, before }));
  if (temp !== undefined) tryTo(() => renameSync(temp, change.path));
}

function sameBytes(path: string, bytes: Buffer): boolean {
  try {
    return readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

// Flushes the folders' entries, so that the new names survive a crash (where the system allows it).
function syncDirs(dirs: readonly string[]): void {
  for (const dir of new Set(dirs)) {
    tryTo(() => {
      const fd = openSync(dir, constants.O_RDONLY);
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    });
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'not permitted',
    ENOSPC: 'no space left on the device',
    EROFS: 'the file system is read-only',
    EDQUOT: 'over the disk quota',
    EEXIST: 'a file of that name appeared meanwhile',
    ENOENT: 'no such file or directory',
  };
  return (code !== undefined ? words[code] : undefined) ?? (error as Error).message ?? String(error);
}

function tryTo<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}
