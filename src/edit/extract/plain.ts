// Plain text into paragraphs. A paragraph ends at a blank line; lines inside one (a text wrapped
// by its editor) are joined by a space. A text without blank lines between its lines has a
// paragraph on each line, as the dataset's own texts do. Nothing else changes: quotes, dashes and
// spelling stay as written, and only the spaces at the ends of lines go.

/** The paragraphs of a plain text, each on one line, its ends trimmed; empty ones dropped. */
export function plainParagraphs(text: string): string[] {
  const lines = text.split(/\r\n?|\n/).map((line) => line.trim());
  const inner = lines.slice(
    lines.findIndex((line) => line !== ''),
    lines.findLastIndex((line) => line !== '') + 1,
  );
  if (!inner.includes('')) return inner;
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...inner, '']) {
    if (line !== '') current.push(line);
    else if (current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  return paragraphs;
}
