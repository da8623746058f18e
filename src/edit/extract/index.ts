import { extname } from 'node:path';
import type { Extracted, TextKind } from './extracted.js';
import { plainParagraphs } from './plain.js';

// A new source's file into paragraphs: plain text here, Markdown and web pages by modules loaded
// only for them (marked, Readability and linkedom are not read by any other command).

const HTML_NAMES = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const MARKDOWN_NAMES = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mkdn']);
// A page whose name says nothing (standard input, a file saved without .html) is known by its start.
const HTML_START = /^\s*(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** How a file is read: by its name's ending (.html, .md), else by whether it starts like a web page. */
export function textKindOf(name: string, text: string): TextKind {
  const ending = extname(name).toLowerCase();
  if (HTML_NAMES.has(ending)) return 'html';
  if (MARKDOWN_NAMES.has(ending)) return 'markdown';
  return HTML_START.test(text.slice(0, 4096)) ? 'html' : 'text';
}

/** The paragraphs of a text read as kind, and what it says about itself. */
export async function extractText(text: string, kind: TextKind): Promise<Extracted> {
  switch (kind) {
    case 'html':
      return (await import('./html.js')).extractHtml(text);
    case 'markdown':
      return (await import('./markdown.js')).extractMarkdown(text);
    case 'text':
      return { kind, paragraphs: plainParagraphs(text), meta: {} };
  }
}
