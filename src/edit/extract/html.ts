import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockParagraphs, type DomNode } from './blocks.js';
import type { Extracted, FileMeta } from './extracted.js';

// A web page saved as HTML: its article found by Mozilla's Readability (Firefox's reader view),
// over linkedom's DOM (no browser, no scripts run). Readability drops what is not the article
// (navigation, headers and footers, sidebars, scripts, forms); the article's blocks become the
// paragraphs (blocks.ts). The page's title, byline, site name and date of publication, and its
// canonical address, are what it says about itself. Loaded only when a web page is added.

/** A saved web page's article, as paragraphs, and what the page says about itself; no paragraphs when it has no article. */
export function extractHtml(html: string): Extracted {
  const { document } = parseHTML(html);
  // Readability's time grows with the square of the page's depth: a page no browser would nest so
  // deep (ten thousand <div>s) would take it hours. Such a page is refused, saying why.
  const shape = shapeOf(document as unknown as DomNode);
  if (shape.depth > MAX_DEPTH || shape.elements > MAX_ELEMENTS) {
    const why =
      shape.depth > MAX_DEPTH
        ? `the page is nested ${shape.depth} elements deep, and car-brief reads pages up to ${MAX_DEPTH}`
        : `the page has ${shape.elements} elements, and car-brief reads pages of up to ${MAX_ELEMENTS}`;
    return { kind: 'html', paragraphs: [], meta: {}, problem: `${why}: save the article's text instead` };
  }
  const url = pageUrl(document); // (before Readability, which rewrites the document)
  let article: ReturnType<Readability<DomNode>['parse']> = null;
  try {
    article = new Readability<DomNode>(document as never, {
      serializer: (node) => node as unknown as DomNode,
    }).parse();
  } catch {
    // a page Readability cannot read has no article
  }
  const meta: FileMeta = {
    title: clean(article?.title),
    author: clean(article?.byline)?.replace(/^by\s+/i, ''),
    publisher: clean(article?.siteName),
    published: clean(article?.publishedTime),
    url,
  };
  const content = article?.content;
  return { kind: 'html', paragraphs: content ? blockParagraphs(content) : [], meta };
}

/** The deepest a page may nest its elements (real pages nest a few dozen deep). */
export const MAX_DEPTH = 256;
/** The most elements a page may have (a long article has a few thousand). */
export const MAX_ELEMENTS = 200_000;

// How deep a page nests, and how many elements it has (walked without recursion).
function shapeOf(root: DomNode): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    if (node.nodeType !== 1 && node !== root) continue;
    elements++;
    depth = Math.max(depth, level);
    if (elements > MAX_ELEMENTS) break;
    for (let i = 0; i < node.childNodes.length; i++) stack.push([node.childNodes[i]!, level + 1]);
  }
  return { depth, elements };
}

interface Queryable {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}

// The page's own address: its canonical link, else its Open Graph URL; an absolute http(s) one only.
function pageUrl(document: Queryable): string | undefined {
  for (const [selector, attribute] of [
    ['link[rel="canonical"]', 'href'],
    ['meta[property="og:url"]', 'content'],
  ] as const) {
    const value = clean(document.querySelector(selector)?.getAttribute(attribute));
    if (value !== undefined && /^https?:\/\//i.test(value) && URL.canParse(value)) return value;
  }
  return undefined;
}

// A metadata value on one line, or undefined when there is none.
function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text === undefined || text === '' ? undefined : text;
}
