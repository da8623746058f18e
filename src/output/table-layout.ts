// How a table fits a terminal: which columns it shows and how wide each is. The rule (80
// columns is the design width): the column a reader reads (a statement, a title) gets the
// width; ids give way first (a line under the row, or left out of a one-line table); no column
// is narrower than its widest word while the table can avoid it, so words are never cut.

/** What the layout knows of one column. */
export interface ColumnFacts {
  /** Widest cell (or header), in terminal columns. */
  readonly natural: number;
  /** Widest word: narrower than this, a word must break. */
  readonly word: number;
  /** Never narrowed while the table can avoid it (dates, kinds, ids are copied whole). */
  readonly fixed: boolean;
  /** Gives way first (ids). */
  readonly minor: boolean;
  /** The width of every cell, ascending (for tables of one line a record). */
  readonly cells?: readonly number[];
}

/** The columns shown, in order, with their widths; minor columns moved under the reader or left out. */
export interface Layout {
  readonly shown: readonly number[];
  readonly widths: readonly number[];
  readonly moved: readonly number[];
  readonly dropped: readonly number[];
}

/** Lines a row of the sample needs for its cells at given widths: see wrappedLayout. */
export type LineCounter = (column: number, width: number) => readonly number[];

/** The space between columns. */
export const GAP = 2;

/** Layout of a wrapping table: the one, of keeping ids in place or moving them under the reader, with fewer lines. */
export function wrappedLayout(
  facts: readonly ColumnFacts[],
  reader: number,
  width: number,
  lines: LineCounter,
): Layout {
  const all = facts.map((_, i) => i);
  const minor = all.filter((i) => facts[i]!.minor && i !== reader);
  const inPlace = share(facts, all, reader, width, lines);
  if (minor.length === 0 || reader < 0 || inPlace.cost === 0) return layout(all, inPlace.widths, [], []);
  const kept = all.filter((i) => !minor.includes(i));
  const under = share(facts, kept, reader, width, lines, minor);
  const better = under.short !== inPlace.short ? under.short < inPlace.short : under.cost < inPlace.cost;
  return better ? layout(kept, under.widths, minor, []) : layout(all, inPlace.widths, [], []);
}

function layout(shown: number[], widths: number[], moved: number[], dropped: number[]): Layout {
  return { shown, widths, moved, dropped };
}

// Widths for the columns shown (indexes into facts), and the lines the sample rows take. Fixed
// columns keep their width, the others start at their widest word; the room left is shared by
// trying each width of the reader (the rest going to the others in proportion to what they
// lack) and keeping the one with the fewest lines (then the fewest wrapped in the other
// columns), the widest reader among equals. Moved
// columns take lines of their own under the reader.
function share(
  facts: readonly ColumnFacts[],
  shown: readonly number[],
  reader: number,
  width: number,
  lines: LineCounter,
  moved: readonly number[] = [],
): { widths: number[]; cost: number; short: number } {
  const room = width - GAP * (shown.length - 1);
  const natural = shown.map((i) => facts[i]!.natural);
  if (natural.reduce((a, b) => a + b, 0) <= room && moved.length === 0)
    return { widths: natural, cost: 0, short: 0 };
  const least = shown.map((i) =>
    facts[i]!.fixed ? facts[i]!.natural : Math.min(facts[i]!.word, facts[i]!.natural),
  );
  const r = shown.indexOf(reader);
  // Moved columns (ids) are copied whole: the reader is at least as wide as the widest of them.
  const widestMoved = Math.max(0, ...moved.map((i) => facts[i]!.natural));
  if (r >= 0) {
    natural[r] = Math.max(natural[r]!, widestMoved);
    least[r] = Math.max(least[r]!, widestMoved);
  }
  const spare = room - least.reduce((a, b) => a + b, 0);
  if (spare < 0) return { widths: narrowest(facts, shown, room), cost: Infinity, short: -spare };
  let best = { widths: least, cost: Infinity, short: 0 };
  let fewest = Infinity; // lines of the other columns' cells, among layouts of equal cost
  const top = r < 0 ? 0 : Math.min(natural[r]! - least[r]!, spare);
  for (let more = top; more >= 0; more--) {
    const widths = [...least];
    if (r >= 0) widths[r]! += more;
    spread(
      widths,
      natural,
      shown.map((i, p) => p !== r && !facts[i]!.fixed),
      spare - more,
    );
    const [cost, others] = costOf(
      shown,
      r,
      widths,
      lines,
      r < 0 ? [] : moved.map((i) => lines(i, widths[r]!)),
    );
    if (cost < best.cost || (cost === best.cost && others < fewest)) {
      best = { widths, cost, short: 0 };
      fewest = others;
    }
    if (r < 0) break;
  }
  return best;
}

