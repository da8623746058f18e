import type { Citation } from '../../model/records.js';
import { occurrences, overlaps, sentenceSpans, type Span } from '../../model/sentences.js';

/** A sentence of a source that no quote overlaps. */
export interface UncoveredSentence {
  readonly paragraph: number;
  readonly column: number;
  readonly text: string;
}

/** How much of one source's text the dataset's quotes cover, by sentence. */
export interface SourceCoverage {
  readonly source: string;
  readonly sentences: number;
  readonly covered: number;
  readonly uncovered: readonly UncoveredSentence[];
}

/** Counts the sentences of each source text that some quote overlaps. */
export function quoteCoverage(
  texts: ReadonlyMap<string, readonly string[]>,
  citations: readonly Citation[],
): SourceCoverage[] {
  return [...texts].map(([source, paragraphs]) => {
    const quoted = new Map<number, Span[]>();
    for (const citation of citations) {
      if (citation.source !== source) continue;
      const paragraph = paragraphs[citation.paragraph - 1] ?? '';
      const spans = quoted.get(citation.paragraph) ?? [];
      spans.push(...occurrences(paragraph, citation.quote));
      quoted.set(citation.paragraph, spans);
    }
    let sentences = 0;
    const uncovered: UncoveredSentence[] = [];
    paragraphs.forEach((paragraph, i) => {
      for (const sentence of sentenceSpans(paragraph)) {
        sentences++;
        if (!(quoted.get(i + 1) ?? []).some((quote) => overlaps(quote, sentence))) {
          uncovered.push({
            paragraph: i + 1,
            column: sentence.start + 1,
            text: paragraph.slice(sentence.start, sentence.end),
          });
        }
      }
    });
    return { source, sentences, covered: sentences - uncovered.length, uncovered };
  });
}
