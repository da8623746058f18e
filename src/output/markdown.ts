// Markdown for briefs and citations that a writer drops into a document, rendered on GitHub or
// through pandoc. Text from the data is made safe twice over: control characters escaped as
// everywhere else (sanitize.ts), and characters that Markdown would read as markup escaped with
// a backslash, so that data can never make a link of its own text, an image, an HTML tag, a
// heading, a list, a footnote or a pandoc citation. A bare web or e-mail address is the one
// thing a renderer may still link (GitHub links name@example.org however it is escaped, and
// remark-gfm finds addresses after escapes are undone); such a link's text is the address
// itself, and it ends where the data's text does (docs/safety.md, "Markdown").

import { cellText, displayText } from './sanitize.js';

// Inline markup of CommonMark, GitHub and pandoc's extensions: emphasis, code, links, images and
// footnotes, HTML and entities, tables, strikeout, super- and subscript, math, citations,
// attributes ({#id .class}).
const INLINE = /[\\`*_[\]<>|~^$@&{}]/g;
// What starts a block at the start of a line: a heading, a bullet, a quote, a setext underline, a
// definition, a pandoc title block (%).
const BLOCK_START = /^([#>+\-=:%])/;
// An ordered list marker as pandoc's fancy_lists reads one (CommonMark's 1. and 1) among them):
// a number, a letter, a roman numeral or #, then . or ), or the same in parentheses, then a space.
const LIST_ITEM = /^(\(?)(\d+|#|[A-Za-z]|[ivxlcdm]+|[IVXLCDM]+)([.)])(?=\s|$)/;
// The colon after a URL scheme (https:, mailto:, javascript:) and the dot after www: what
// GitHub's and pandoc's autolinks start from; escaped, they stay text.
const SCHEME = /(^|[^A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*):(?=\S)/g;
const WWW = /(^|[^A-Za-z0-9])(www)\./gi;

/** One line of data text as Markdown: controls escaped, whitespace folded, markup characters escaped. */
export function markdownText(text: string): string {
  const line = cellText(displayText(text))
    .replace(INLINE, (ch) => `\\${ch}`)
    .replace(SCHEME, '$1$2\\:')
    .replace(WWW, '$1$2\\.')
    // A closing # run would be cut from a heading.
    .replace(/(\s)(#+)$/, '$1\\$2');
  return line
    .replace(BLOCK_START, '\\$1')
    .replace(LIST_ITEM, (_, open: string, marker: string, close: string) =>
      open ? `\\(${marker}${close}` : `${marker}\\${close}`,
    );
}

/** A citation as a footnote shows it: where in which source, and the verbatim quote. */
export interface FootnoteCitation {
  readonly source: string;
  readonly paragraph: number;
  readonly quote: string;
}

/**
 * The footnotes of one Markdown document, labelled by the record that cites them: a record's
 * first citation is [^its-id], the next [^its-id.2] (a dot, which no id has), an inferred date's
 * note [^its-id.date]; a document about one thing (a country's brief) puts its id before them,
 * [^uzbekistan:its-id]. So a label always names the same note, and documents appended to one file
 * (fact --format md >> draft.md) never give one label to two different notes. A note already
 * given keeps its first label; definitions() gives every note once, in order.
 */
export class Footnotes {
  private readonly labels = new Map<string, string>();
  private readonly used = new Set<string>();

  /** scope: the id of what the whole document is about, if it is about one thing. */
  constructor(private readonly scope?: string) {}

  /** The [^label] marker of a note whose text is already Markdown. */
  ref(markdown: string, label: string): string {
    let given = this.labels.get(markdown);
    if (given === undefined) {
      const base = (this.scope === undefined ? label : `${this.scope}:${label}`).replace(
        /[^A-Za-z0-9.:-]/g,
        '-',
      );
      given = base;
      // Never two notes under one label in one document, whatever the labels asked for.
      for (let n = 2; this.used.has(given); n++) given = `${base}.${n}`;
      this.labels.set(markdown, given);
      this.used.add(given);
    }
    return `[^${given}]`;
  }

  /**
   * Markers for a record's citations, one per passage: "[^id][^id.2]". support, the record's
   * support in words ("1 source"), ends its first note: "Support: 1 source."
   */
  cite(
    record: { readonly id: string; readonly sources: readonly FootnoteCitation[] },
    label: (source: string) => string,
    support?: string,
  ): string {
    const said = support === undefined ? '' : ` Support: ${markdownText(support)}.`;
    return record.sources
      .map((c, i) =>
        this.ref(
          citationMarkdown(c, label) + (i === 0 ? said : ''),
          i === 0 ? record.id : `${record.id}.${i + 1}`,
        ),
      )
      .join('');
  }

  /** The definitions, one line each: "[^id]: …". */
  definitions(): string[] {
    return [...this.labels].map(([text, label]) => `[^${label}]: ${text}`);
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
  return markdownEnd(out.join('\n'));
}

/**
 * A document's text ending in a blank line, so that a document appended after it (>> draft.md)
 * starts a block of its own instead of running on as the last footnote's text.
 */
export function markdownEnd(text: string): string {
  return text.replace(/\n*$/, '\n\n');
}
