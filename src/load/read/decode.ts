import type { FileContent } from './read.js';

// Bytes to text: UTF-8 only, and no NUL bytes (a binary file). A file that is not text is
// reported at its first bad byte, counted the way YAML positions are: line = the line breaks
// before it + 1, column = the characters (UTF-16 units, as in every other message) of that line
// before it + 1, a leading byte order mark not counted.

/** The text of a file, or why it is not text (with the position of the first bad byte, when there is one). */
export type Decoded =
  { readonly text: string } | { readonly error: string; readonly line?: number; readonly col?: number };

const BOM = /^\uFEFF/;

/** Decodes bytes as UTF-8 text (a leading BOM dropped); NUL bytes or invalid UTF-8 come back as a positioned message. */
export function decodeText(content: FileContent): Decoded {
  if ('error' in content) return content;
  const { bytes } = content;
  const nul = bytes.indexOf(0);
  if (nul < 0) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(BOM, '') };
    } catch {
      // not UTF-8: find where, below
    }
  }
  const bad = firstInvalidUtf8(nul < 0 ? bytes : bytes.subarray(0, nul));
  if (bad >= 0) {
    const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      error: `not a UTF-8 text file: byte 0x${byte} here is not valid UTF-8 (save the file as UTF-8)`,
      ...positionOf(bytes, bad),
    };
  }
  return { error: 'not a text file: it has a NUL byte here', ...positionOf(bytes, nul) };
}

// Line and column of a byte offset, given that every byte before it is valid UTF-8.
function positionOf(bytes: Buffer, offset: number): { line: number; col: number } {
  const before = bytes.subarray(0, offset).toString('utf8').replace(BOM, '');
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) line++;
  return { line, col: before.length - lineStart + 1 };
}

/** The offset of the first byte that starts no well-formed UTF-8 sequence (Unicode table 3-7), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const shape = SEQUENCES.find((s) => lead >= s.from && lead <= s.to);
    if (!shape) return i;
    for (let k = 1; k <= shape.rest; k++) {
      const next = bytes[i + k];
      const [low, high] = k === 1 ? shape.second : [0x80, 0xbf];
      if (next === undefined || next < low || next > high) return i;
    }
    i += shape.rest + 1;
  }
  return -1;
}

// Lead bytes, how many continuation bytes follow, and the range of the first of them (which rules
// out overlong forms, surrogates and code points past U+10FFFF).
const SEQUENCES: readonly { from: number; to: number; rest: number; second: readonly [number, number] }[] = [
  { from: 0xc2, to: 0xdf, rest: 1, second: [0x80, 0xbf] },
  { from: 0xe0, to: 0xe0, rest: 2, second: [0xa0, 0xbf] },
  { from: 0xe1, to: 0xec, rest: 2, second: [0x80, 0xbf] },
  { from: 0xed, to: 0xed, rest: 2, second: [0x80, 0x9f] },
  { from: 0xee, to: 0xef, rest: 2, second: [0x80, 0xbf] },
  { from: 0xf0, to: 0xf0, rest: 3, second: [0x90, 0xbf] },
  { from: 0xf1, to: 0xf3, rest: 3, second: [0x80, 0xbf] },
  { from: 0xf4, to: 0xf4, rest: 3, second: [0x80, 0x8f] },
];
