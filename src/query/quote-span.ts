import { foldForQuote, originalSpan, type FoldedText } from '../model/fold.js';
import {
  MAX_HITS,
  MAX_STRETCH,
  closeness,
  phraseMatches,
  quotePhrase,
  quoteTokens,
  wordsOf,
} from './quote.js';

// `add … --find <words>`: the verbatim spans that the words a writer remembers could stand for,
// matched as `quote` matches them (case, quotation marks, dashes, accents, forms of a word). A
// citation takes a span only when there is exactly one: the words as a phrase wherever they stand
// as whole words, else each shortest stretch of a paragraph holding every one of the words. What
// comes back is cut from the paragraph itself, so it is always verbatim in it.

/** A span the words stand for: its paragraph (1-based) and the verbatim text. */
export interface QuoteSpan {
  readonly paragraph: number;
  readonly quote: string;
}

/**
 * Every span of the paragraphs (only paragraph `only`, if given) that the words stand for, in text
 * order, each (paragraph, text) once: the phrase's places, else the shortest stretches holding every word.
 */
export function spansHolding(paragraphs: readonly string[], words: string, only?: number): QuoteSpan[] {
  const phrase = quotePhrase(words);
  if (!/[\p{L}\p{N}]/u.test(phrase)) return [];
  const inScope = paragraphs.flatMap((text, i) => (only === undefined || only === i + 1 ? [i] : []));
  const folded = new Map(inScope.map((i) => [i, foldForQuote(paragraphs[i]!)]));
  const phrases = inScope.flatMap((i) =>
    phraseMatches(folded.get(i)!, phrase)
      .filter((match) => match.score === 1)
      .map((match) => ({ paragraph: i + 1, quote: match.quote })),
  );
  const tokens = quoteTokens(words);
  const spans =
    phrases.length > 0 || tokens.length === 0
      ? phrases
      : inScope.flatMap((i) =>
          stretchesHolding(folded.get(i)!, tokens).map((quote) => ({ paragraph: i + 1, quote })),
        );
  const seen = new Set<string>();
  return spans.filter(({ paragraph, quote }) => {
    const key = `${paragraph}\0${quote}`;
    return !seen.has(key) && seen.add(key);
  });
}

// The shortest stretches of a paragraph holding every token: for each word that matches one, the
// nearest later word that completes the set; a stretch holding a shorter one is left out.
function stretchesHolding(folded: FoldedText, tokens: readonly string[]): string[] {
  const words = wordsOf(folded.text);
  const hits: { index: number; token: number }[] = [];
  words.forEach((word, index) =>
    tokens.forEach((token, t) => {
      if (hits.length < MAX_HITS && closeness(token, word.key) > 0) hits.push({ index, token: t });
    }),
  );
  const windows: [from: number, to: number][] = [];
  for (let a = 0; a < hits.length; a++) {
    const held = new Set<number>();
    for (let b = a; b < hits.length; b++) {
      if (hits[b]!.index - hits[a]!.index + 1 > MAX_STRETCH) break;
      held.add(hits[b]!.token);
      if (held.size === tokens.length) {
        windows.push([hits[a]!.index, hits[b]!.index]);
        break;
      }
    }
  }
  const shortest = windows.filter(
    ([from, to]) => !windows.some(([f, t]) => from <= f && t <= to && (from !== f || to !== t)),
  );
  return shortest.map(([from, to]) => originalSpan(folded, words[from]!.from, words[to]!.to));
}
