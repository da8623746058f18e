import { openDataset, type CommonOptions, type Context } from '../context.js';
import { UsageError } from '../errors.js';
import { didYouMean } from '../model/suggest.js';
import { chooseFormat, render } from '../output/render.js';
import { formatsOf } from '../spec/commands.js';
import type { Completion } from '../spec/values.js';
import type { DatasetValues } from '../spec/values.js';
import { completionScript } from '../completion/scripts.js';
import { SHELLS, type Shell } from '../spec/shells.js';
import { completionView, scriptView } from '../views/completion.js';

export interface CompletionOptions extends CommonOptions {
  readonly shell: string;
}

/** car-brief completion bash|zsh|fish: the shell's completion script. */
export async function runCompletion(options: CompletionOptions, ctx: Context): Promise<void> {
  const shell = options.shell.toLowerCase();
  if (!(SHELLS as readonly string[]).includes(shell)) {
    throw new UsageError(
      `no completion for "${options.shell}"${didYouMean(shell, SHELLS)}; use one of: ${SHELLS.join(', ')}`,
    );
  }
  const format = chooseFormat(options, ctx.out, formatsOf('completion'));
  await render(scriptView(completionScript(shell as Shell)), format, ctx.out);
}

/** What may follow the words typed after "car-brief" (the last being completed). */
export async function completeWords(
  words: readonly string[],
  options: CommonOptions,
  ctx: Context,
): Promise<Completion> {
  // The completer, the command list and the help topics load only when a shell asks.
  const [{ complete }, { completionCommands, completionGlobals }, { helpCompletion }, { datasetCandidates }] =
    await Promise.all([
      import('../completion/complete.js'),
      import('../completion/declared.js'),
      import('../help/topics.js'),
      import('../completion/values.js'),
    ]);
  return complete(words, {
    commands: completionCommands(helpCompletion()),
    globals: completionGlobals,
    dataset: async (values: DatasetValues, data: string | undefined) => {
      try {
        const dataset = await openDataset({ ...options, data: data ?? options.data }, ctx);
        return datasetCandidates(dataset, values);
      } catch {
        return []; // a dataset that cannot be read offers nothing; a Tab never prints an error
      }
    },
  });
}

/** car-brief __complete <words...>: what the completion scripts offer (see completion/scripts.ts). */
export async function runComplete(
  words: readonly string[],
  options: CommonOptions,
  ctx: Context,
): Promise<void> {
  await render(completionView(await completeWords(words, options, ctx)), 'text', ctx.out);
}