// Adds extra to the open columns, in proportion to how much narrower than natural each is.
function spread(widths: number[], natural: readonly number[], open: readonly boolean[], extra: number): void {
  let left = extra;
  while (left > 0) {
    const wanting = widths.map((w, p) => (open[p] ? natural[p]! - w : 0));
    const wanted = wanting.reduce((a, b) => a + b, 0);
    if (wanted === 0) return;
    let given = 0;
    for (let p = 0; p < widths.length; p++) {
      const more = Math.min(wanting[p]!, Math.floor((left * wanting[p]!) / wanted));
      widths[p]! += more;
      given += more;
    }
    if (given === 0) {
      widths[wanting.findIndex((w) => w > 0)]! += 1;
      given = 1;
    }
    left -= given;
  }
}

// Total lines of the sample rows (each as tall as its tallest cell, the reader's with the moved
// lines under it), and
// the lines of the cells of the columns other than the reader: among layouts of as many lines,
// the one that wraps fewer of those (a figure such as "240 km; 3 bcm" kept on one line).
function costOf(
  shown: readonly number[],
  reader: number,
  widths: readonly number[],
  lines: LineCounter,
  extra: readonly (readonly number[])[],
): [number, number] {
  const perColumn = shown.map((i, p) => lines(i, widths[p]!));
  const rows = perColumn[0]?.length ?? 0;
  let cost = 0;
  let others = 0;
  for (let row = 0; row < rows; row++) {
    const under = extra.reduce((sum, column) => sum + column[row]!, 0); // below the reader's text
    let tallest = 0;
    perColumn.forEach((column, p) => {
      tallest = Math.max(tallest, column[row]! + (p === reader ? under : 0));
      if (p !== reader) others += column[row]!;
    });
    cost += tallest;
  }
  return [cost, others];
}

// The last resort, when the columns cannot all keep their widest word: fixed columns keep
// theirs and the others share the rest (words break in them), else every column shrinks.
function narrowest(facts: readonly ColumnFacts[], shown: readonly number[], room: number): number[] {
  const fixed = shown.reduce((sum, i) => sum + (facts[i]!.fixed ? facts[i]!.natural : 0), 0);
  const open = shown.filter((i) => !facts[i]!.fixed);
  const each = Math.floor((room - fixed) / Math.max(1, open.length));
  if (open.length === 0 || each < LEAST)
    return squeeze(
      shown.map((i) => facts[i]!.natural),
      room,
    );
  const widths = shown.map((i) => (facts[i]!.fixed ? facts[i]!.natural : Math.min(each, facts[i]!.natural)));
  spread(
    widths,
    shown.map((i) => facts[i]!.natural),
    shown.map((i) => !facts[i]!.fixed),
    room - widths.reduce((a, b) => a + b, 0),
  );
  return widths;
}

const LEAST = 8;

/** Widths that fit room when the columns cannot all keep their widest word: each in proportion, at least 1. */
export function squeeze(widths: readonly number[], room: number): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= room) return [...widths];
  const out = widths.map((w) => Math.max(1, Math.floor((w * Math.max(room, widths.length)) / total)));
  return out;
}
