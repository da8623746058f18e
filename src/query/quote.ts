import { foldForQuote, originalSpan, type FoldedText } from '../model/fold.js';
import { editDistance } from '../model/suggest.js';
import { queryTokens, wordCloseness } from '../model/words.js';

// `quote`: where in a source's paragraphs the words a writer remembers are, as verbatim spans to
// cite. The words and the paragraphs are compared folded (case, quotation marks, dashes, spacing,
// diacritics: model/fold.ts); what is returned is cut from the paragraph itself, so that it is
// always verbatim in it. The words as one phrase score 1; otherwise the shortest stretch of a
// paragraph holding most of the words scores below 1, by how many it holds and how closely.

/** One passage found: its paragraph (1-based), the verbatim span, and how well it matches (0–1). */
export interface QuoteMatch {
  readonly paragraph: number;
  readonly quote: string;
  readonly score: number;
}

/** A stretch holding fewer of the words than this share is not offered. */
const MIN_COVERAGE = 0.5;
/** The best a stretch of scattered words can score: below any whole phrase. */
const SCATTERED_MAX = 0.9;
/** At most this many distinct words of what was typed are looked for. */
const MAX_WORDS = 32;
/** At most this many words of a paragraph that match are weighed (a bound on the cost of a huge one). */
export const MAX_HITS = 400;
/** The longest stretch offered, in words: words further apart are not one passage to quote. */
export const MAX_STRETCH = 40;

/** The passages of paragraphs that best match words, best first (then in text order); [] when none does. */
export function findQuotes(paragraphs: readonly string[], words: string): QuoteMatch[] {
  const phrase = quotePhrase(words);
  if (!/[\p{L}\p{N}]/u.test(phrase)) return []; // punctuation alone is no quote
  const tokens = quoteTokens(words);
  const found: (QuoteMatch & { at: number })[] = [];
  paragraphs.forEach((paragraph, i) => {
    const folded = foldForQuote(paragraph);
    const exact = phraseMatches(folded, phrase);
    if (exact.length > 0) {
      found.push(...exact.map((match) => ({ ...match, paragraph: i + 1 })));
      return;
    }
    const scattered = tokens.length > 0 ? bestStretch(folded, tokens) : undefined;
    if (scattered) found.push({ ...scattered, paragraph: i + 1 });
  });
  // The same span twice in a paragraph is one citation.
  const seen = new Set<string>();
  return found
    .sort((a, b) => b.score - a.score || a.paragraph - b.paragraph || a.at - b.at)
    .filter(
      ({ paragraph, quote }) => !seen.has(`${paragraph}\0${quote}`) && seen.add(`${paragraph}\0${quote}`),
    )
    .map(({ paragraph, quote, score }) => ({ paragraph, quote, score }));
}

/** The words as a phrase, folded, without the quotation marks and final stop a writer may type around it. */
export function quotePhrase(words: string): string {
  return foldForQuote(words)
    .text.replace(/^[\s"']+/, '')
    .replace(/[\s"'.,;:!?]+$/, '');
}

/** Every place the folded phrase occurs: 1 where it stands as whole words, a little less inside a word. */
export function phraseMatches(
  folded: FoldedText,
  phrase: string,
): { quote: string; score: number; at: number }[] {
  const matches: { quote: string; score: number; at: number }[] = [];
  for (let at = folded.text.indexOf(phrase); at >= 0; at = folded.text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    const whole = !isWordChar(folded.text[at - 1]) && !isWordChar(folded.text[end]);
    matches.push({ quote: originalSpan(folded, at, end), score: whole ? 1 : 0.95, at });
  }
  return matches;
}

/** A word as quote matching compares it: digits grouped or not (1,735 and 1735), apostrophes dropped. */
export interface Word {
  readonly key: string;
  /** Where it is in the folded text. */
  readonly from: number;
  readonly to: number;
}

// Letters and digits, with the apostrophes, commas and points inside a word or number kept in it.
const WORD = /[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*/gu;

/** The words of a folded text, where each is. */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    key: match[0].replace(/['.,]/g, ''),
    from: match.index,
    to: match.index + match[0].length,
  }));
}

/** The words looked for: those that carry meaning (every word, when none does), each once. */
export function quoteTokens(words: string): string[] {
  const all = [...new Set(wordsOf(foldForQuote(words).text).map((word) => word.key))];
  const meaningful = new Set(queryTokens(all.join(' ')));
  const kept = all.filter((word) => meaningful.has(word));
  return (kept.length > 0 ? kept : all).slice(0, MAX_WORDS);
}

/** How close a word of the text is to a word looked for: itself, a form of it, or one slip of the keys (0: not). */
export function closeness(token: string, word: string): number {
  const near = wordCloseness(token, word);
  if (near > 0) return near;
  if (token.length >= 5 && editDistance(token, word, 1) <= 1) return 0.8;
  return 0;
}

/**
 * The stretch of a paragraph that best holds the words: for each start at a matching word, each end
 * at a later one, what share of the words it holds (by closeness) and how little else it holds.
 */
function bestStretch(
  folded: FoldedText,
  tokens: readonly string[],
): { quote: string; score: number; at: number } | undefined {
  const words = wordsOf(folded.text);
  const hits: { index: number; token: number; weight: number }[] = [];
  words.forEach((word, index) => {
    tokens.forEach((token, t) => {
      const weight = closeness(token, word.key);
      if (weight > 0 && hits.length < MAX_HITS) hits.push({ index, token: t, weight });
    });
  });
  let best: { from: number; to: number; score: number } | undefined;
  for (let a = 0; a < hits.length; a++) {
    const weights = new Array<number>(tokens.length).fill(0);
    let sum = 0;
    let held = 0;
    for (let b = a; b < hits.length; b++) {
      const hit = hits[b]!;
      if (hit.weight > weights[hit.token]!) {
        if (weights[hit.token] === 0) held++;
        sum += hit.weight - weights[hit.token]!;
        weights[hit.token] = hit.weight;
      }
      const coverage = sum / tokens.length;
      // Half the words at least, and two of them when two or more were typed: one word is no passage.
      if (coverage < MIN_COVERAGE || held < Math.min(2, tokens.length)) continue;
      const span = hit.index - hits[a]!.index + 1;
      if (span > MAX_STRETCH) break;
      // A stretch of exactly the words held scores its coverage; each word more costs a little.
      const density = held / span;
      const score = SCATTERED_MAX * coverage * (0.7 + 0.3 * density);
      if (!best || score > best.score) best = { from: hits[a]!.index, to: hit.index, score };
    }
  }
  if (!best) return undefined;
  const from = words[best.from]!.from;
  const to = words[best.to]!.to;
  return { quote: originalSpan(folded, from, to), score: round(best.score), at: from };
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
