import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';
import type { Problem } from '../model/problem.js';
import type { FileRef, NodePath, YamlFile } from './located.js';

/** Parses YAML text into plain data, keeping positions; syntax errors come back as problems with their positions. */
export function parseYaml(
  text: string,
  display: string,
): { file: YamlFile; value: unknown; problems: Problem[] } | { problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
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

/** A FileRef for a file parsed already. */
export function refTo(file: YamlFile): FileRef {
  return { display: file.display, yaml: () => file };
}

/** A problem at the node of path (or its nearest existing ancestor); with key, at that key of the map. */
export function problemAt(ref: FileRef, path: NodePath, message: string, key?: string): Problem {
  const file = ref.yaml();
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
