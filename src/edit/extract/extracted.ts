// What a new source's file gives: its text as paragraphs, and what it says about itself. A leaf
// module: the command, the extractors and the record builder name these without loading one another.

/** How a file's text is read: as plain text, Markdown, or a web page saved as HTML. */
export type TextKind = 'text' | 'markdown' | 'html';

/** What a file says about itself: a web page's metadata, a Markdown file's first heading. */
export interface FileMeta {
  readonly title?: string | undefined;
  readonly author?: string | undefined;
  readonly publisher?: string | undefined;
  /** As the page gives it (2024-11-05T09:30:00+05:00): made a date, if it can be, by the record builder. */
  readonly published?: string | undefined;
  readonly url?: string | undefined;
}

/** A file's text, one paragraph per entry (each one line, verbatim), and what it says about itself. */
export interface Extracted {
  readonly kind: TextKind;
  readonly paragraphs: readonly string[];
  readonly meta: FileMeta;
  /** Why the file could not be read for its text (a page too deeply nested), if it could not. */
  readonly problem?: string;
}
