import { UsageError } from '../../errors.js';
import { COLLECTION_NAMES, type CollectionName } from '../../model/vocabulary.js';
import { hashOf } from '../read/read.js';
import type { InputFile } from '../read/list.js';
import { gitComplaint, runGit, type GitPlace } from './git.js';

// A dataset's history, read through git: which commit last touched it, and its collection files
// as they were at a commit, found as the read stage finds them on the disk (list.ts) and handed
// to the parse stage as the same InputFiles (read from git in one run: cat-file --batch).

/** A dataset directory inside a git repository. */
export interface DataHistory {
  /** The repository's top directory (where git runs). */
  readonly place: GitPlace;
  /** The dataset's path inside the repository, '' or ending with '/'. */
  readonly prefix: string;
}

/** A commit, as messages name it. */
export interface Revision {
  readonly hash: string;
  readonly short: string;
  /** Its committer date, YYYY-MM-DD. */
  readonly date: string;
  readonly subject: string;
}

/** The repository dir is in; a usage error (exit 2) when it is in none, naming it as shown. */
export async function openHistory(dir: string, env: NodeJS.ProcessEnv, shown: string): Promise<DataHistory> {
  const found = await runGit(['rev-parse', '--show-toplevel', '--show-prefix'], { cwd: dir, env });
  if (found.code !== 0) {
    // git's own words where they say more than that (a repository owned by someone else).
    const why = gitComplaint(found);
    const more = /not a git repository/i.test(why) ? '' : ` (${why})`;
    throw new UsageError(
      `${shown} is not in a git repository${more}: changes compares the dataset between git revisions (git init and a first commit start its history)`,
    );
  }
  const [top, prefix] = found.stdout.toString('utf8').split('\n');
  return { place: { cwd: top!, env }, prefix: prefix ?? '' };
}

/** The commit a revision names (a usage error naming the flag when it names none). */
export async function revisionOf(history: DataHistory, name: string, flag: string): Promise<Revision> {
  // (No revision has a NUL in its name, or runs to a thousand characters: neither reaches git.)
  if (name.trim() === '' || name.includes('\0') || name.length > MAX_REVISION)
    throw new UsageError(`${flag} ${name}: no such revision in this repository`);
  const found = await runGit(
    ['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`],
    history.place,
  );
  if (found.code !== 0 || name.trim() === '')
    throw new UsageError(`${flag} ${name}: no such revision in this repository`);
  return described(history, found.stdout.toString('utf8').trim());
}

const MAX_REVISION = 1000;

/** The last commit at or before rev that changed the dataset, or undefined when none did. */
export async function lastChange(history: DataHistory, rev = 'HEAD'): Promise<Revision | undefined> {
  const found = await runGit(
    ['--literal-pathspecs', 'rev-list', '-1', rev, '--', pathspec(history)],
    history.place,
  );
  const hash = found.code === 0 ? found.stdout.toString('utf8').trim() : '';
  return hash === '' ? undefined : described(history, hash);
}

/** A commit's first parent, or undefined for a first commit. */
export async function parentOf(history: DataHistory, revision: Revision): Promise<Revision | undefined> {
  const found = await runGit(['rev-parse', '--verify', '--quiet', `${revision.hash}^1`], history.place);
  return found.code === 0 ? described(history, found.stdout.toString('utf8').trim()) : undefined;
}

/** A collection file of the dataset at a commit: its path in the dataset, and its git object id. */
export interface TreeFile {
  readonly name: string;
  readonly collection: CollectionName;
  readonly blob: string;
}

/** The collection files of the dataset at a commit, in the order the read stage lists them on the disk. */
export async function treeAt(history: DataHistory, revision: Revision): Promise<TreeFile[]> {
  const listed = await runGit(
    ['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', revision.hash, '--', pathspec(history)],
    history.place,
  );
  if (listed.code !== 0) throw new Error(`git ls-tree: ${gitComplaint(listed)}`);
  const blobs = new Map<string, string>();
  for (const entry of listed.stdout.toString('utf8').split('\0')) {
    // Files only: a link's blob is its target, not YAML.
    const match = /^(100644|100755) blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (match && match[3]!.startsWith(history.prefix))
      blobs.set(match[3]!.slice(history.prefix.length), match[2]!);
  }
  return collectionFiles([...blobs.keys()]).map((file) => ({ ...file, blob: blobs.get(file.name)! }));
}

/** The files, read from git in one run, as the read stage hands files to the parse stage. */
export async function readTree(
  history: DataHistory,
  revision: Revision,
  files: readonly TreeFile[],
): Promise<InputFile[]> {
  if (files.length === 0) return [];
  const read = await runGit(
    ['cat-file', '--batch'],
    history.place,
    files.map((file) => `${file.blob}\n`).join(''),
  );
  if (read.code !== 0) throw new Error(`git cat-file: ${gitComplaint(read)}`);
  // Each object: "<id> blob <size>\n", its bytes, "\n".
  let at = 0;
  return files.map(({ name, collection }) => {
    const header = read.stdout.indexOf(0x0a, at);
    const size = Number(/ blob (\d+)$/.exec(read.stdout.toString('utf8', at, header))?.[1] ?? NaN);
    if (!Number.isInteger(size)) throw new Error(`git cat-file: no object for ${name}`);
    const content = { bytes: read.stdout.subarray(header + 1, header + 1 + size), fingerprint: '' };
    at = header + 1 + size + 1;
    const display = `${revision.short}:${history.prefix}${name}`;
    return { path: display, display, name, collection, content, hash: hashOf(content) };
  });
}

/** The id git gives these bytes as a file (SHA-1, or SHA-256 in a repository whose ids are 64 digits long). */
export function blobIdOf(bytes: Uint8Array, like: string): string {
  const crypto = process.getBuiltinModule('node:crypto');
  const hash = crypto.createHash(like.length === 64 ? 'sha256' : 'sha1');
  return hash.update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

// The collection files among a dataset's paths, as list.ts finds them on the disk: <name>.yaml,
// <name>.yml, then the YAML files directly in a folder <name>/ (not hidden), in name order.
function collectionFiles(paths: readonly string[]): { name: string; collection: CollectionName }[] {
  return COLLECTION_NAMES.flatMap((collection) => {
    const own = [`${collection}.yaml`, `${collection}.yml`].filter((name) => paths.includes(name));
    const inFolder = paths
      .filter((name) => name.startsWith(`${collection}/`))
      .filter((name) => /^[^/.][^/]*\.ya?ml$/.test(name.slice(collection.length + 1)))
      .sort();
    return [...own, ...inFolder].map((name) => ({ name, collection }));
  });
}

function pathspec(history: DataHistory): string {
  return history.prefix === '' ? '.' : history.prefix;
}

async function described(history: DataHistory, hash: string): Promise<Revision> {
  const found = await runGit(
    ['-c', 'log.showSignature=false', 'log', '-1', '--format=%h%x00%cs%x00%s', hash, '--'],
    history.place,
  );
  const [short, date, subject] = found.stdout.toString('utf8').trimEnd().split('\0');
  return { hash, short: short || hash.slice(0, 7), date: date ?? '', subject: subject ?? '' };
}
