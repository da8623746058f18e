// The marks of `timeline --chart`, as Unicode for a colour terminal and as ASCII elsewhere, and
// the legend that says what the marks drawn mean.
import { displayWidth, wrapCell } from '../../output/wrap.js';

/** The characters a chart draws with. */
export interface Glyphs {
  readonly happened: string;
  readonly uncertain: string;
  readonly planned: string;
  readonly ongoing: string;
  readonly fill: string;
  readonly unsure: string;
  readonly openEnd: string;
  readonly openStart: string;
  readonly axis: string;
  readonly tick: string;
  readonly break: string;
  readonly more: string;
}

/** Marks for a colour terminal. */
export const UNICODE: Glyphs = {
  happened: '●',
  uncertain: '◌',
  planned: '○',
  ongoing: '◐',
  fill: '━',
  unsure: '┄',
  openEnd: '▸',
  openStart: '◂',
  axis: '─',
  tick: '┬',
  break: '┊',
  more: '…',
};
/** Plain marks for pipes, files, NO_COLOR and TERM=dumb. */
export const ASCII: Glyphs = {
  happened: '*',
  uncertain: '?',
  planned: 'o',
  ongoing: '@',
  fill: '=',
  unsure: '~',
  openEnd: '>',
  openStart: '<',
  axis: '-',
  tick: '+',
  break: ':',
  more: '.',
};

// What the marks shown mean, and the hub left out, in lines of at most width.
export function legend(
  shown: ReadonlySet<string>,
  glyphs: Glyphs,
  width: number,
  hub?: { readonly name: string; readonly namedByMost: boolean },
): string[] {
  const items = (
    [
      [glyphs.happened, 'happened'],
      [glyphs.uncertain, 'date inferred or approximate'],
      [glyphs.planned, 'planned'],
      [glyphs.ongoing, 'ongoing'],
      [glyphs.fill, 'lasting', 3],
      [glyphs.unsure, 'sometime within', 3],
      [glyphs.openEnd, 'open end'],
      [glyphs.openStart, 'open start'],
    ] as const
  )
    .filter(([glyph]) => shown.has(glyph))
    .map(([glyph, text, repeat]) => `${glyph.repeat(repeat ?? 1)} ${text}`);
  if (shown.has('count') || shown.has('many'))
    items.push(`${shown.has('many') ? '2-9, # 10 or more' : '2-9'} events at one mark`);
  const lines = packed(items, width, glyphs.more);
  if (hub !== undefined) {
    const why = hub.namedByMost ? 'named by nearly every event' : 'whose relations the dataset is about';
    lines.push(...wrapCell(`${hub.name}, ${why}, has no lane of its own`, width));
  }
  return lines;
}

// Items joined into lines of at most width (an item wider than a line is cut to it).
function packed(items: readonly string[], width: number, more: string): string[] {
  const gap = '  ';
  const lines: string[] = [];
  let line = '';
  for (const item of items.map((text) => fitTo(text, width, more))) {
    if (line !== '' && displayWidth(line) + gap.length + displayWidth(item) > width) {
      lines.push(line);
      line = item;
    } else line = line === '' ? item : line + gap + item;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Text cut to at most width columns, after a whole word where that keeps half of it, ending with more. */
export function fitTo(text: string, width: number, more: string): string {
  if (displayWidth(text) <= width) return text;
  const room = width - displayWidth(more);
  let cut = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > Math.max(room, 0)) break;
    cut += ch;
    used += w;
  }
  const space = cut.lastIndexOf(' ');
  if (space >= cut.length / 2 && text[cut.length] !== ' ') cut = cut.slice(0, space).replace(/[,;:]$/, '');
  return room >= 0 ? cut + more : cut;
}

/** Text padded with spaces to width columns. */
export function padTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
