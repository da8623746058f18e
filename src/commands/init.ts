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
  const where = (path: string) => kindOf(root, path, options.dir);
  const kind = where('');
  if (kind !== 'missing' && kind !== 'directory')
    throw new UsageError(`init ${options.dir}: ${IN_THE_WAY[kind]}`);
  // A folder it would make must be missing or a directory: a file or a link there (a dangling
  // one too) would make mkdir fail halfway, or write through the link.
  for (const folder of INIT_FOLDERS) {
    const found = where(folder);
    if (found !== 'missing' && found !== 'directory')
      throw new UsageError(
        `init ${options.dir}: ${folder} ${IN_THE_WAY[found]}; init never overwrites a file`,
      );
  }
  const files = plannedFiles(options.withBuiltin === true);
  const existing = files.map((file) => file.path).filter((path) => where(path) !== 'missing');
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

type Kind = 'missing' | 'directory' | 'link' | 'other';

const IN_THE_WAY: Record<Exclude<Kind, 'missing' | 'directory'>, string> = {
  link: 'is a symbolic link, which init does not follow',
  other: 'exists and is not a directory',
};

// What is at a path, without following a link; a path that cannot be looked at is a usage error
// naming it (a part of it is a file, permission denied).
function kindOf(root: string, path: string, dir: string): Kind {
  try {
    const stat = lstatSync(join(root, path));
    return stat.isDirectory() ? 'directory' : stat.isSymbolicLink() ? 'link' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'missing';
    const why = (code && UNREADABLE[code]) ?? code ?? 'cannot be looked at';
    throw new UsageError(`init ${dir}: ${path === '' ? '' : `${path}: `}${why}`);
  }
}

const UNREADABLE: Record<string, string> = {
  ENOTDIR: 'a part of the path is a file, not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};
