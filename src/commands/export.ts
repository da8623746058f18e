import { lstatSync, readFileSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openDataset, type CommonOptions, type Context } from '../context.js';
import { writeAll } from '../edit/write.js';
import { UsageError } from '../errors.js';
import { didYouMean } from '../model/suggest.js';
import { isDirectory } from '../load/read/read.js';
import { chooseFormat, render } from '../output/render.js';
import { FULL_TEXT, sqliteFile } from '../output/sqlite.js';
import { allCommands, formatsOf } from '../spec/commands.js';
import { exportKindsView, sqliteExportedView, type SqliteExported } from '../views/sqlite-export.js';
import { sqliteTables } from '../views/sqlite-tables.js';

export interface ExportSqliteOptions extends CommonOptions {
  /** The SQLite file to write. */
  readonly file: string;
  /** Replace the file if it exists. */
  readonly force?: boolean | undefined;
}

/** car-brief export, without a verb: what it can export, each as its command; a verb it lacks is a usage error. */
export async function runExport(
  options: CommonOptions & { verb?: string | undefined },
  ctx: Context,
): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('export'));
  const verbs = allCommands().filter(({ fullName, spec }) => fullName.startsWith('export ') && !spec.hidden);
  if (options.verb !== undefined) {
    const names = verbs.map(({ spec }) => spec.name);
    const verb = options.verb;
    throw new UsageError(
      `export has no verb '${verb}'${didYouMean(verb, names)}; its verbs: ${names.join(', ')}`,
    );
  }
  const kinds = verbs.map(({ fullName, spec }) => ({
    usage: `car-brief ${fullName}${spec.argument ? ` ${spec.argument}` : ''}`,
    summary: spec.summary,
  }));
  const width = ctx.out.isTTY ? ctx.out.columns || 80 : undefined;
  await render(exportKindsView(kinds, width), format, ctx.out, options);
}

/**
 * Writes the dataset to an SQLite file: built whole in memory, then written beside the target and
 * renamed into place, so that the file is never seen half-written; an existing file only with
 * --force.
 */
export async function exportSqlite(options: ExportSqliteOptions, ctx: Context): Promise<SqliteExported> {
  const path = targetOf(options, ctx);
  const dataset = await openDataset(options, ctx);
  const document = sqliteTables(dataset);
  const bytes = Buffer.from(await sqliteFile(document));
  const existing = statOf(path) !== undefined;
  if (existing && !options.force) throw new UsageError(exists(options.file));
  writeAll([{ path, content: bytes, before: existing ? readFileSync(path) : undefined }], () => options.file);
  const search = document.tables.find((table) => table.fullText)!;
  return {
    file: options.file,
    bytes: bytes.length,
    replaced: existing,
    layout: document.version,
    tables: document.tables.map((table) => ({ name: table.name, rows: table.rows.length })),
    fullText: { table: `${search.name}_fts`, module: FULL_TEXT.module },
  };
}

/** car-brief export sqlite <file>: the dataset as an SQLite file, and what it holds. */
export async function runExportSqlite(options: ExportSqliteOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('export sqlite'));
  await render(sqliteExportedView(await exportSqlite(options, ctx)), format, ctx.out, options);
}

// The file to write, absolute; refused before any work when it cannot be one.
function targetOf(options: ExportSqliteOptions, ctx: Context): string {
  const file = options.file;
  if (file === '-')
    throw new UsageError(
      'export sqlite writes a binary file, not standard output: give a file name (brief.db)',
    );
  if (file.trim() === '') throw new UsageError('export sqlite needs a file name (brief.db)');
  if (ctx.cwd === undefined && !file.startsWith('/'))
    throw new UsageError(`the working directory no longer exists, so ${file} cannot be written there`);
  const path = resolve(ctx.cwd ?? '/', file);
  if (isDirectory(path))
    throw new UsageError(`${file} is a directory: give a file name inside it (brief.db)`);
  if (statOf(path) && !options.force) throw new UsageError(exists(file));
  if (!isDirectory(dirname(path))) throw new UsageError(`${file}: no such directory ${dirname(file)}`);
  return path;
}

const exists = (file: string) => `${file} exists: --force replaces it`;

// The file's own entry (a link itself, even a broken one), if there is one.
function statOf(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
