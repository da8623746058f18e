import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { NodePath } from '../load/parse/located.js';

// Where a problem the whole check found lies inside the record a change wrote: the check says
// file:line:col of the file as it would be, and the writer wants the field (sources[1].quote), in
// terms of the flags or of the YAML they typed.

/**
 * The path, inside the record with this id in a collection file's text, of the node a problem at
 * line:col (1-based) points to; undefined when it points elsewhere.
 */
export function pathInRecord(text: string, id: string, line: number, col: number): NodePath | undefined {
  const doc = parseDocument(text, { schema: 'core', prettyErrors: false, logLevel: 'error' });
  const contents = doc.contents as Node | null;
  if (!isSeq(contents)) return undefined;
  const record = contents.items.find((item) => isMap(item) && item.get('id') === id) as Node | undefined;
  const offset = offsetOf(text, line, col);
  if (!record?.range || offset === undefined || offset < record.range[0] || offset >= record.range[2])
    return undefined;
  return deepest(record, offset, []);
}

// The path of the innermost node at offset: a key points to its field, a value into it.
function deepest(node: Node, offset: number, path: (string | number)[]): NodePath {
  // A problem at a mapping's start is about the mapping (a field missing), not its first key.
  if (isMap(node) && node.range?.[0] === offset) return path;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const value = pair.value as Node | null;
      if (key === undefined) continue;
      if (isScalar(pair.key) && pair.key.range && within(pair.key.range, offset)) return [...path, key];
      if (value?.range && within(value.range, offset)) return deepest(value, offset, [...path, key]);
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      const child = item as Node;
      if (child.range && within(child.range, offset)) return deepest(child, offset, [...path, i]);
    }
  }
  return path;
}

function within(range: readonly [number, number, number], offset: number): boolean {
  return offset >= range[0] && offset < Math.max(range[1], range[0] + 1);
}

// The offset of a 1-based line and column.
function offsetOf(text: string, line: number, col: number): number | undefined {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  return start + col - 1;
}

/** A path as people write it: sources[0].quote. */
export function fieldPath(path: NodePath): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}
