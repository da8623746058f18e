import { humanDate } from '../../model/human-dates.js';
import { paragraphsBySource, type Citation, type Source } from '../../model/records.js';
import type { Answer } from '../../query/search/fact.js';
import { Footnotes, markdownEnd, markdownText } from '../../output/markdown.js';
import { cellText } from '../../output/sanitize.js';
import { claimMarkdown } from '../brief/country-md.js';
import { disagreementLines } from '../disagreements.js';
import type { SupportOf } from '../../query/support.js';
import { supportWords } from '../support.js';

// The citation styles of fact's pasteable line: plain ("— Label, ¶2", in fact.ts), a Markdown
// footnote, or a Chicago-style note a writer pastes under the sentence.

type SourceOf = (id: string) => Source | undefined;

/** Answers as Markdown: each a paragraph with its footnotes (the first saying its support), then the footnotes' definitions. */
export function factMarkdown(
  answers: readonly Answer[],
  sourceOf: SourceOf,
  answerText: (a: Answer) => string,
  supportOf?: SupportOf,
): string {
  const notes = new Footnotes();
  const label = (id: string) => sourceOf(id)?.label ?? id;
  const paragraphs = answers.map((answer) => {
    const support = supportOf && supportWords(supportOf(answer.record.sources));
    const said =
      answer.type === 'claim'
        ? claimMarkdown(answer.record, notes, label, support)
        : `${markdownText(answerText(answer))}${notes.cite(answer.record, label, support)}`;
    const disputes = disagreementLines(answer.record, sourceOf).map((line) => `\n\n${markdownText(line)}`);
    return said + disputes.join('');
  });
  return markdownEnd([...paragraphs, notes.definitions().join('\n')].join('\n\n'));
}

/**
 * A note in the style of the Chicago Manual (notes and bibliography): author, “title,” publisher,
 * date, paragraph; an untitled source is described by its label, which carries its date. A date
 * the source does not state is bracketed, as Chicago marks a date supplied by the citer.
 */
export function chicagoNote(citations: readonly Citation[], sourceOf: SourceOf): string {
  const notes = [...paragraphsBySource(citations)].map(([id, paragraphs]) => {
    const source = sourceOf(id);
    const where = paragraphs.length === 1 ? `para. ${paragraphs[0]}` : `paras. ${paragraphs.join(', ')}`;
    if (!source) return `${id}, ${where}`;
    const parts: string[] = [];
    if (source.author) parts.push(`${source.author}, `);
    if (source.title) {
      const date = humanDate(source.published);
      const dated = source.published_basis === 'inferred' ? `[${date}]` : date;
      parts.push(`“${source.title},” `, source.publisher ? `${source.publisher}, ` : '', `${dated}, `);
    } else {
      parts.push(`${source.label}, `, source.publisher ? `${source.publisher}, ` : '');
    }
    return `${parts.join('')}${where}`;
  });
  return cellText(`${notes.join('; ')}.`);
}

/** An answer with a Chicago note: its sentence with a note number, and the numbered note. */
export function chicagoLines(answer: Answer, n: number, sourceOf: SourceOf, text: string): string[] {
  return [cellText(`${text}${superscript(n)}`), `${n}. ${chicagoNote(answer.record.sources, sourceOf)}`];
}

// A note number as a word processor shows it: ¹, ², … ¹⁰.
function superscript(n: number): string {
  return [...String(n)].map((digit) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(digit)]).join('');
}
