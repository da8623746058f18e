// Text folded for matching what a writer remembers against what a source says: case, curly and
// straight quotes, dashes, spacing and diacritics folded away, while every folded character keeps
// the place in the original it came from, so that a match is cut from the original verbatim.

/** A text folded for matching, with where each of its UTF-16 units came from in the original. */
export interface FoldedText {
  /** The original text. */
  readonly original: string;
  /** The folded text: lower case, no diacritics, ' and " for every quotation mark, - for every dash, one space for any run of spaces. */
  readonly text: string;
  /** For each unit of text: where the character it came from starts in the original. */
  readonly starts: Uint32Array;
  /** For each unit of text: where that character (with any combining marks after it) ends in the original. */
  readonly ends: Uint32Array;
}

// Apostrophes, single quotes and primes; double quotes and guillemets; hyphens, dashes and minus.
const SINGLE_QUOTES = /['‘’‚‛′`´ʼ]/u;
const DOUBLE_QUOTES = /["“”„‟″«»]/u;
const DASHES = /[-‐‑‒–—―−⁃﹘﹣－]/u;
// Invisible characters that copying adds or drops (soft hyphen, zero-width space, word joiner, BOM),
// and any space (no-break, thin, ideographic…).
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/u;
const SPACE = /\s/u;
const MARK = /\p{M}/u;

/** Folds a text for quote matching (see FoldedText); a match of [i, j) in text is original.slice(starts[i], ends[j - 1]). */
export function foldForQuote(original: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const ch of original) {
    const at = offset;
    offset += ch.length;
    const folded = foldChar(ch);
    if (folded === ' ') {
      // A run of spaces is one space, and none before the first character.
      if (text === '' || text.endsWith(' ')) continue;
    } else if (folded === '') {
      // A combining mark (the accent of a decomposed é) belongs to the character before it.
      if (MARK.test(ch) && ends.length > 0) ends[ends.length - 1] = offset;
      continue;
    }
    for (let i = 0; i < folded.length; i++) {
      text += folded[i];
      starts.push(at);
      ends.push(offset);
    }
  }
  return { original, text, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

/** The whole text folded (as foldForQuote folds it), for comparing without positions. */
export function foldedForQuote(text: string): string {
  return foldForQuote(text).text.trim();
}

/** The original span that folded units [from, to) came from. */
export function originalSpan(folded: FoldedText, from: number, to: number): string {
  return folded.original.slice(folded.starts[from], folded.ends[to - 1]);
}

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) {
    // ASCII, the common case: a space, the backtick some type for an apostrophe, or the letter itself.
    if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? ' ' : ch;
    return ch === '`' ? "'" : ch.toLowerCase();
  }
  if (INVISIBLE.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  return ch.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}
