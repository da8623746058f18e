import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import { blockParagraphs, type DomNode } from './blocks.js';
import type { Extracted } from './extracted.js';

// Markdown into paragraphs as a reader of it sees them: marked (CommonMark and GitHub's tables)
// makes it HTML, whose blocks are the paragraphs (blocks.ts), so that emphasis marks, link
// addresses and heading signs are not taken for the text, and the words are as written (marked
// turns no quotes curly and no dashes long). A first heading of level 1 is taken as the title.
// Loaded only when a Markdown file is added.

/** A Markdown text's paragraphs, and its title if it starts with a heading of level 1. */
export function extractMarkdown(markdown: string): Extracted {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = document.body as unknown as DomNode & { firstElementChild: DomNode | null };
  const first = body.firstElementChild;
  const title = first?.nodeName.toLowerCase() === 'h1' ? blockParagraphs(first)[0] : undefined;
  return { kind: 'markdown', paragraphs: blockParagraphs(body), meta: { title } };
}
