import { spawnSync } from 'node:child_process';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

// Two real Markdown parsers judge what car-brief writes: micromark with its GFM extensions (the
// grammar GitHub renders, footnotes included; from npm, so every run of the tests has it) and
// pandoc (its own Markdown with fancy_lists, example lists, title blocks, and bare URIs linked as
// its gfm reader does), where installed. Each reads a document into its outline: one line a node,
// indented by depth, text merged into "text". Two documents with the same outline have the same
// structure, whatever their words.
//
// A link whose text is its own address (GitHub and remark-gfm link bare web and e-mail addresses)
// counts as text, as docs/safety.md promises; a link of any other kind, or to any other scheme
// (javascript:), stays a link and so changes the outline.

const ADDRESS_SCHEMES = /^(https?|mailto|xmpp):/i;

// Whether a link shows its own address: its text is its URL, or its URL less the scheme a
// renderer put before it (mailto:, http:// for www.).
function showsItsAddress(url: string, text: string): boolean {
  if (!ADDRESS_SCHEMES.test(url)) return false;
  return [url, url.replace(/^(mailto|xmpp):/i, ''), url.replace(/^https?:\/\//i, '')].includes(text);
}

/** The outline of a document as micromark (CommonMark and GFM: tables, footnotes, autolinks) reads it. */
export function gfmOutline(markdown: string): string[] {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const lines: string[] = [];
  const walk = (node: Nodes, depth: number): void => {
    if (node.type === 'text' || (node.type === 'link' && showsItsAddress(node.url, plain(node)))) {
      if (lines[lines.length - 1] !== `${'  '.repeat(depth)}text`) lines.push(`${'  '.repeat(depth)}text`);
      return;
    }
    const detail =
      node.type === 'heading'
        ? ` ${node.depth}`
        : node.type === 'list'
          ? node.ordered
            ? ` ordered`
            : ''
          : node.type === 'footnoteReference' || node.type === 'footnoteDefinition'
            ? ` ${node.identifier}`
            : node.type === 'link' || node.type === 'image'
              ? ` ${node.url}`
              : '';
    lines.push(`${'  '.repeat(depth)}${node.type}${detail}`);
    if ('children' in node) for (const child of node.children) walk(child, depth + 1);
  };
  walk(tree, 0);
  return lines;
}

/** The text of an mdast node and all it holds. */
export function plain(node: Nodes): string {
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map(plain).join('') : '';
}

/** Whether pandoc runs here. */
export const hasPandoc = !spawnSync('pandoc', ['--version']).error;

// pandoc's JSON: a node is {t, c}; these are text, however they are split.
const PANDOC_TEXT = new Set(['Str', 'Space', 'SoftBreak']);

interface PandocNode {
  t: string;
  c?: unknown;
}

const isNode = (value: unknown): value is PandocNode =>
  typeof value === 'object' && value !== null && typeof (value as PandocNode).t === 'string';

interface PandocDocument {
  meta: Record<string, unknown>;
  blocks: unknown[];
}

function pandocRead(markdown: string, from: string): PandocDocument {
  const read = spawnSync('pandoc', ['-f', from, '-t', 'json'], {
    input: markdown,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (read.status !== 0) throw new Error(`pandoc failed: ${read.stderr}`);
  return JSON.parse(read.stdout) as PandocDocument;
}

/** Each top-level paragraph of a document as pandoc reads it: the text of each of its notes. */
export function pandocParagraphNotes(markdown: string): string[][] {
  const doc = pandocRead(markdown, 'markdown');
  const text = (value: unknown): string =>
    Array.isArray(value)
      ? value.map(text).join('')
      : isNode(value)
        ? value.t === 'Str'
          ? (value.c as string)
          : value.t === 'Space' || value.t === 'SoftBreak'
            ? ' '
            : text(value.c)
        : '';
  const notes = (value: unknown): string[] =>
    Array.isArray(value)
      ? value.flatMap(notes)
      : isNode(value)
        ? value.t === 'Note'
          ? [text(value.c)]
          : notes(value.c)
        : [];
  return doc.blocks.filter((block) => isNode(block) && block.t === 'Para').map(notes);
}

/**
 * The outline of a document as pandoc reads it (markdown, with bare URIs linked): its metadata
 * keys (a title block), then its blocks; list items are "item", smart quotes are text.
 */
export function pandocOutline(markdown: string): string[] {
  const doc = pandocRead(markdown, 'markdown+autolink_bare_uris');
  const lines = Object.keys(doc.meta).map((key) => `meta ${key}`);
  const text = (depth: number) => {
    if (lines[lines.length - 1] !== `${'  '.repeat(depth)}text`) lines.push(`${'  '.repeat(depth)}text`);
  };
  const walk = (value: unknown, depth: number): void => {
    if (Array.isArray(value)) return value.forEach((item) => walk(item, depth));
    if (!isNode(value)) return;
    const { t, c } = value;
    if (PANDOC_TEXT.has(t)) return text(depth);
    if (t === 'Quoted') return walk((c as unknown[])[1], depth);
    if (t === 'Link') {
      const [, inlines, [url]] = c as [unknown, unknown[], [string]];
      if (showsItsAddress(url, pandocPlain(inlines))) return text(depth);
      lines.push(`${'  '.repeat(depth)}Link ${url}`);
      return walk(inlines, depth + 1);
    }
    if (t === 'BulletList' || t === 'OrderedList') {
      lines.push(`${'  '.repeat(depth)}${t}`);
      const items = (t === 'OrderedList' ? (c as unknown[])[1] : c) as unknown[][];
      for (const item of items) {
        lines.push(`${'  '.repeat(depth + 1)}item`);
        walk(item, depth + 2);
      }
      return;
    }
    lines.push(`${'  '.repeat(depth)}${t}${t === 'Header' ? headerDetail(c as HeaderContent) : ''}`);
    walk(t === 'Header' ? (c as unknown[])[2] : c, depth + 1);
  };
  walk(doc.blocks, 0);
  return lines;
}

function pandocPlain(inlines: unknown[]): string {
  return inlines
    .map((node) =>
      isNode(node) ? (node.t === 'Str' ? (node.c as string) : node.t === 'Space' ? ' ' : '?') : '',
    )
    .join('');
}

type HeaderContent = [number, [string, string[], [string, string][]], unknown];

// A heading's level, and the classes and attributes given it ({.class key=value}); its id is
// left out, being made from its text.
function headerDetail([level, [, classes, attributes]]: HeaderContent): string {
  return [` ${level}`, ...classes.map((c) => ` .${c}`), ...attributes.map(([k, v]) => ` ${k}=${v}`)].join('');
}
