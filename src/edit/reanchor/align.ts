import { searchWords } from '../../model/words.js';

// Which paragraph of a source's new text each old paragraph became, before any quote is looked
// up: a paragraph kept word for word is found wherever it went (an insertion above it, a swap),
// and one that was edited is paired with the unpaired new paragraph most like it. A quote is
// then first looked for where its paragraph went, and text that was elsewhere before (another
// paragraph that already said the same) is never taken for where a quote went.

/** Old paragraph i became new paragraph successor[i] (-1: none); new paragraph k came from predecessor[k]. */
export interface Alignment {
  readonly successor: Int32Array;
  readonly predecessor: Int32Array;
}

/** Paragraphs sharing less than this (Dice coefficient of their words) are not one paragraph edited. */
export const MIN_PARAGRAPH_LIKENESS = 0.5;
/** An edited paragraph is looked for this many paragraphs either side of where its neighbours went. */
const WINDOW = 64;

/** Pairs the old paragraphs with the new (see above). */
export function alignParagraphs(before: readonly string[], after: readonly string[]): Alignment {
  const successor = new Int32Array(before.length).fill(-1);
  const predecessor = new Int32Array(after.length).fill(-1);
  const pair = (i: number, k: number) => {
    successor[i] = k;
    predecessor[k] = i;
  };
  // The same text: the n-th old copy of a paragraph is the n-th new copy.
  const copies = new Map<string, number[]>();
  after.forEach((text, k) => {
    const list = copies.get(text);
    if (list) list.push(k);
    else copies.set(text, [k]);
  });
  before.forEach((text, i) => {
    const k = copies.get(text)?.shift();
    if (k !== undefined) pair(i, k);
  });
  pairEdited(before, after, successor, predecessor, pair);
  return { successor, predecessor };
}

// Each old paragraph left unpaired, with the unpaired new paragraph most like it near where it
// should be; the likeliest pairs first.
function pairEdited(
  before: readonly string[],
  after: readonly string[],
  successor: Int32Array,
  predecessor: Int32Array,
  pair: (i: number, k: number) => void,
): void {
  const oldLeft = [...successor.keys()].filter((i) => successor[i] === -1);
  const newLeft = [...predecessor.keys()].filter((k) => predecessor[k] === -1);
  if (oldLeft.length === 0 || newLeft.length === 0) return;
  const words = new Map<number, Map<string, number>>();
  const bag = (text: string) => {
    const counts = new Map<string, number>();
    for (const word of searchWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  };
  for (const k of newLeft) words.set(k, bag(after[k]!));
  const pairs: { i: number; k: number; likeness: number }[] = [];
  for (const i of oldLeft) {
    const mine = bag(before[i]!);
    const expected = expectedPlace(i, successor);
    for (const k of newLeft) {
      if (Math.abs(k - expected) > WINDOW) continue;
      const likeness = dice(mine, words.get(k)!);
      if (likeness >= MIN_PARAGRAPH_LIKENESS) pairs.push({ i, k, likeness });
    }
  }
  pairs.sort((a, b) => b.likeness - a.likeness || Math.abs(a.i - a.k) - Math.abs(b.i - b.k));
  for (const { i, k } of pairs) if (successor[i] === -1 && predecessor[k] === -1) pair(i, k);
}

// Where old paragraph i should be in the new text: as far from the nearest paired paragraph above it as it was.
function expectedPlace(i: number, successor: Int32Array): number {
  for (let j = i - 1; j >= 0; j--) if (successor[j]! >= 0) return successor[j]! + (i - j);
  return i;
}

// How much two bags of words share: 2 |A ∩ B| / (|A| + |B|), 1 for two empty ones.
function dice(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  let sizeA = 0;
  let sizeB = 0;
  for (const [word, n] of a) {
    sizeA += n;
    shared += Math.min(n, b.get(word) ?? 0);
  }
  for (const n of b.values()) sizeB += n;
  return sizeA + sizeB === 0 ? 1 : (2 * shared) / (sizeA + sizeB);
}
