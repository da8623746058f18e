import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';
import type { Problem } from '../../model/problem.js';
import type { FileRef, NodePath, YamlFile } from './located.js';
import { aliasProblems, type TextProblem } from './yaml-aliases.js';
import { syntaxProblem, tagProblems } from './yaml-problems.js';

/**
 * Parses YAML text into plain data, keeping positions. Syntax errors, tags plain data does not
 * have, and aliases that are unknown, loop or expand too far come back as positioned problems.
 */
export function parseYaml(
  text: string,
  display: string,
): { file: YamlFile; value: unknown; problems: Problem[] } | { problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    schema: 'core', // YAML 1.2, even where a file asks for 1.1 (which reads 2024-07-10 as a time)
    resolveKnownTags: false, // !!binary, !!set, !!timestamp… are reported, not turned into objects
    stringKeys: true, // a list or mapping as a key is an error, not a key made of its text
    logLevel: 'error', // nothing printed to stderr by the parser itself
  });
  const file: YamlFile = { display, doc, lines };
  const at = ({ offset, message }: TextProblem): Problem => ({
    file: display,
    ...lines.linePos(offset),
    message,
  });
  if (doc.errors.length > 0) return { problems: [at(syntaxProblem(doc, text))] };
  try {
    // (A file without "*" has no aliases: the walk is skipped.)
    const found = [...tagProblems(doc.warnings, text), ...(text.includes('*') ? aliasProblems(doc) : [])];
    if (found.length > 0) return { problems: found.map(at) };
    // Aliases are checked above: they expand to at most MAX_ALIAS_EXPANSION values.
    return { file, value: doc.toJS({ maxAliasCount: -1 }), problems: [] };
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
