import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { CommonOptions, Context } from '../context.js';
import { UsageError } from '../errors.js';
import { INIT_FOLDERS, plannedFiles } from '../init/files.js';
import { chooseFormat, render } from '../output/render.js';
import { formatsOf } from '../spec/commands.js';
import { initView, type InitResult } from '../views/init.js';

export interface InitOptions extends CommonOptions {
  readonly dir: string;
  /** Copy the built-in data instead of writing empty collections. */
  readonly withBuiltin?: boolean | undefined;
}

/**
 * Starts a dataset in dir: the five collection files, dataset.yaml, texts/ and a README. Nothing is
 * overwritten: if any file it would write exists, it writes none and says which (exit 2).
 */
export function initDataset(options: InitOptions, ctx: Context): InitResult {
  if (options.dir === '') throw new UsageError('init needs a directory');
  if (ctx.cwd === undefined && !isAbsolute(options.dir))
    throw new UsageError(
      `init ${options.dir}: the working directory no longer exists; give an absolute path`,
    );
  const root = resolve(ctx.cwd ?? '/', options.dir);
  const kind = kindOf(root);
  if (kind !== 'missing' && kind !== 'directory')
    throw new UsageError(`init ${options.dir}: exists and is not a directory`);
  const files = plannedFiles(options.withBuiltin === true);
  const existing = files.map((file) => file.path).filter((path) => kindOf(join(root, path)) !== 'missing');
  if (existing.length > 0) {
    const more = existing.length > 1 ? ` (and ${existing.length - 1} more)` : '';
    throw new UsageError(`init ${options.dir}: ${existing[0]} exists${more}; init never overwrites a file`);
  }
  for (const folder of INIT_FOLDERS) mkdirSync(join(root, folder), { recursive: true });
  // 'wx': a file made between the check above and now is still not overwritten.
  for (const file of files) writeFileSync(join(root, file.path), file.content, { flag: 'wx' });
  return {
    dir: options.dir,
    files: [...INIT_FOLDERS.map((folder) => `${folder}/`), ...files.map((file) => file.path)],
  };
}

/** car-brief init <dir> [--with-builtin]: the files made, one a line. */
export async function runInit(options: InitOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('init'));
  await render(initView(initDataset(options, ctx)), format, ctx.out, options);
}

function kindOf(path: string): 'missing' | 'directory' | 'other' {
  try {
    return lstatSync(path).isDirectory() ? 'directory' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new UsageError(`${path}: ${(error as NodeJS.ErrnoException).code ?? 'cannot be read'}`);
  }
}
