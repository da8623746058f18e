import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { note, type CommonOptions, type Context } from '../context.js';
import { mergeRecordFiles } from '../edit/merge/merge.js';
import { MergeConflictError, UsageError } from '../errors.js';
import { gitComplaint, runGit } from '../load/git/git.js';

// The merge driver git runs for a collection file (docs/team.md): git config
// merge.car-brief.driver "car-brief merge-driver %O %A %B %P", and *.yaml merge=car-brief in
// .gitattributes. As git asks of a driver, the merged file is written over ours (%A), and the exit
// is zero when the merge is clean, non-zero when it left conflicts.

export interface MergeDriverOptions extends CommonOptions {
  /** The common ancestor's version (%O). */
  readonly base: string;
  /** Our version (%A), which the merged file replaces. */
  readonly ours: string;
  /** Their version (%B). */
  readonly theirs: string;
  /** The file's path in the repository, for messages (%P). */
  readonly path?: string | undefined;
}

/** Merges a collection file by record id, or, for a file that is not a list of records, as git merges text. */
export async function runMergeDriver(options: MergeDriverOptions, ctx: Context): Promise<void> {
  const shown = options.path ?? options.ours;
  const [base, ours, theirs] = [options.base, options.ours, options.theirs].map((file) => pathOf(file, ctx));
  const texts = [base!, ours!, theirs!].map(readText);
  const merged = texts.every((text) => text !== undefined)
    ? mergeRecordFiles(texts[0]!, texts[1]!, texts[2]!)
    : { unsupported: 'it is not UTF-8 text' };
  if ('unsupported' in merged) return textMerge([base!, ours!, theirs!], shown, merged.unsupported, ctx);
  writeFileSync(ours!, merged.text);
  if (merged.conflicts.length === 0) return;
  for (const conflict of merged.conflicts) note(ctx, `${shown}: ${conflict.id}: ${conflict.why}`);
  const n = merged.conflicts.length;
  throw new MergeConflictError(
    `${shown}: ${n} record${n === 1 ? '' : 's'} in conflict, marked in the file with <<<<<<< ours and >>>>>>> theirs`,
  );
}

// git's own text merge (git merge-file), for a file the merge by record id does not take.
async function textMerge(
  [base, ours, theirs]: string[],
  shown: string,
  why: string,
  ctx: Context,
): Promise<void> {
  const labels = ['-L', 'ours', '-L', 'base', '-L', 'theirs'];
  const result = await runGit(['merge-file', ...labels, ours!, base!, theirs!], {
    cwd: ctx.cwd ?? '/',
    env: ctx.env,
  });
  if (result.code === 0) return;
  if (result.code > 127) throw new Error(`git merge-file: ${gitComplaint(result)}`);
  const n = result.code;
  throw new MergeConflictError(
    `${shown}: merged as text, not by record id (${why}): ${n} conflict${n === 1 ? '' : 's'} marked in the file`,
  );
}

function pathOf(file: string, ctx: Context): string {
  if (isAbsolute(file)) return file;
  if (ctx.cwd === undefined)
    throw new UsageError(`the working directory no longer exists, so ${file} cannot be found`);
  return resolve(ctx.cwd, file);
}

// A file's text, or undefined when it is not UTF-8 (it is merged as git merges text).
function readText(path: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    // (A byte order mark is kept: the merged file starts as ours does.)
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
