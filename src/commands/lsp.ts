import { resolve } from 'node:path';
import { format } from 'node:util';
import { datasetLocation, type CommonOptions, type Context } from '../context.js';
import { SessionEndedError, UsageError } from '../errors.js';
import { loadDataset } from '../load/index.js';
import type { DatasetPlace } from '../lsp/dataset.js';
import { serve } from '../lsp/session.js';
import { VERSION } from '../version.js';

export interface LspOptions extends CommonOptions {
  /** --stdio: what editors pass; standard input and output are the only way the server talks. */
  readonly stdio?: boolean | undefined;
  readonly clientProcessId?: string | undefined;
}

/** Where the session reads and writes: the process's standard streams, or a test's. */
export interface LspStreams {
  readonly input: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly output: NodeJS.WritableStream;
  /** Where a person starting it by hand is told what it is (stderr). */
  readonly log: { write(text: string): unknown };
}

/**
 * car-brief lsp [--stdio]: a language server for an editor, on standard input and output, until
 * the editor ends it (exit 0 after shutdown; 1 without, as the protocol says).
 */
export async function runLsp(options: LspOptions, ctx: Context, streams?: LspStreams): Promise<void> {
  const asked = options.json === true ? 'json' : options.format;
  if (asked !== undefined)
    throw new UsageError(
      `--format ${asked} is not available here: lsp speaks the Language Server Protocol to an editor, on standard input and output`,
    );
  const pid = options.clientProcessId === undefined ? undefined : Number(options.clientProcessId);
  if (pid !== undefined && !(Number.isInteger(pid) && pid > 0))
    throw new UsageError(`--clientProcessId takes a process id, not ${options.clientProcessId}`);
  // A wrong --data is said now (exit 2), not once an editor is waiting.
  const located = datasetLocation(options, ctx);
  const place = (data?: string, root?: string): DatasetPlace => {
    const { dir, load } =
      data === undefined ? located : datasetLocation({ ...options, data }, { ...ctx, cwd: root ?? ctx.cwd });
    return { root: resolve(load.cwd, dir), open: () => loadDataset(dir, load) };
  };
  const own = streams === undefined;
  const { input, output, log } = streams ?? {
    input: process.stdin,
    output: process.stdout,
    log: process.stderr,
  };
  if (input.isTTY === true)
    log.write(
      'car-brief lsp speaks the Language Server Protocol on standard input and output: an editor starts it (docs/editors.md)\n',
    );
  // Standard output carries the protocol alone: whatever a library prints goes to stderr.
  const restore = own ? quietConsole(log) : () => {};
  try {
    const code = await serve(
      { input, output },
      { version: VERSION, place, ...(pid ? { clientProcessId: pid } : {}) },
    );
    if (code !== 0)
      throw new SessionEndedError('the editor ended the language server without shutting it down first');
  } finally {
    restore();
    // Standard input would keep the process alive: the session is over.
    if (own) process.stdin.destroy();
  }
}

// console.log and its kind, written to stderr instead of stdout, until restored.
function quietConsole(log: { write(text: string): unknown }): () => void {
  const saved = { log: console.log, info: console.info, debug: console.debug };
  const toLog = (...args: unknown[]) => void log.write(format(...args) + '\n');
  Object.assign(console, { log: toLog, info: toLog, debug: toLog });
  return () => Object.assign(console, saved);
}
