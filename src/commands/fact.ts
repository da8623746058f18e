import type { Dataset } from '../dataset/dataset.js';
import { sourceOf } from '../query/lookup.js';
import { parseLimit } from '../query/filters.js';
import { answersAsked, rankFacts, type Answer } from '../query/search/fact.js';
import { readQuestion } from '../query/search/question.js';
import { SearchIndex } from '../query/search/search.js';
import { supportIn } from '../query/support.js';
import { queryTokens } from '../model/words.js';
import { asOfFor, note, openDataset, type CommonOptions, type Context } from '../context.js';
import { StaleJudge } from '../query/stale/judge.js';
import { NotFoundError, UsageError } from '../errors.js';
import { chooseFormat, render, type View } from '../output/render.js';
import { formatsOf } from '../spec/commands.js';
import { shellWord } from '../output/shell.js';
import { factView } from '../views/fact.js';
import type { CiteStyle, Format } from '../spec/formats.js';
import { noteWords, quoted, requireWords } from './search.js';

export interface FactOptions extends CommonOptions {
  readonly query: string;
  readonly quote?: boolean | undefined;
  readonly all?: boolean | undefined;
  readonly limit?: string | undefined;
  /** --figures: the claim's figures in [brackets] after its statement. */
  readonly figures?: boolean | undefined;
  /** --cite: how the pasteable line cites its source. */
  readonly cite?: CiteStyle | undefined;
}

/** Below this score the answer is offered with a note that it is a weak match. */
export const FACT_WEAK_SCORE = 0.4;

/**
 * The best answers (one; with --all or --limit a few): claims, and for "when" or "who" events or
 * people; none that fits sensibly is a NotFoundError. With ctx, a tie or a weak match is noted.
 */
export async function findFacts(dataset: Dataset, options: FactOptions, ctx?: Context): Promise<Answer[]> {
  requireWords(options.query, 'car-brief fact TAPI length');
  if (queryTokens(readQuestion(options.query).words).length === 0) {
    throw new UsageError(
      `${quoted(options.query)} asks a question but names nothing to look up, e.g. car-brief fact how long is TAPI`,
    );
  }
  const many = options.limit !== undefined ? parseLimit(options.limit) : options.all ? 5 : 1;
  const found = rankFacts(await SearchIndex.open(dataset), options.query, many);
  if (ctx) noteWords(ctx, found.ranking, found.best);
  const [best] = found.best;
  if (best === undefined) {
    throw new NotFoundError(
      `no claim matches ${quoted(options.query)} well enough`,
      found.nearest.slice(0, 3),
      'car-brief search looks through every record',
    );
  }
  // A question whose key words the data lacks ("who owns Gwadar port": nothing says "owns"),
  // answered by what it does not ask for (no person): the data does not know, and says so.
  const missing = found.ranking.unmatched;
  if (found.asks !== undefined && missing.length > 0 && !answersAsked(dataset, best.answer, found.asks)) {
    throw new NotFoundError(
      `nothing in the data answers ${quoted(options.query)}: no record mentions ${missing.join(', ')}, and the nearest answer gives no ${found.asks}`,
      found.best.map((candidate) => candidate.answer.record.id).slice(0, 3),
      'car-brief search looks through every record',
    );
  }
  if (ctx && many === 1) {
    const all = allCommand(options);
    if (found.tie) note(ctx, `other answers match as well; ${all} lists them`);
    else if (best.score < FACT_WEAK_SCORE) note(ctx, `a weak match; ${all} shows the next best`);
  }
  return found.best.map((candidate) => candidate.answer);
}

// The command that lists the best few answers to the same query, as the user can paste it.
function allCommand(options: FactOptions): string {
  const data = options.data !== undefined ? ` --data ${shellWord(options.data)}` : '';
  return `car-brief${data} fact ${shellWord(options.query)} --all`;
}

/** car-brief fact <query...>: one line a writer can paste. */
export async function runFact(options: FactOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('fact'));
  const dataset = await openDataset(options, ctx);
  const answers = await findFacts(dataset, options, ctx);
  const all = options.all === true || options.limit !== undefined;
  await render(answersView(dataset, answers, { ...options, all }, format, ctx), format, ctx.out, options);
}

/** How answers are said: fact's options that shape its lines (claims and show --cite say theirs so too). */
export type AnswerLineOptions = Pick<FactOptions, 'quote' | 'all' | 'figures' | 'cite'>;

/**
 * Answers as fact says them: the pasteable lines in the citation style asked for (wrapped on a
 * terminal, each with its support), marked when stale as of the as-of date; rows and JSON for scripts.
 */
export function answersView(
  dataset: Dataset,
  answers: readonly Answer[],
  options: AnswerLineOptions & CommonOptions,
  format: string,
  ctx: Context,
): View {
  const judge = new StaleJudge(dataset, asOfFor(options, ctx, dataset));
  // On a terminal, long answers wrap between words; in a pipe each stays one line to paste.
  const width = format === 'text' && ctx.out.isTTY ? ctx.out.columns || 80 : undefined;
  return factView(answers, (id) => sourceOf(dataset, id), {
    quote: options.quote,
    all: options.all,
    figures: options.figures,
    width,
    cite: options.cite,
    supportOf: supportIn(dataset),
    sayLine: ctx.out.isTTY,
    stale: (id) => judge.byId(id),
  });
}

/**
 * The format of a command whose --cite shapes its text lines (claims, show): --cite alone asks for
 * them; with any other format it is refused, as it would change nothing.
 */
export function citedFormat(
  options: CommonOptions & { readonly cite?: CiteStyle | undefined },
  ctx: Context,
  command: string,
): Format {
  const cite = options.cite;
  const asked = cite !== undefined && options.format === undefined && !options.json;
  const format = chooseFormat(asked ? { ...options, format: 'text' } : options, ctx.out, formatsOf(command));
  if (cite !== undefined && format !== 'text') {
    throw new UsageError(
      `--cite ${cite} shapes the lines to paste (--format text); --format ${format} does not use it: give one`,
    );
  }
  return format;
}
