import type { CommonOptions, Context } from '../context.js';
import type { HelpTopic } from '../help/topics.js';
import { chooseFormat, render } from '../output/render.js';
import { HELP_FORMATS } from '../spec/commands.js';
import { scriptView } from '../views/completion.js';

/** car-brief help <topic>: the topic's text. */
export async function runHelpTopic(topic: HelpTopic, options: CommonOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, HELP_FORMATS);
  await render(scriptView(await topic.text()), format, ctx.out);
}
