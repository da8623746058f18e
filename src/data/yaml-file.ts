import { readFileSync } from 'node:fs';
import { LineCounter, isMap, isNode, isScalar, parseDocument, type Document } from 'yaml';
import type { Problem } from '../errors.js';

/** A parsed YAML file that can say where any of its nodes is. */
export interface YamlFile {
  /** The path shown in messages (relative to the working directory where that is shorter). */
  readonly display: string;
  readonly doc: Document;
  readonly lines: LineCounter;
}

export type NodePath = readonly (string | number)[];

/** Reads a file as UTF-8 text (a leading BOM dropped); what makes it unreadable comes back as a message. */
export function readText(path: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      error: code === 'EISDIR' ? 'is a directory, not a file' : `cannot read it (${code ?? String(error)})`,
    };
  }
  if (bytes.includes(0)) return { error: 'not a text file (it contains NUL bytes)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { error: 'not a UTF-8 text file' };
  }
}

/** Reads and parses a YAML file into plain data; syntax errors come back as problems with their positions. */
export function parseYamlFile(
  path: string,
  display: string,
): { file: YamlFile; value: unknown; problems: Problem[] } | { problems: Problem[] } {
  const read = readText(path);
  if ('error' in read) return { problems: [{ file: display, message: read.error }] };
  const lines = new LineCounter();
  const doc = parseDocument(read.text, { lineCounter: lines, prettyErrors: false });
  const file: YamlFile = { display, doc, lines };
  const [first, ...rest] = doc.errors;
  if (first) {
    // One mistake often derails the parser for the rest of the file: report where it starts.
    const more =
      rest.length > 0
        ? ` (and ${rest.length} more syntax error${rest.length === 1 ? '' : 's'} after it)`
        : '';
    const { line, col } = lines.linePos(first.pos[0]);
    return { problems: [{ file: display, line, col, message: firstLine(first.message) + more }] };
  }
  try {
    return { file, value: doc.toJS({ maxAliasCount: 1000 }), problems: [] };
  } catch (error) {
    return { problems: [{ file: display, message: `cannot be read: ${(error as Error).message}` }] };
  }
}

/** A problem at the node of path (or its nearest existing ancestor); with key, at that key of the map. */
export function problemAt(file: YamlFile, path: NodePath, message: string, key?: string): Problem {
  const { line, col } = file.lines.linePos(offsetOf(file, path, key));
  return { file: file.display, line, col, message };
}

function offsetOf(file: YamlFile, path: NodePath, key?: string): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? file.doc.contents : file.doc.getIn(path.slice(0, depth), true);
    if (!isNode(node) || !node.range) continue;
    if (key !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (isNode(pair?.key) && pair.key.range) return pair.key.range[0];
    }
    return node.range[0];
  }
  return 0;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
