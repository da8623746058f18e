import type { CommonOptions, Context } from '../context.js';
import type { HelpTopic } from '../help/topics.js';
import { chooseFormat, render } from '../output/render.js';
import { scriptView } from '../views/completion.js';

/** car-brief help <topic>: the topic's text. */
export async function runHelpTopic(topic: HelpTopic, options: CommonOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(
    { json: options.json, format: options.format ?? (options.json ? undefined : 'text') },
    ctx.out,
    ['text'],
  );
  await render(scriptView(await topic.text()), format, ctx.out);
}
