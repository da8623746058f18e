import { paragraphsBySource } from './records.js';
import { formatNumber } from './numbers.js';
import type { Citation, Figure } from './records.js';

const QUALIFIER_WORDS: Record<Figure['qualifier'], string> = {
  exactly: '',
  over: 'over ',
  under: 'under ',
  about: 'about ',
};

/** A figure as a writer would quote it: "1,735 km", "over 20%". */
export function formatFigure(figure: Figure): string {
  const value = formatNumber(figure.value);
  const unit = figure.unit === '%' ? '%' : ` ${figure.unit}`;
  return `${QUALIFIER_WORDS[figure.qualifier]}${value}${unit}`;
}

/** Citations grouped by source: "pak-car-analysis-2024 ¶2, 4". */
export function formatCitations(citations: readonly Citation[]): string {
  if (citations.length === 1) return `${citations[0]!.source} ¶${citations[0]!.paragraph}`; // most records
  return [...paragraphsBySource(citations)]
    .map(([source, paragraphs]) => `${source} ¶${paragraphs.join(', ')}`)
    .join('; ');
}

/** Citations as short as they can be: "¶2, 4" from one source, with source ids when there are several. */
export function formatParagraphRefs(citations: readonly Citation[]): string {
  const bySource = paragraphsBySource(citations);
  if (bySource.size === 1) return `¶${[...bySource.values()][0]!.join(', ')}`;
  return formatCitations(citations);
}

/** Paragraph numbers as a compact list: "2, 4–7, 9". */
export function formatParagraphs(paragraphs: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    let j = i;
    while (j + 1 < paragraphs.length && paragraphs[j + 1] === paragraphs[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${paragraphs[i]}–${paragraphs[j]}` : paragraphs.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return parts.join(', ');
}
