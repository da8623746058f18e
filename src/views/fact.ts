import { humanDate } from '../model/human-dates.js';
import { paragraphsBySource } from '../model/records.js';
import type { Citation, Claim, Source } from '../model/records.js';
import type { Answer } from '../query/search/fact.js';
import { formatFigure } from '../model/format.js';
import { lazyView, type View } from '../output/render.js';
import { cellText } from '../output/sanitize.js';
import { disagreementLines } from './disagreements.js';
import type { CiteStyle } from '../spec/formats.js';
import { chicagoLines, factMarkdown } from './cite/fact-cite.js';
import type { Support, SupportOf } from '../query/support.js';
import { supportPhrase } from './support.js';
import type { StaleItem } from '../query/stale/judge.js';
import { staleMark } from './stale.js';

/** TSV/CSV columns of `fact`: a claim's fields, then the record's type and, for an event, its EDTF date. */
export const FACT_COLUMNS = [
  'statement',
  'figures',
  'kind',
  'attribution',
  'citation',
  'quote',
  'id',
  'type',
  'date',
  'sources',
  'independent',
  'latest',
];

type SourceOf = (id: string) => Source | undefined;

/** "Untitled analysis … (late 2024), ¶2, 4": a citation a writer can paste. */
export function citation(record: { readonly sources: readonly Citation[] }, sourceOf: SourceOf): string {
  return [...paragraphsBySource(record.sources)]
    .map(([source, paragraphs]) => `${sourceOf(source)?.label ?? source}, ¶${paragraphs.join(', ')}`)
    .join('; ');
}

/** How a claim's kind reads in a pasted line: who reports a report, whose judgement an assessment is. */
function readerKind(claim: Claim): string {
  if (claim.kind === 'report') {
    const by = claim.attribution ?? 'reports';
    // "Almost all exporters and importers have expressed concern…" says already who reports it.
    return claim.statement.toLowerCase().includes(by.toLowerCase()) ? '' : ` (according to ${by})`;
  }
  if (claim.kind === 'assessment') return " (the author's assessment)";
  return '';
}

/** How an answer is said: with its figures; marked when stale as of the as-of date. */
export interface AnswerOptions {
  readonly figures?: boolean | undefined;
  /** Why a record is stale, where the command judged it (undefined: not stale). */
  readonly stale?: ((id: string) => StaleItem | undefined) | undefined;
}

/** What an answer says, without its citation: a claim's statement, an event's date and title, a person's summary. */
export function answerText(answer: Answer, options: AnswerOptions = {}): string {
  const stale = staleMark(options.stale?.(answer.record.id));
  switch (answer.type) {
    case 'claim': {
      const claim = answer.record;
      const figures =
        options.figures && claim.figures.length > 0 ? ` [${claim.figures.map(formatFigure).join('; ')}]` : '';
      const pending = stale ? ` (pending, ${stale})` : '';
      return `${claim.statement}${figures}${readerKind(claim)}${pending}`;
    }
    case 'event': {
      const event = answer.record;
      const marks = [event.status === 'happened' ? '' : event.status, stale].filter(Boolean);
      const status = marks.length > 0 ? ` (${marks.join(', ')})` : '';
      const basis = event.date_basis === 'inferred' ? ' (date inferred)' : '';
      return `${humanDate(event.date)}${basis}: ${event.title}${status}`;
    }
    case 'actor':
      return `${answer.record.name}: ${answer.record.summary}`;
  }
}

/** An answer as one line: what it says, then — its citation. */
export function factLine(answer: Answer, sourceOf: SourceOf, options: AnswerOptions = {}): string {
  return cellText(`${answerText(answer, options)} — ${citation(answer.record, sourceOf)}`);
}

/** The verbatim quotes of an answer, one line each, with their citations. */
export function quoteLines(answer: Answer, sourceOf: SourceOf): string[] {
  return answer.record.sources.map((c) =>
    cellText(`“${c.quote}” — ${sourceOf(c.source)?.label ?? c.source}, ¶${c.paragraph}`),
  );
}

/** "Support: 1 source, late 2024": how many sources an answer rests on, how many independent, and how old. */
export function supportLine(support: Support): string {
  return cellText(`Support: ${supportPhrase(support)}`);
}

