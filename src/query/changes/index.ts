import { DatasetError, UsageError } from '../../errors.js';
import {
  blobIdOf,
  lastChange,
  openHistory,
  parentOf,
  readTree,
  revisionOf,
  treeAt,
  type DataHistory,
  type Revision,
  type TreeFile,
} from '../../load/git/history.js';
import { listInputs, readInputs, type InputFile } from '../../load/read/list.js';
import { diffSnapshots, type RecordChange } from './diff.js';
import { snapshotOf } from './snapshot.js';

// `changes`: what changed in a dataset between two git revisions, or between one and the working
// tree, read through git and parsed as validate parses it.

/** The revisions asked for, as typed (--since, --until). */
export interface ChangesAsked {
  readonly since?: string | undefined;
  readonly until?: string | undefined;
}

/** The records changed from one revision to another. */
export interface DatasetChanges {
  /** undefined: before the dataset's first commit (every record is added). */
  readonly since: Revision | undefined;
  /** undefined: the working tree, as it is on the disk. */
  readonly until: Revision | undefined;
  readonly changes: readonly RecordChange[];
}

/** Where the dataset is: its directory, how messages show paths, and the environment git runs in. */
export interface DataPlace {
  readonly root: string;
  readonly shown: string;
  readonly show: (path: string) => string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * The changes from --since to --until. Without --since: since the last commit that changed the
 * dataset, against the working tree; with --until alone, what the last commit up to it that changed
 * the dataset changed.
 */
export async function datasetChanges(place: DataPlace, asked: ChangesAsked): Promise<DatasetChanges> {
  const history = await openHistory(place.root, place.env, place.shown);
  const until = asked.until === undefined ? undefined : await revisionOf(history, asked.until, '--until');
  let since: Revision | undefined;
  if (asked.since !== undefined) since = await revisionOf(history, asked.since, '--since');
  else {
    const last = await lastChange(history, until?.hash);
    if (!last)
      throw new UsageError(
        `no commit${until ? ` up to ${until.short}` : ''} changes ${place.shown}: nothing to compare with (commit the dataset, or give --since)`,
      );
    since = until ? await parentOf(history, last) : last;
  }
  const [before, after] = await changedFiles(history, since, until, place);
  const [old, now] = [snapshotOf(before), snapshotOf(after)];
  const problems = [...old.problems, ...now.problems];
  if (problems.length > 0) throw new DatasetError(problems);
  return { since, until, changes: diffSnapshots(old.snapshot, now.snapshot) };
}

// The collection files at both ends, but for those with the same bytes at both (and the same
// path): their records are the same, and the common case (one file changed) parses one file twice,
// not the whole dataset.
async function changedFiles(
  history: DataHistory,
  since: Revision | undefined,
  until: Revision | undefined,
  place: DataPlace,
): Promise<[readonly InputFile[], readonly InputFile[]]> {
  const before = since ? await treeAt(history, since) : [];
  const blobs = new Map(before.map((file) => [file.name, file.blob]));
  const kept = (file: TreeFile) => !same.has(file.name);
  let same: Set<string>;
  let after: readonly InputFile[];
  if (until) {
    const tree = await treeAt(history, until);
    same = new Set(tree.filter((file) => blobs.get(file.name) === file.blob).map((file) => file.name));
    after = await readTree(history, until, tree.filter(kept));
  } else {
    const working = readInputs(listInputs(place.root, place.show)).files;
    const like = before[0]?.blob ?? '';
    same = new Set(
      working
        .filter(
          (file) => 'bytes' in file.content && blobs.get(file.name) === blobIdOf(file.content.bytes, like),
        )
        .map((file) => file.name),
    );
    after = working.filter((file) => !same.has(file.name));
  }
  return [since ? await readTree(history, since, before.filter(kept)) : [], after];
}
