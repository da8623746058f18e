import search from 'approx-string-match';
import { foldForQuote, foldedForQuote, type FoldedText } from '../../model/fold.js';
import { editDistance } from '../../model/suggest.js';
import { alignParagraphs, type Alignment } from './align.js';

// Where a citation's quote is in a source's new text. Verbatim means what `validate` means by it
// (the quote is a part of the paragraph's text, character for character):
// - exact: verbatim in the paragraph its old paragraph became, with the same number;
// - moved: verbatim where its old paragraph went (another number), or, when the passage left its
//   paragraph, verbatim in exactly one paragraph that is new or changed;
// - changed: no longer verbatim; one passage, the clear best, is close (folded as `quote` folds:
//   case, quotation marks, dashes, spacing, diacritics), and its similarity is given;
// - orphaned: nothing close, or two passages about as close (a look-alike never wins: the reason
//   names both), or a short quote that cannot be looked for in other words.
// Text that was in another paragraph before, word for word, is never taken for where a quote
// went: only the quote's own paragraph and paragraphs that are new or changed are searched.

export type AnchorStatus = 'exact' | 'moved' | 'changed' | 'orphaned';

/** A passage of the new text that could be the quote: its paragraph (1-based), verbatim span, and similarity (0–1). */
export interface Candidate {
  readonly paragraph: number;
  readonly quote: string;
  readonly similarity: number;
}

/** Where a quote is now: its paragraph, quote and similarity (null for orphaned); why, when it is not plain. */
export interface Anchor {
  readonly status: AnchorStatus;
  readonly paragraph: number | null;
  readonly quote: string | null;
  readonly similarity: number | null;
  readonly reason?: string;
  /** The passages weighed, best first, where more than one was (an ambiguous match). */
  readonly candidates?: readonly Candidate[];
}

/** A passage this similar or more is close; below it, nothing is. */
export const MIN_SIMILARITY = 0.75;
/** The best passage must be this much more similar than the next to be the clear best. */
export const CLEAR_MARGIN = 0.1;
/** A quote shorter than this (folded) is matched verbatim only: in other words, it could be anything. */
export const MIN_APPROXIMATE_LENGTH = 10;
/** How far a close match's ends are moved to take in the rest of a word cut in two. */
const MAX_WORD_STRETCH = 24;
/** How many words more a close match may take in at either end. */
const EXTRA_WORDS = 2;
/** What starting or ending as the quote does weighs in choosing among spans about as close. */
const LIKE_ENDS = 0.03;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const SENTENCE_END = /[.!?;]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);
const percent = (similarity: number) => `${Math.round(similarity * 100)}%`;

/** Re-anchors quotes of one source from its old paragraphs to its new ones (see above); answers are cached by paragraph and quote. */
export class Reanchorer {
  readonly alignment: Alignment;
  /** New paragraphs that are new or changed: the only places a quote may have gone. */
  private readonly fresh: readonly number[];
  private readonly folded = new Map<number, FoldedText>();
  private readonly answers = new Map<string, Anchor>();

  constructor(
    before: readonly string[],
    private readonly after: readonly string[],
  ) {
    this.alignment = alignParagraphs(before, after);
    const { predecessor } = this.alignment;
    this.fresh = [...predecessor.keys()].filter((k) => {
      const from = predecessor[k]!;
      return from < 0 || before[from] !== after[k];
    });
  }

  /** Where the quote cited at old paragraph (1-based) is in the new text. */
  anchor(paragraph: number, quote: string): Anchor {
    const key = `${paragraph}\0${quote}`;
    let answer = this.answers.get(key);
    if (!answer) {
      answer = this.find(paragraph - 1, quote);
      this.answers.set(key, answer);
    }
    return answer;
  }

