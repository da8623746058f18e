// An HTML tree (a web page's article, or Markdown made HTML) into paragraphs as a reader sees
// them: one per block (a paragraph, heading, list item, quotation, table cell), its text as the
// page shows it. Runs of spaces and line breaks in the markup are one space, as a browser shows
// them; every other character stays as written (curly quotes, dashes, no-break spaces, spelling).

/** The part of a DOM node this reads (linkedom's nodes, or any DOM's). */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

// Elements that start and end a paragraph of their own.
const BLOCKS = new Set(
  (
    'address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p section summary table tbody ' +
    'td tfoot th thead tr ul'
  ).split(' '),
);

// Elements whose text no reader sees as the article's: code, styles, media, forms.
const UNSEEN = new Set(
  (
    'audio button canvas datalist embed head iframe input link meta noscript object option script select ' +
    'style svg template textarea title video'
  ).split(' '),
);

/** HTML's spaces: what a browser folds into one. */
const HTML_SPACES = /[ \t\n\f\r]+/g;

/** The paragraphs of an HTML tree, in order, each one line; empty blocks dropped. */
export function blockParagraphs(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(HTML_SPACES, ' ').trim();
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  // Walked with a stack of its own, not by recursion: a page nested ten thousand deep is still read.
  const stack: Step[] = [{ node: root, quotes: 0 }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('close' in step) {
      current += step.close;
      if (step.block) flush();
      continue;
    }
    const { node, quotes } = step;
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT) continue; // comments, processing instructions
    const name = node.nodeName.toLowerCase();
    if (UNSEEN.has(name)) continue;
    if (name === 'br') current += ' ';
    else if (name === 'pre') {
      // Preformatted text keeps its lines: each is a paragraph.
      flush();
      for (const line of (node.textContent ?? '').split(/\r\n?|\n/)) {
        current = line;
        flush();
      }
    } else {
      const block = BLOCKS.has(name);
      if (block) flush();
      // An inline quotation is shown between quotation marks (the browser adds them): so is it here.
      const quotation = name === 'q';
      if (quotation) current += quotes % 2 === 0 ? '“' : '‘';
      stack.push({ close: quotation ? (quotes % 2 === 0 ? '”' : '’') : '', block });
      const inner = quotation ? quotes + 1 : quotes;
      for (let i = node.childNodes.length - 1; i >= 0; i--)
        stack.push({ node: node.childNodes[i]!, quotes: inner });
    }
  }
  flush();
  return paragraphs;
}

// What is left to do: read a node (inside this many inline quotations), or close an element.
type Step =
  { readonly node: DomNode; readonly quotes: number } | { readonly close: string; readonly block: boolean };
