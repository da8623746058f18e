// Text laid out in terminal columns: how wide it shows, where it may break, how it shortens.
// Tables wrap their cells here, before cli-table3 sees them, so that no word is cut: cli-table3's
// own wrapping hard-cuts a word longer than its column and ends a line that is too long with "…".

// Characters a terminal shows two columns wide: East Asian wide and fullwidth forms, and emoji.
// A generous superset of what cli-table3 measures as two columns (string-width), so that a line
// measured here never measures wider there.
const WIDE =
  /[\u1100-\u115f\u2329\u232a\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{1b000}-\u{1b2ff}\u{1f000}-\u{1faff}\u{20000}-\u{3fffd}]|\p{Extended_Pictographic}/u;
// Combining diacritical marks, which cli-table3 also counts as no width.
const ZERO = /[\u0300-\u036f]/u;

/** The columns text takes on a terminal (no escape sequences: measure before painting). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x300)
      width += 1; // most characters
    else width += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  }
  return width;
}

/** The widest word of text: the narrowest column it can wrap into without breaking a word. */
export function widestWord(text: string): number {
  let widest = 0;
  for (const word of text.split(' ')) widest = Math.max(widest, displayWidth(word));
  return widest;
}

/**
 * Lines of at most width columns, broken at spaces. A word wider than the column (a URL, a long
 * hyphenated name in a very narrow column) is the one thing broken: after a hyphen, dash or
 * slash where it has one, else at the column's edge; no character is ever left out.
 */
export function wrapCell(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(' ')) {
    const size = displayWidth(word);
    if (line !== '' && used + 1 + size <= width) {
      line += ` ${word}`;
      used += 1 + size;
      continue;
    }
    if (line !== '') lines.push(line);
    if (size <= width) [line, used] = [word, size];
    else {
      const pieces = breakWord(word, width);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1]!;
      used = displayWidth(line);
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

// A word wider than width, in pieces of at most width columns: each ends after the last
// hyphen, dash or slash that fits, or at the edge when none does.
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let rest = [...word];
  while (displayWidth(rest.join('')) > width) {
    let fit = 0;
    let used = 0;
    while (fit < rest.length && used + displayWidth(rest[fit]!) <= width) used += displayWidth(rest[fit++]!);
    let at = Math.max(1, fit);
    for (let i = fit - 1; i > 0; i--) {
      if (BREAK_AFTER.test(rest[i]!)) {
        at = i + 1;
        break;
      }
    }
    pieces.push(rest.slice(0, at).join(''));
    rest = rest.slice(at);
  }
  pieces.push(rest.join(''));
  return pieces;
}

const BREAK_AFTER = /[-‐–—/]/u;

/**
 * Text shortened to width columns at a space, with "…" for what is left out (for tables of one
 * line per record); a first word wider than the column is shortened at its edge.
 */
export function shortenCell(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (displayWidth(next) + 1 > width) break;
    line = next;
  }
  if (line === '') line = breakWord(text, Math.max(1, width - 1))[0]!;
  return `${line.replace(/[,;:]$/u, '')}…`;
}
