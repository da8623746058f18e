// Markdown for briefs and citations that a writer drops into a document, rendered on GitHub or
// through pandoc. Text from the data is made safe twice over: control characters escaped as
// everywhere else (sanitize.ts), and characters that Markdown would read as markup escaped with
// a backslash, so a title can never become a link, an HTML tag, a heading or a pandoc citation.

import { cellText, displayText } from './sanitize.js';

// Inline markup of CommonMark, GitHub and pandoc's extensions: emphasis, code, links, images and
// footnotes, HTML and entities, tables, strikeout, super- and subscript, math, citations.
const INLINE = /[\\`*_[\]<>|~^$@&]/g;

/** One line of data text as Markdown: controls escaped, whitespace folded, markup characters escaped. */
export function markdownText(text: string): string {
  const line = cellText(displayText(text)).replace(INLINE, (ch) => `\\${ch}`);
  // What would start a block at the start of a line: a heading, a list, a quote, a rule, a table.
  return line.replace(/^([#>+\-=:])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A citation as a footnote shows it: where in which source, and the verbatim quote. */
export interface FootnoteCitation {
  readonly source: string;
  readonly paragraph: number;
  readonly quote: string;
}

/**
 * The footnotes of one Markdown document: ref() gives the marker for a note, numbering notes in
 * the order first referred to and reusing the number of a note already given; definitions()
 * gives every note once, in that order.
 */
export class Footnotes {
  private readonly notes = new Map<string, number>();

  /** The [^n] marker of a note whose text is already Markdown. */
  ref(markdown: string): string {
    let n = this.notes.get(markdown);
    if (n === undefined) this.notes.set(markdown, (n = this.notes.size + 1));
    return `[^${n}]`;
  }

  /** Markers for a record's citations, one per passage: "[^1][^2]". */
  cite(citations: readonly FootnoteCitation[], label: (source: string) => string): string {
    return citations.map((c) => this.ref(citationMarkdown(c, label))).join('');
  }

  /** The definitions, one line each: "[^1]: …". */
  definitions(): string[] {
    return [...this.notes].map(([text, n]) => `[^${n}]: ${text}`);
  }
}

/** A citation as Markdown: "Label, ¶13: “quote”." */
export function citationMarkdown(citation: FootnoteCitation, label: (source: string) => string): string {
  return `${markdownText(label(citation.source))}, ¶${citation.paragraph}: “${markdownText(citation.quote)}”.`;
}

/** A Markdown document from its parts: a title, then sections (those with no lines are left out), then the notes. */
export function markdownDocument(
  title: string,
  intro: readonly string[],
  sections: readonly { heading: string; lines: readonly string[] }[],
  notes: Footnotes,
): string {
  const out = [`# ${markdownText(title)}`, ''];
  if (intro.length) out.push(...intro, '');
  for (const section of sections) {
    if (section.lines.length === 0) continue;
    out.push(`## ${section.heading}`, '', ...section.lines, '');
  }
  const definitions = notes.definitions();
  if (definitions.length) out.push(...definitions, '');
  return out.join('\n');
}