  private find(i: number, quote: string): Anchor {
    const s = this.alignment.successor[i] ?? -1;
    if (s >= 0 && this.after[s]!.includes(quote))
      return { status: s === i ? 'exact' : 'moved', paragraph: s + 1, quote, similarity: 1 };
    const verbatim = this.fresh.filter((k) => k !== s && this.after[k]!.includes(quote));
    if (verbatim.length === 1) {
      const k = verbatim[0]!;
      const near = s >= 0 ? this.closeIn(s, foldedForQuote(quote)) : undefined;
      if (!near) return { status: 'moved', paragraph: k + 1, quote, similarity: 1 };
      return orphaned(
        `¶${s + 1}, where its paragraph went, has it in other words (${percent(near.similarity)}), and ¶${k + 1} has the old words: which one the record cites is yours to say`,
        [{ paragraph: k + 1, quote, similarity: 1 }, near],
      );
    }
    if (verbatim.length > 1)
      return orphaned(
        `verbatim in ${verbatim.map((k) => `¶${k + 1}`).join(' and ')}, none of them where its paragraph went: which one the record cites is yours to say`,
        verbatim.map((k) => ({ paragraph: k + 1, quote, similarity: 1 })),
      );
    return this.approximate(s, quote);
  }

  // No verbatim answer: the passages close to the quote, and the clear best of them, if any.
  private approximate(s: number, quote: string): Anchor {
    const folded = foldedForQuote(quote);
    if (folded.length < MIN_APPROXIMATE_LENGTH)
      return orphaned(
        `its words are gone, and it is too short to look for in other words${this.keptElsewhere(quote)}`,
      );
    const places = s >= 0 ? [s, ...this.fresh.filter((k) => k !== s)] : this.fresh;
    const found = places
      .flatMap((k) => this.candidatesIn(k, folded))
      .sort((a, b) => b.similarity - a.similarity || a.paragraph - b.paragraph);
    const [best, next] = found;
    if (!best)
      return orphaned(
        `its passage is gone: nothing new or changed is close to it${this.keptElsewhere(quote)}`,
      );
    if (next && best.similarity - next.similarity < CLEAR_MARGIN)
      return orphaned(
        `${describe(best)} and ${describe(next)} are about as close: which one the record cites is yours to say`,
        found,
      );
    if (s >= 0 && best.paragraph !== s + 1 && found.some((c) => c.paragraph === s + 1)) {
      const own = found.find((c) => c.paragraph === s + 1)!;
      return orphaned(
        `¶${s + 1}, where its paragraph went, has it in other words (${percent(own.similarity)}), and ${describe(best)} is closer: which one the record cites is yours to say`,
        found,
      );
    }
    const reason =
      best.similarity === 1
        ? 'differs only in case, quotation marks, dashes, spacing or accents'
        : s >= 0 && best.paragraph !== s + 1
          ? `in ¶${best.paragraph}, not where its paragraph went (¶${s + 1})`
          : undefined;
    return {
      status: 'changed',
      paragraph: best.paragraph,
      quote: best.quote,
      similarity: best.similarity,
      ...(reason !== undefined ? { reason } : {}),
    };
  }

  // The passage of new paragraph k closest to the quote, if close enough.
  private closeIn(k: number, folded: string): Candidate | undefined {
    return folded.length < MIN_APPROXIMATE_LENGTH ? undefined : this.candidatesIn(k, folded)[0];
  }

  // The close passages of new paragraph k: the closest, and the next closest elsewhere in it.
  private candidatesIn(k: number, quote: string): Candidate[] {
    const paragraph = this.foldedAt(k);
    const maxErrors = Math.floor(quote.length * (1 - MIN_SIMILARITY));
    const first = search(paragraph.text, quote, maxErrors)[0];
    if (!first) return [];
    const masked =
      paragraph.text.slice(0, first.start) +
      '\0'.repeat(first.end - first.start) +
      paragraph.text.slice(first.end);
    const second = search(masked, quote, maxErrors)[0];
    return [first, second]
      .filter((match) => match !== undefined)
      .map((match) => this.candidate(k, paragraph, quote, match.start, match.end))
      .filter((candidate) => candidate.similarity >= MIN_SIMILARITY);
  }

