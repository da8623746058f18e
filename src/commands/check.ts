import { readFile, stat } from 'node:fs/promises';
import { cannotRead } from '../load/read/read-errors.js';
import { resolve } from 'node:path';
import { checkDraft, disagrees } from '../factcheck/check-draft.js';
import { note, openDataset, type CommonOptions, type Context, type Stdin } from '../context.js';
import { DraftDisagreesError, UsageError } from '../errors.js';
import { chooseFormat, render, type View } from '../output/render.js';
import type { CheckResult } from '../factcheck/finding.js';
import { formatsOf } from '../spec/commands.js';
import { checkSummary, checkView } from '../views/check.js';
import { supportIn, type Support } from '../query/support.js';
import type { Dataset } from '../dataset/dataset.js';

export interface CheckOptions extends CommonOptions {
  /** The draft: a file, or - for standard input ('' : standard input, when it is not a terminal). */
  readonly draft: string;
  /** --suggest: each error's sentence rewritten with the source's figure or date. */
  readonly suggest?: boolean | undefined;
}

/** Drafts larger than this are refused rather than read: a draft is an article, not a library. */
export const MAX_DRAFT_BYTES = 4 * 1024 * 1024;

/** car-brief check [draft|-]: every figure, date and hedge of a draft measured against the dataset (exit 5 on a disagreement). */
export async function runCheck(options: CheckOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('check'));
  const stdin: Stdin = ctx.stdin ?? process.stdin;
  // No draft named, and one piped or redirected in (check < draft.md): read it, as grep and jq do.
  const piped = options.draft.trim() === '' && stdin.isTTY !== true;
  const draft = options.draft === '-' || piped ? await readStdin(stdin) : await readDraft(options, ctx);
  const dataset = await openDataset(options, ctx);
  const file = options.draft === '-' || piped ? '<stdin>' : options.draft;
  const { result, view } = checkText(dataset, draft, file, { suggest: options.suggest === true });
  if (result.findings.length > 0 || format === 'json' || format === 'md')
    await render(view, format, ctx.out, options);
  if (format !== 'json') note(ctx, checkSummary(result));
  if (disagrees(result)) {
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    throw new DraftDisagreesError(
      `${file} disagrees with the dataset (${errors} error${errors === 1 ? '' : 's'})`,
    );
  }
}

/**
 * A draft's text checked against the dataset: the engine's result, and the view check prints in
 * every format. The one function behind check, check --json and the language server (lsp reads
 * view.json, what check --json prints): change how a draft is checked here, and every face follows.
 */
export function checkText(
  dataset: Dataset,
  text: string,
  file: string,
  options: { readonly suggest?: boolean } = {},
): { result: CheckResult; view: View } {
  const result = checkDraft(dataset, text);
  const labelOf = (id: string) => {
    const entry = dataset.get(id);
    return entry?.type === 'source' ? entry.record.label : id;
  };
  const view = checkView(file, result, {
    suggest: options.suggest === true,
    labelOf,
    supportOf: recordSupport(dataset),
  });
  return { result, view };
}

// The support of a record named by id (a finding's record), if it cites.
function recordSupport(dataset: Dataset): (id: string) => Support | undefined {
  const supportOf = supportIn(dataset);
  return (id) => {
    const record = dataset.get(id)?.record;
    return record && 'sources' in record ? supportOf(record.sources) : undefined;
  };
}

// The draft on standard input.
async function readStdin(stdin: AsyncIterable<string | Uint8Array>): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += bytes.length;
    if (size > MAX_DRAFT_BYTES)
      throw new UsageError(`the draft on standard input is over ${MAX_DRAFT_BYTES / 1024 / 1024} MB`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

// The text of the draft: a file relative to the working directory.
async function readDraft(options: CheckOptions, ctx: Context): Promise<string> {
  if (options.draft.trim() === '')
    throw new UsageError(
      'check needs a draft: a file, - for standard input, or one piped in (check < draft.md)',
    );
  const path = resolve(ctx.cwd ?? '.', options.draft);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new UsageError(`${options.draft} is a directory; give a draft file, or - for standard input`);
    // A device or a pipe may never end (/dev/zero): a draft is a file, or standard input.
    if (!info.isFile())
      throw new UsageError(
        `${options.draft} is not a regular file; give a draft file, or - for standard input`,
      );
    size = info.size;
  } catch (error) {
    throw unreadable(error, options.draft);
  }
  if (size > MAX_DRAFT_BYTES)
    throw new UsageError(`${options.draft} is over ${MAX_DRAFT_BYTES / 1024 / 1024} MB`);
  try {
    return (await readFile(path)).toString('utf8');
  } catch (error) {
    throw unreadable(error, options.draft);
  }
}

// A draft that cannot be read is a usage error, said in words (ENOENT, EACCES, ENAMETOOLONG...).
function unreadable(error: unknown, draft: string): Error {
  if (error instanceof UsageError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UsageError(`${draft}: no such file`);
  if (code !== undefined) return new UsageError(`${draft}: ${cannotRead(error as NodeJS.ErrnoException)}`);
  return error as Error;
}
