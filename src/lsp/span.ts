// Where a span of the draft ends. check gives where a finding or a sentence starts (line:column)
// and the words it is about; the draft reader (factcheck/draft.ts) reads Markdown marks as spaces
// and runs of spaces as one. These find the end of those words in the editor's text, reading it
// the same way, so that a diagnostic underlines the words and a footnote goes after the sentence.

// What the draft reader blanks out: emphasis and code marks, brackets, a link's target, a footnote's reference.
const MARK = /[*_`[\]]/;
// A list bullet, number or quote mark at the start of a line (blanked as well).
const LINE_MARK = /^[ \t]*([-*+>]|\d+[.)])[ \t]/;

/** The offset just past phrase, read in text from offset (case, spacing and Markdown marks aside); undefined when the text there does not read as phrase. */
export function phraseEnd(text: string, offset: number, phrase: string): number | undefined {
  let at = offset;
  let i = 0;
  while (i < phrase.length) {
    if (/\s/.test(phrase[i]!)) {
      while (i < phrase.length && /\s/.test(phrase[i]!)) i++;
      at = skipBlank(text, at);
      continue;
    }
    if (at >= text.length) return undefined;
    if (text[at]!.toLowerCase() === phrase[i]!.toLowerCase()) {
      at++;
      i++;
    } else if (isMark(text, at)) at = skipMark(text, at);
    else return undefined;
  }
  return at;
}

/** The offset just past the word at offset (digits with their separators count as one word: 1,735; JF-17C); at least one character on. */
export function wordEnd(text: string, offset: number): number {
  let at = offset;
  const wordy = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  while (at < text.length && (wordy(text[at]) || (/[,.'’-]/.test(text[at]!) && wordy(text[at + 1])))) at++;
  return at > offset || offset >= text.length || text[offset] === '\n' ? at : offset + 1;
}

/** The first words of a finding's message in double quotes ("1,800 km TAPI pipeline": …), if it starts with them. */
export function quotedWords(message: string): string | undefined {
  return /^"([^"\n]+)"/.exec(message)?.[1];
}

function isMark(text: string, at: number): boolean {
  return MARK.test(text[at]!) || text.startsWith('](', at);
}

function skipMark(text: string, at: number): number {
  const closing = text.startsWith('](', at) ? ')' : text.startsWith('[^', at) ? ']' : undefined;
  if (closing === undefined) return at + 1;
  const end = text.indexOf(closing, at + 2);
  return end < 0 || text.slice(at, end).includes('\n') ? at + 1 : end + 1;
}

// Past spaces, line breaks (and the list or quote mark that starts the next line) and marks.
function skipBlank(text: string, at: number): number {
  for (;;) {
    if (at >= text.length) return at;
    if (text[at] === '\n') {
      at++;
      at += LINE_MARK.exec(text.slice(at, at + 16))?.[0].length ?? 0;
    } else if (/\s/.test(text[at]!)) at++;
    else if (isMark(text, at)) at = skipMark(text, at);
    else return at;
  }
}