/**
 * The text lines of one answer (the nth): its pasteable line in the citation style asked for, or
 * its quotes; then its support, and where its sources disagree.
 */
function answerLines(answer: Answer, n: number, sourceOf: SourceOf, options: FactViewOptions): string[] {
  const said = options.quote
    ? quoteLines(answer, sourceOf)
    : options.cite === 'chicago'
      ? chicagoLines(answer, n, sourceOf, answerText(answer, options))
      : [factLine(answer, sourceOf, options)];
  const support =
    options.supportOf && options.sayLine ? [supportLine(options.supportOf(answer.record.sources))] : [];
  return [...said, ...support, ...disagreementLines(answer.record, sourceOf)];
}

/** Options of the fact view: quotes instead of lines, several answers, figures, and a terminal's width to wrap at. */
export interface FactViewOptions extends AnswerOptions {
  readonly quote?: boolean | undefined;
  readonly all?: boolean | undefined;
  readonly width?: number | undefined;
  /** How the pasteable line cites: plain (— Label, ¶2), md (a footnote), chicago (a numbered note). */
  readonly cite?: CiteStyle | undefined;
  /** The support of an answer's citations: in its JSON, TSV and first footnote (and its own line with sayLine). */
  readonly supportOf?: SupportOf | undefined;
  /** A line under each answer says its support (on a terminal; in a pipe the answer stays one line to paste). */
  readonly sayLine?: boolean | undefined;
}

/** Answers as pasteable lines (or their quotes), rows for scripts, records for JSON (one, or an array with --all). */
export function factView(answers: readonly Answer[], sourceOf: SourceOf, options: FactViewOptions): View {
  return lazyView({
    text: () => {
      if (options.cite === 'md' && !options.quote)
        return factMarkdown(answers, sourceOf, (answer) => answerText(answer, options), options.supportOf);
      const blocks = answers.map((answer, i) => answerLines(answer, i + 1, sourceOf, options));
      // A terminal wraps a long line wherever the screen ends, mid-word: wrap it between words,
      // and set several answers apart with a blank line.
      const { width } = options;
      if (width === undefined) return blocks.flat().join('\n') + '\n';
      const wrapped = blocks.map((lines) => lines.map((line) => wrapWords(line, width)).join('\n'));
      return wrapped.join(wrapped.some((text) => text.includes('\n')) ? '\n\n' : '\n') + '\n';
    },
    rows: () => ({
      columns: FACT_COLUMNS,
      rows: answers.map((answer) => {
        const claim = answer.type === 'claim' ? answer.record : undefined;
        const support = options.supportOf?.(answer.record.sources);
        return [
          claim ? claim.statement : answer.type === 'event' ? answer.record.title : answerText(answer),
          claim ? claim.figures.map(formatFigure).join('; ') : '',
          claim ? claim.kind : '',
          claim?.attribution ?? '',
          citation(answer.record, sourceOf),
          answer.record.sources[0]?.quote ?? '',
          answer.record.id,
          answer.type,
          answer.type === 'event' ? answer.record.date : '',
          support ? String(support.sources) : '',
          support ? String(support.independent) : '',
          support?.latest ?? '',
        ];
      }),
    }),
    json: () => {
      const records = answers.map((a) => withSupport(a.record, options.supportOf));
      return options.all ? records : records[0];
    },
    markdown: () =>
      factMarkdown(answers, sourceOf, (answer) => answerText(answer, options), options.supportOf),
  });
}

/** A record as JSON gives it: its fields, then its support ({sources, independent, latest}) when known. */
export function withSupport<T extends { readonly sources: readonly Citation[] }>(
  record: T,
  supportOf: SupportOf | undefined,
): T | (T & { support: Support }) {
  return supportOf ? { ...record, support: supportOf(record.sources) } : record;
}

// A line broken at spaces into lines of at most width characters (a longer word has a line of its
// own). Here rather than taken from the report renderer, whose module loads the tables' modules.
function wrapWords(line: string, width: number): string {
  const lines: string[] = [];
  for (const word of line.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}
