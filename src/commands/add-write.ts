import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetLocation, type CommonOptions, type Context } from '../context.js';
import type { Dataset } from '../dataset/dataset.js';
import { AppendError, appendRecord } from '../edit/append.js';
import { insertCitations, type CitationItem } from '../edit/insert-citation.js';
import { fieldPath, pathInRecord } from '../edit/record-paths.js';
import { writeAll } from '../edit/write.js';
import { DatasetError, RefusedError, UsageError } from '../errors.js';
import { checkDatasetWith, displayPath, loadDataset, type LoadOptions } from '../load/index.js';
import { listInputs, type ListedFile } from '../load/read/list.js';
import { isInside } from '../load/read/read.js';
import type { Problem } from '../model/problem.js';
import type { CollectionName } from '../model/vocabulary.js';
import { BUILTIN_DATA } from '../paths.js';
import type { FieldProblem } from './add-check.js';

// How add writes: the change made as text (a record appended to its collection's last file, or
// citations inserted into a record where it is), the whole dataset checked as it would be with
// it (the changed file held in memory), and only then the file written, through a temporary file
// renamed over it. What the check finds is handed back, each problem at its field of the record
// where it is about the record, for the command to say in terms of its flags or its YAML.

/** The dataset add writes to, opened. */
export interface Target {
  readonly dir: string;
  readonly load: LoadOptions;
  readonly dataset: Dataset;
  /** How messages name a path. */
  readonly show: (path: string) => string;
}

/** What the whole check found against a change: problems at fields of the record, and any elsewhere. */
export interface Refusal {
  readonly fields: readonly FieldProblem[];
  readonly elsewhere: readonly Problem[];
}

/** The dataset the options name, which must be one of the writer's own (never the built-in data). */
export async function openTarget(options: CommonOptions, ctx: Context, command: string): Promise<Target> {
  const readOnly = `${command} writes to a dataset of your own: give --data DIR (car-brief init DIR starts one); the built-in data is read-only`;
  if (options.data === undefined && !ctx.env.CAR_BRIEF_DATA) throw new UsageError(readOnly);
  const { dir, load } = datasetLocation(options, ctx);
  const dataset = await loadDataset(dir, load);
  if (isInside(resolve(BUILTIN_DATA), dataset.dir)) throw new UsageError(readOnly);
  return { dir, load, dataset, show: (path) => displayPath(path, load.cwd) };
}

/** The files of a collection, in the order they are read. */
export function collectionFiles(target: Target, collection: CollectionName): ListedFile[] {
  return listInputs(target.dataset.dir, target.show).files.filter((file) => file.collection === collection);
}

/** The file a new record of the collection goes to: its last (a folder's last in name order). */
export function lastFile(target: Target, collection: CollectionName): string {
  const last = collectionFiles(target, collection).at(-1);
  if (!last)
    throw new RefusedError(
      `${collection} has no file to add to: start one, such as ${collection}/${collection}.yaml; nothing written`,
    );
  return last.path;
}

/**
 * Appends record to the last file of its collection and writes it, if the whole dataset with it
 * passes every check (and write is true: false checks only); else writes nothing and returns
 * what the check found. Returns the file written.
 */
export async function appendChecked(
  target: Target,
  collection: CollectionName,
  record: Readonly<Record<string, unknown>>,
  write = true,
): Promise<{ written: string } | Refusal> {
  const listed = lastFile(target, collection);
  return changeChecked(target, listed, String(record.id), (text) => appendRecord(text, record), write);
}

/** Inserts citations into the record with this id, in the file that holds it, as appendChecked does. */
export async function citeChecked(
  target: Target,
  file: string,
  id: string,
  citations: readonly CitationItem[],
): Promise<{ written: string } | Refusal> {
  return changeChecked(target, file, id, (text) => insertCitations(text, id, citations), true);
}

async function changeChecked(
  target: Target,
  listed: string,
  id: string,
  change: (text: string) => string,
  write: boolean,
): Promise<{ written: string } | Refusal> {
  // Written is the file itself, where the dataset links to it: a rename must not replace the link.
  const file = realpathSync(listed);
  const before = readFileSync(file);
  let after: string;
  try {
    after = change(before.toString('utf8'));
  } catch (error) {
    if (!(error instanceof AppendError)) throw error;
    throw new RefusedError(`cannot add to ${target.show(listed)}: ${error.message}; nothing written`);
  }
  try {
    await checkDatasetWith(target.dir, target.load, new Map([[listed, Buffer.from(after, 'utf8')]]));
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return refusal(error.problems, target.show(listed), after, id);
  }
  if (!write) return { fields: [], elsewhere: [] };
  writeAll([{ path: file, content: after, before }], target.show);
  return { written: target.show(listed) };
}

// The problems of the check, those inside the record at their fields.
function refusal(problems: readonly Problem[], shown: string, text: string, id: string): Refusal {
  const fields: FieldProblem[] = [];
  const elsewhere: Problem[] = [];
  for (const problem of problems) {
    const path =
      problem.file === shown && problem.line !== undefined
        ? pathInRecord(text, id, problem.line, problem.col ?? 1)
        : undefined;
    if (path !== undefined) fields.push({ path, message: withoutField(problem.message, path) });
    else elsewhere.push(problem);
  }
  return { fields, elsewhere };
}

// A message that starts by naming its field ("kind: …", "sources[0].paragraph: …"), without
// that name: the path says it.
function withoutField(message: string, path: readonly (string | number)[]): string {
  const last = path.at(-1);
  for (const name of [fieldPath(path), typeof last === 'string' ? last : undefined])
    if (name && message.startsWith(`${name}: `)) return message.slice(name.length + 2);
  return message;
}
