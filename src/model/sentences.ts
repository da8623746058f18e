// Sentence spans of a paragraph, for measuring how much of a source the quotes cover.

/** A sentence as a character range [start, end) of its paragraph. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const ABBREVIATION = /(?:\b(?:Gen|Lt|Col|Maj|Capt|Mr|Mrs|Ms|Dr|St|No|vs|etc)|\be\.g|\bi\.e)\.$/;

/** Splits a paragraph into sentence spans: at . ! ? followed by a capital (with or without a space), not after an abbreviation. */
export function sentenceSpans(paragraph: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const boundary = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9]|[A-Z][a-z])/g;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (ABBREVIATION.test(paragraph.slice(Math.max(0, end - 6), end))) continue;
    pushSpan(paragraph, start, end, spans);
    start = end;
  }
  pushSpan(paragraph, start, paragraph.length, spans);
  return spans;
}

function pushSpan(paragraph: string, start: number, end: number, spans: Span[]): void {
  const text = paragraph.slice(start, end);
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  if (text.trim() !== '') spans.push({ start: start + lead, end: end - trail });
}

/** Every place quote occurs in paragraph, as spans. */
export function occurrences(paragraph: string, quote: string): Span[] {
  const spans: Span[] = [];
  for (let at = paragraph.indexOf(quote); at >= 0; at = paragraph.indexOf(quote, at + 1)) {
    spans.push({ start: at, end: at + quote.length });
  }
  return spans;
}

/** True when two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
