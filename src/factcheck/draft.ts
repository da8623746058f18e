// A writer's draft (Markdown or plain text) read as sentences, each with the line and column
// where it starts, so that findings can point into the file as a compiler does.
import { sentenceSpans } from '../model/sentences.js';

/** One sentence of a draft: its text (Markdown marks blanked out) and where it starts (1-based). */
export interface DraftSentence {
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** The paragraph (block of lines) it is in, counted from 0: what one sentence attributes may run on in the next. */
  readonly block: number;
  /** Where each character of text is in the draft: [line, column] of text[i] is at(i). */
  readonly at: (offset: number) => { line: number; column: number };
}

/** The sentences of a draft, in order; headings, code blocks and front matter are left out. */
export function draftSentences(draft: string): DraftSentence[] {
  const lines = draft.replace(/^\uFEFF/, '').split(/\r?\n/);
  const sentences: DraftSentence[] = [];
  let block: { start: number; lines: string[] } | undefined;
  let fence: string | undefined;
  let blocks = 0;
  const flush = () => {
    // One at a time: a block of thousands of sentences is too many arguments for one push.
    if (block)
      for (const sentence of blockSentences(block.start, block.lines, blocks)) sentences.push(sentence);
    if (block) blocks++;
    block = undefined;
  };
  lines.forEach((raw, i) => {
    const fenceMark =
      fence === '---' ? (raw.trim() === '---' ? '---' : undefined) : /^\s*(```|~~~)/.exec(raw)?.[1];
    if (fence !== undefined || fenceMark !== undefined) {
      flush();
      if (fence === undefined) fence = fenceMark;
      else if (fenceMark === fence) fence = undefined;
      return;
    }
    if (i === 0 && raw === '---') {
      fence = '---'; // YAML front matter, up to the next ---
      return;
    }
    if (raw.trim() === '' || /^\s*(#{1,6}\s|[-*_]{3,}\s*$|<!--|\|)/.test(raw)) {
      flush();
      return;
    }
    // A list item or a quote starts a block of its own.
    if (/^\s*([-*+>]|\d+[.)])\s/.test(raw)) flush();
    (block ??= { start: i, lines: [] }).lines.push(plainLine(raw));
  });
  flush();
  return sentences;
}

// A line with its Markdown marks (list bullets, emphasis, link targets) blanked out, so that every
// character left keeps its column.
function plainLine(line: string): string {
  return line
    .replace(/^(\s*)([-*+>]|\d+[.)])(\s)/, (_, lead: string, mark: string, space: string) =>
      lead.concat(' '.repeat(mark.length), space),
    )
    .replace(/\]\([^)]*\)/g, (link) => ' '.repeat(link.length))
    .replace(/\[\^[^\]]*\]/g, (footnote) => ' '.repeat(footnote.length))
    .replace(/[*_`[\]]/g, ' ');
}

// The sentences of a block of lines (joined by a space, so every offset maps back to a line).
function blockSentences(start: number, lines: readonly string[], block: number): DraftSentence[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const text = lines.join(' ');
  const place = (at: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > at) i--;
    return { line: start + i + 1, column: at - starts[i]! + 1 };
  };
  return sentenceSpans(text).map((span) => {
    const first = place(span.start);
    return {
      text: text.slice(span.start, span.end).replace(/\s+/g, ' '),
      ...first,
      block,
      at: (i: number) => place(span.start + offsetIn(text.slice(span.start, span.end), i)),
    };
  });
}

// The offset in raw of the i-th character of raw with its runs of white space squeezed to one.
function offsetIn(raw: string, i: number): number {
  let squeezed = 0;
  for (let at = 0; at < raw.length; at++) {
    if (squeezed === i) return at;
    if (/\s/.test(raw[at]!)) {
      while (at + 1 < raw.length && /\s/.test(raw[at + 1]!)) at++;
    }
    squeezed++;
  }
  return raw.length;
}
