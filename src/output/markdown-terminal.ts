import type { ChalkInstance } from 'chalk';
import { wrapCell } from './wrap.js';

// A Markdown document (a brief, a fact with its footnotes) as a terminal shows it readably, as gh
// renders Markdown on a terminal and leaves it raw in a pipe: headings in bold without their #,
// **strong** in bold, *emphasis* dim, backslash escapes undone, and every paragraph, list item and
// footnote wrapped at words to the width, continued under its own text.

// What car-brief's Markdown escapes with a backslash (markdown.ts), to show as it is.
const ESCAPED = /\\([\\`*_[\]<>|~^$@&#>+\-=:.)!{}()%])/g;

/** The document laid out for a terminal of the given width. */
export function markdownForTerminal(markdown: string, width: number, style: ChalkInstance): string {
  const lines = markdown.split('\n').flatMap((line) => {
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading)
      return painted(wrapped(marks(heading[2]!), '', width), style).map((part) => style.bold(part));
    // A list item or a footnote continues under its text: "- " two columns in (a nested "  - " four),
    // "[^12]: " past the marker.
    const marker = /^( *- |\[\^[^\]]+\]: )/.exec(line)?.[0] ?? '';
    return painted(wrapped(marks(line.slice(marker.length)), marker, width), style);
  });
  return lines.join('\n');
}

// Sentinels for where **strong** and *emphasis* start and end, so that a span the wrap breaks
// over two lines is styled on both (private-use characters, taken out of the text first).
const [STRONG, STRONG_END, EM, EM_END] = ['\ue000', '\ue001', '\ue002', '\ue003'];

// A line's inline markup as sentinels, and its escapes undone.
function marks(text: string): string {
  return text
    .replace(/[\ue000-\ue003]/g, '')
    .replace(/(?<!\\)\*\*([^*]+?)\*\*/g, `${STRONG}$1${STRONG_END}`)
    .replace(/(?<![\\*])\*([^*]+?)\*(?!\*)/g, `${EM}$1${EM_END}`)
    .replace(ESCAPED, '$1');
}

// A line's text wrapped to width after its marker, the rest indented as far as the marker
// reaches (the first line is the marker alone when it is long).
function wrapped(text: string, marker: string, width: number): string[] {
  if (text === '') return [marker.trimEnd()];
  // A marker too long to write beside (a footnote labelled by a long record id) takes a line.
  if (marker.length > 4 && marker.length > width / 3)
    return [marker.trimEnd(), ...wrapped(text, '    ', width)];
  const indent = Math.min(marker.length, Math.max(0, width - 20));
  const parts = wrapCell(text, Math.max(20, width - indent));
  return parts.map((part, i) => (i === 0 ? marker : ' '.repeat(indent)) + part);
}

// Wrapped lines with their sentinels made styles, a span open at a line's end carried to the next.
function painted(lines: readonly string[], style: ChalkInstance): string[] {
  let strong = false;
  let em = false;
  return lines.map((line) =>
    line
      .split(/([\ue000-\ue003])/)
      .map((piece) => {
        if (piece === STRONG || piece === STRONG_END) strong = piece === STRONG;
        else if (piece === EM || piece === EM_END) em = piece === EM;
        else return strong ? style.bold(piece) : em ? style.dim(piece) : piece;
        return '';
      })
      .join(''),
  );
}
