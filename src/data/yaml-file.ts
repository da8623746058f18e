import { readFileSync } from 'node:fs';
import type { Document} from 'yaml';
import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';
import type { Problem } from '../errors.js';

/** A parsed YAML file that can say where any of its nodes is. */
export interface YamlFile {
  /** The path shown in messages (relative to the working directory where that is shorter). */
  readonly display: string;
  readonly doc: Document;
  readonly lines: LineCounter;
}

export type NodePath = readonly (string | number)[];

/** Reads and parses a YAML file; syntax errors come back as problems with their positions. */
export function parseYamlFile(path: string, display: string): { file: YamlFile; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false });
  const file: YamlFile = { display, doc, lines };
  const problems = doc.errors.map((error) => {
    const { line, col } = lines.linePos(error.pos[0]);
    return { file: display, line, col, message: firstLine(error.message) };
  });
  return { file, problems };
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
