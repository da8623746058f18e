// A table of one line a record (actors, issues, countries) fits a terminal by leaving columns out
// and shortening cells at a word, never by wrapping: see oneLineLayout.
import { GAP, squeeze, type ColumnFacts, type Layout } from './table-layout.js';

/**
 * Layout of a table of one line per record. Minor columns are left out until it fits; then
 * the other columns shorten (their cells at a word, with "…") down to a few words, or are left
 * out, so that the reader keeps its width; only then does the reader shorten.
 */
export function oneLineLayout(facts: readonly ColumnFacts[], reader: number, width: number): Layout {
  let shown = facts.map((_, i) => i);
  const dropped: number[] = [];
  const excess = (widths: readonly number[]) =>
    widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1) - width;
  const drop = (i: number) => {
    shown = shown.filter((k) => k !== i);
    dropped.push(i);
  };
  for (const i of [...shown].reverse()) {
    if (excess(shown.map((k) => facts[k]!.natural)) <= 0) break;
    if (facts[i]!.minor && i !== reader) drop(i);
  }
  const open = (k: number) => k !== reader && !facts[k]!.fixed;
  for (;;) {
    const widths = shown.map((k) => facts[k]!.natural);
    let over = excess(widths);
    // The other flexible columns lose a column at a time where that shortens the fewest cells,
    // down to a few words; if that is not enough, the rightmost is left out.
    while (over > 0) {
      const p = cheapest(facts, shown, widths, open);
      if (p < 0) break;
      widths[p]! -= 1;
      over -= 1;
    }
    const last = [...shown].reverse().find(open);
    if (over > 0 && last !== undefined) {
      drop(last);
      continue;
    }
    const r = shown.indexOf(reader);
    if (over > 0 && r >= 0) widths[r] = Math.max(Math.min(widths[r]!, READER_FLOOR), widths[r]! - over);
    const fitted = excess(widths) > 0 ? squeeze(widths, width - GAP * (widths.length - 1)) : widths;
    return { shown, widths: fitted, moved: [], dropped };
  }
}

// The position of the open column that, one narrower, shortens the fewest cells that still fit
// (the widest, then the rightmost, among equals); -1 when every open column is at SHORT_FLOOR.
function cheapest(
  facts: readonly ColumnFacts[],
  shown: readonly number[],
  widths: readonly number[],
  open: (k: number) => boolean,
): number {
  let best = -1;
  let fewest = Infinity;
  shown.forEach((k, p) => {
    const w = widths[p]!;
    if (!open(k) || w <= SHORT_FLOOR) return;
    const cells = facts[k]!.cells ?? [];
    const shortened = countAtLeast(cells, w) - countAtLeast(cells, w + 1);
    if (shortened < fewest || (shortened === fewest && w >= widths[best]!)) [best, fewest] = [p, shortened];
  });
  return best;
}

// How many of the sorted widths are at least w (binary search).
function countAtLeast(sorted: readonly number[], w: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
}

const SHORT_FLOOR = 20;
const READER_FLOOR = 24;
