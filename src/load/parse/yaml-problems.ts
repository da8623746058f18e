import { visit, type Document, type YAMLWarning } from 'yaml';
import type { TextProblem } from './yaml-aliases.js';

// What the yaml package reports, in words for people who write data files.

/** The syntax error to report for a file: the first one (one mistake often derails the rest), said plainly. */
export function syntaxProblem(doc: Document, text: string): TextProblem {
  const errors = doc.errors;
  const first = errors.reduce((a, b) => (b.pos[0] < a.pos[0] ? b : a));
  const more = errors.length - 1;
  const after = more > 0 ? ` (and ${more} more syntax error${more === 1 ? '' : 's'} after it)` : '';
  const [start] = first.pos;
  // A tab in the indentation of the line the parser stumbled on is the likely cause.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const tab = /^ *\t/.exec(text.slice(lineStart, start + 1));
  if (first.code === 'TAB_AS_INDENT' || tab) {
    const offset = tab ? lineStart + tab[0].length - 1 : start;
    return { offset, message: `tabs are not allowed for indentation in YAML: indent with spaces${after}` };
  }
  switch (first.code) {
    case 'MISSING_CHAR': {
      // An unclosed quote is reported where the file (or flow) ends: point at where it opens.
      const quote = /^Missing closing (["'])quote/.exec(first.message)?.[1];
      const opens = quote === undefined ? undefined : scalarEndingAt(doc, start);
      if (opens === undefined) break;
      return {
        offset: opens,
        message: `missing closing ${quote} for the quoted text that starts here${after}`,
      };
    }
    case 'DUPLICATE_KEY':
      return { offset: start, message: `duplicate key${keyAt(text, start)} in this mapping${after}` };
    case 'MULTIPLE_DOCS':
      return {
        offset: start,
        message: `a second YAML document starts here: a collection file holds one list of records${after}`,
      };
    case 'NON_STRING_KEY':
      return {
        offset: start,
        message: `a key must be plain text, not a list, a mapping or an alias${after}`,
      };
    case 'RESOURCE_EXHAUSTION':
      return { offset: start, message: `nested too deeply to read (${firstLine(first.message)})${after}` };
  }
  return { offset: start, message: firstLine(first.message) + after };
}

/** The warnings that make a file unusable: tags (!custom, !!js/function, !!binary) that plain data does not have. */
export function tagProblems(warnings: readonly YAMLWarning[], text: string): TextProblem[] {
  return warnings
    .filter((warning) => warning.code === 'TAG_RESOLVE_FAILED' || warning.code === 'BAD_COLLECTION_TYPE')
    .map((warning) => {
      const [start, end] = warning.pos;
      const tag = text.slice(start, end);
      return {
        offset: start,
        message: `unknown tag ${tag}: data files are plain YAML (text, numbers, true/false, null, lists and mappings)`,
      };
    });
}

// Where the scalar that ends at offset starts, if there is one.
function scalarEndingAt(doc: Document, offset: number): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if (node.range?.[1] !== offset) return undefined;
      found = node.range[0];
      return visit.BREAK;
    },
  });
  return found;
}

// The key written at offset, as ' "name"' (or '' when it is not plain or quoted text on one line).
function keyAt(text: string, offset: number): string {
  const key = /^(?:"([^"\\\n]*)"|'([^'\n]*)'|([^\s:"'][^:\n]*?))[ \t]*:/.exec(
    text.slice(offset, offset + 1000),
  );
  const name = key?.[1] ?? key?.[2] ?? key?.[3];
  return name === undefined ? '' : ` ${JSON.stringify(name)}`;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
