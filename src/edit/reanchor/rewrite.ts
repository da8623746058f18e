import { isDeepStrictEqual } from 'node:util';
import { Document, Scalar, isMap, isScalar, type Node, type Pair } from 'yaml';
import { parseCollection } from './citations.js';

// Changes written into a collection file as text, in place: a citation's paragraph and quote
// (each scalar replaced where it is written, in its own quoting), a citation taken out of its
// list (its lines removed), a source's sha256 set (its value replaced, or a line added after
// its text). Every other byte stays as it was. The result is parsed again and must hold the same
// data as before with exactly these changes; a file whose form does not allow that is refused
// with the reason, never rewritten.

/** One change to a collection file, by path in its document. */
export type FileEdit =
  | {
      readonly kind: 'cite';
      readonly path: readonly (string | number)[];
      readonly paragraph: number;
      readonly quote: string;
    }
  | { readonly kind: 'remove'; readonly path: readonly (string | number)[] }
  | {
      readonly kind: 'set';
      readonly path: readonly (string | number)[];
      readonly key: string;
      readonly value: string;
      readonly after: string;
    };

/** Why a file could not be changed in place. */
export class RewriteError extends Error {}

/** The text of a collection file with the edits made (see above). */
export function rewriteFile(text: string, edits: readonly FileEdit[]): string {
  const doc = parseCollection(text);
  if (doc.errors.length > 0) throw new RewriteError(`it is not valid YAML: ${doc.errors[0]!.message}`);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const replacements: Replacement[] = edits.flatMap((edit) => replacementsOf(doc, text, edit, eol));
  const result = spliced(text, replacements);
  verify(doc, result, edits);
  return result;
}

export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly with: string;
}

/**
 * The text with the replacements made, in one pass (a piece at a time, not a copy of the whole
 * text per replacement); two that overlap are refused. Replacements may come in any order; two
 * insertions at one place go in the reverse of theirs.
 */
export function spliced(text: string, replacements: readonly Replacement[]): string {
  const order = replacements.map((_, i) => i);
  order.sort((a, b) => replacements[a]!.start - replacements[b]!.start || b - a);
  const pieces: string[] = [];
  let at = 0;
  for (const { start, end, with: by } of order.map((i) => replacements[i]!)) {
    if (start < at) throw new RewriteError('two changes overlap');
    pieces.push(text.slice(at, start), by);
    at = end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

function replacementsOf(doc: Document, text: string, edit: FileEdit, eol: string): Replacement[] {
  const node = doc.getIn(edit.path, true) as Node | undefined;
  if (!isMap(node)) throw new RewriteError(`nothing to change at ${edit.path.join('.')}`);
  switch (edit.kind) {
    case 'cite':
      return [
        scalarReplacement(node.get('paragraph', true), edit.paragraph),
        scalarReplacement(node.get('quote', true), edit.quote),
      ];
    case 'remove':
      return [itemRemoval(text, node)];
    case 'set': {
      const pair = pairOf(node, edit.key);
      if (pair) return [scalarReplacement(pair.value, edit.value)];
      return [lineAfter(text, node, edit.after, `${edit.key}: ${scalarText(edit.value, Scalar.PLAIN)}`, eol)];
    }
  }
}

// A scalar's text replaced by the new value's, written in the scalar's own quoting where it can be.
function scalarReplacement(node: unknown, value: string | number): Replacement {
  if (!isScalar(node) || !node.range) throw new RewriteError('a value to change is not a plain value');
  const [start, end] = node.range;
  const type = typeof value === 'number' ? Scalar.PLAIN : (node.type ?? Scalar.QUOTE_DOUBLE);
  return { start, end, with: scalarText(value, type) };
}

/** A value as one line of YAML, in the quoting asked for (double quotes for a block scalar, or where the asked one cannot hold it). */
export function scalarText(value: string | number, type: Scalar.Type): string {
  const scalar = new Scalar(value);
  scalar.type = type === Scalar.BLOCK_FOLDED || type === Scalar.BLOCK_LITERAL ? Scalar.QUOTE_DOUBLE : type;
  const line = new Document(scalar).toString({ lineWidth: 0 }).replace(/\n$/, '');
  return line.includes('\n') ? JSON.stringify(value) : line;
}

// An item of a block list removed: from the start of its "- " line to the end of its last line.
function itemRemoval(text: string, node: Node): Replacement {
  const [start, end] = node.range!;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[ \t]*-[ \t]+$/.test(text.slice(lineStart, start)))
    throw new RewriteError(
      'a citation to remove is not an item of a list written as lines starting with "- "',
    );
  return { start: lineStart, end: lineEnd(text, end), with: '' };
}

// A line added to a block mapping after the pair of key after (or its last pair), indented as its keys.
function lineAfter(text: string, map: Node, after: string, line: string, eol: string): Replacement {
  if (!isMap(map) || map.flow)
    throw new RewriteError('a record to change is not written as lines of key: value');
  const pair = pairOf(map, after) ?? map.items.at(-1);
  const key = pair?.key as Node | undefined;
  const value = pair?.value as Node | undefined;
  if (!key?.range || !value?.range)
    throw new RewriteError('a record to change has no key to add a line after');
  const indent = key.range[0] - (text.lastIndexOf('\n', key.range[0] - 1) + 1);
  const at = lineEnd(text, value.range[1]);
  const before = at > 0 && text[at - 1] !== '\n' ? eol : '';
  return { start: at, end: at, with: `${before}${' '.repeat(indent)}${line}${eol}` };
}

// Where the line holding the character before offset ends, after its line break.
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', Math.max(offset - 1, 0));
  return newline < 0 ? text.length : newline + 1;
}

function pairOf(map: Node, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

// The changed text must read back as the data before with exactly the edits made.
function verify(doc: Document, text: string, edits: readonly FileEdit[]): void {
  const expected = withEdits(doc.toJS(), edits);
  const after = parseCollection(text);
  const same = after.errors.length === 0 && isDeepStrictEqual(after.toJS(), expected);
  if (!same) throw new RewriteError('the file changed in place would not read back as intended');
}

/** A file's data (its list of records) with the edits made, in place; throws RewriteError when an edit's path names nothing. */
export function withEdits(data: unknown, edits: readonly FileEdit[]): unknown {
  const removals: (readonly (string | number)[])[] = [];
  for (const edit of edits) {
    const target = valueAt(data, edit.path) as Record<string, unknown> | undefined;
    if (target === undefined) throw new RewriteError(`nothing to change at ${edit.path.join('.')}`);
    if (edit.kind === 'cite') Object.assign(target, { paragraph: edit.paragraph, quote: edit.quote });
    else if (edit.kind === 'set') target[edit.key] = edit.value;
    else removals.push(edit.path);
  }
  // Items taken out last, the later first, so that each path still names its item.
  removals
    .sort((a, b) => Number(b.at(-1)) - Number(a.at(-1)))
    .forEach((path) => (valueAt(data, path.slice(0, -1)) as unknown[]).splice(Number(path.at(-1)), 1));
  return data;
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let at = value;
  for (const step of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[step];
  }
  return at;
}