  // A match as a verbatim span of the paragraph, with any word it cuts in two taken whole.
  private candidate(k: number, paragraph: FoldedText, quote: string, from: number, to: number): Candidate {
    const text = paragraph.original;
    let start = paragraph.starts[from]!;
    let end = paragraph.ends[to - 1]!;
    const stretch = (at: number, step: -1 | 1, limit: number) => {
      let moved = 0;
      while (moved < MAX_WORD_STRETCH && at !== limit && isWordChar(text[step < 0 ? at - 1 : at])) {
        at += step;
        moved++;
      }
      return at;
    };
    if (isWordChar(quote[0]) && isWordChar(text[start]) && isWordChar(text[start - 1]))
      start = stretch(start, -1, 0);
    if (isWordChar(quote.at(-1)) && isWordChar(text[end - 1]) && isWordChar(text[end]))
      end = stretch(end, 1, text.length);
    // The closest match may leave out a word that was added (it is surely doomed): a word or two
    // more at either end is taken when that makes the span more like the quote.
    // Of spans about as close, the one that starts and ends as the quote does (a closing quotation mark kept).
    let best = { span: '', similarity: -1, score: -1 };
    for (const from of wordsBefore(text, start, EXTRA_WORDS))
      for (const to of wordsAfter(text, end, EXTRA_WORDS)) {
        const span = text.slice(from, to).trim();
        const folded = foldedForQuote(span);
        const similarity = similarityOf(quote, folded);
        const ends = Number(folded[0] === quote[0]) + Number(folded.at(-1) === quote.at(-1));
        const score = similarity + LIKE_ENDS * ends;
        if (score > best.score) best = { span, similarity, score };
      }
    return { paragraph: k + 1, quote: best.span, similarity: Math.floor(best.similarity * 100) / 100 };
  }

  private foldedAt(k: number): FoldedText {
    let folded = this.folded.get(k);
    if (!folded) {
      folded = foldForQuote(this.after[k]!);
      this.folded.set(k, folded);
    }
    return folded;
  }

  // "; ¶4 has the same words, as it had before: …", when a paragraph kept as it was holds the quote.
  private keptElsewhere(quote: string): string {
    const kept = [...this.after.keys()].filter(
      (k) => !this.fresh.includes(k) && this.after[k]!.includes(quote),
    );
    if (kept.length === 0) return '';
    const list =
      kept
        .slice(0, 3)
        .map((k) => `¶${k + 1}`)
        .join(', ') + (kept.length > 3 ? ', …' : '');
    return `; ${list} ${kept.length === 1 ? 'has' : 'have'} the same words, as before: another passage, to cite if it supports the record`;
  }
}

function orphaned(reason: string, candidates?: readonly Candidate[]): Anchor {
  return {
    status: 'orphaned',
    paragraph: null,
    quote: null,
    similarity: candidates?.[0]?.similarity ?? null,
    reason,
    ...(candidates && candidates.length > 0 ? { candidates } : {}),
  };
}

// 1 − the edit distance of the folded texts over the longer one's length.
function similarityOf(quote: string, folded: string): number {
  const length = Math.max(quote.length, folded.length);
  return length === 0 ? 0 : 1 - editDistance(quote, folded) / length;
}

// The start, then where each word or run of marks before it starts, up to n words back, within its sentence.
function wordsBefore(text: string, at: number, n: number): number[] {
  const starts = [at];
  let words = 0;
  for (let p = at - 1; p >= 0 && at - p <= MAX_WORD_STRETCH * n; p--) {
    const ch = text[p]!;
    if (SENTENCE_END.test(ch)) break;
    if (isWordChar(ch) && !isWordChar(text[p + 1]) && ++words > n) break;
    if (!SPACE.test(ch) && boundary(ch, text[p - 1])) starts.push(p);
  }
  return starts;
}

// The end, then where each word or run of marks after it ends, up to n words on, within its sentence.
function wordsAfter(text: string, at: number, n: number): number[] {
  const ends = [at];
  let words = 0;
  for (let p = at; p < text.length && p - at < MAX_WORD_STRETCH * n; p++) {
    const ch = text[p]!;
    if (SENTENCE_END.test(ch)) break;
    if (isWordChar(ch) && !isWordChar(text[p - 1]) && ++words > n) break;
    if (!SPACE.test(ch) && boundary(ch, text[p + 1])) ends.push(p + 1);
  }
  return ends;
}

// Whether a span may end at ch, with next beyond it: a space, a sentence's end, or a change between word and mark.
function boundary(ch: string, next: string | undefined): boolean {
  return (
    next === undefined || SPACE.test(next) || SENTENCE_END.test(next) || isWordChar(ch) !== isWordChar(next)
  );
}

function describe(candidate: Candidate): string {
  return `¶${candidate.paragraph} (${percent(candidate.similarity)})`;
}
