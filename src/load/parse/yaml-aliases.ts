import { isAlias, isCollection, isPair, isScalar, type Document } from 'yaml';

// Aliases (*name) repeat the value of an anchor (&name): a file can make one small value stand
// for billions ("billion laughs"), and every stage after parsing walks what they expand to. So
// before anything is built from a document, its aliases are checked here, each problem at the
// alias that causes it.

/** How many values aliases may add to one file, once expanded. */
export const MAX_ALIAS_EXPANSION = 1_000_000;

/** How many characters of text aliases may add to one file, once expanded: a long text repeated is a bomb too. */
export const MAX_ALIAS_TEXT = 10_000_000;

/** A problem at an offset of the YAML text. */
export interface TextProblem {
  readonly offset: number;
  readonly message: string;
}

/** Aliases that name no anchor before them, that repeat a value they are inside, or that expand the file past the limit. */
export function aliasProblems(doc: Document): TextProblem[] {
  const problems: TextProblem[] = [];
  const anchors = new Map<string, unknown>(); // the node each anchor names, as far as the walk has come
  const sizes = new Map<unknown, number>(); // how many values an anchored node stands for, expanded
  const texts = new Map<unknown, number>(); // how many characters of text it stands for, expanded
  const open = new Set<unknown>(); // the collections the walk is inside
  let added = 0;
  let addedText = 0;
  let reported = false; // one bomb, one problem: at the alias that first goes past either limit
  let text = 0; // characters of text walked in the node being measured, expanded

  // How many values node stands for with its aliases expanded (an alias in error counts as one).
  const walk = (node: unknown): number => {
    if (node === null || node === undefined) return 0;
    if (isAlias(node)) {
      const at = node.range?.[0] ?? 0;
      const target = anchors.get(node.source);
      if (target === undefined) {
        problems.push({
          offset: at,
          message: `unknown alias *${node.source}: no anchor &${node.source} comes before it`,
        });
        return 1;
      }
      if (open.has(target)) {
        problems.push({
          offset: at,
          message: `alias *${node.source} is inside the value &${node.source} it repeats`,
        });
        return 1;
      }
      const size = sizes.get(target) ?? 1;
      const length = texts.get(target) ?? 0;
      added += size;
      addedText += length;
      text += length;
      const over =
        added > MAX_ALIAS_EXPANSION
          ? `${MAX_ALIAS_EXPANSION.toLocaleString('en')} values larger`
          : addedText > MAX_ALIAS_TEXT
            ? `${MAX_ALIAS_TEXT.toLocaleString('en')} characters longer`
            : undefined;
      if (over !== undefined && !reported) {
        reported = true;
        problems.push({
          offset: at,
          message: `alias *${node.source} makes this file more than ${over} once aliases are expanded (an alias bomb?)`,
        });
      }
      return size;
    }
    const anchor = isScalar(node) || isCollection(node) ? node.anchor : undefined;
    if (anchor) anchors.set(anchor, node); // from here on, even inside the node itself
    const textBefore = text;
    let size = 1;
    if (isScalar(node) && typeof node.value === 'string') text += node.value.length;
    if (isCollection(node)) {
      open.add(node);
      for (const item of node.items) size += isPair(item) ? walk(item.key) + walk(item.value) : walk(item);
      open.delete(node);
    }
    if (anchor) {
      sizes.set(node, size);
      texts.set(node, text - textBefore);
    }
    return size;
  };
  walk(doc.contents);
  return problems;
}
