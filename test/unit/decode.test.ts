import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../src/load/read/decode.js';

const decode = (...parts: (string | number[])[]) =>
  decodeText({
    bytes: Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p)))),
    fingerprint: '',
  });

describe('decodeText', () => {
  it('decodes UTF-8, dropping a byte order mark', () => {
    expect(decode([0xef, 0xbb, 0xbf], '- id: é\r\n')).toEqual({ text: '- id: é\r\n' });
  });

  it('gives the line and column of the first byte that is not UTF-8', () => {
    expect(decode('- id: a\n  title: caf', [0xe9], '\n')).toEqual({
      error: 'not a UTF-8 text file: byte 0xE9 here is not valid UTF-8 (save the file as UTF-8)',
      line: 2,
      col: 13,
    });
    // Columns count characters, not bytes; a byte order mark is not counted.
    expect(decode([0xef, 0xbb, 0xbf], 'ééé', [0xff])).toMatchObject({ line: 1, col: 4 });
  });

  it('gives the position of the first NUL byte', () => {
    expect(decode('a: 1\nb: 2\n  c', [0], 'd')).toEqual({
      error: 'not a text file: it has a NUL byte here',
      line: 3,
      col: 4,
    });
  });

  it('reports whichever comes first of a NUL and a bad byte', () => {
    expect(decode('a', [0xff], 'b', [0])).toMatchObject({
      line: 1,
      col: 2,
      error: expect.stringContaining('UTF-8'),
    });
    expect(decode('a', [0], 'b', [0xff])).toMatchObject({
      line: 1,
      col: 2,
      error: expect.stringContaining('NUL'),
    });
  });

  it('passes on why a file could not be read', () => {
    expect(decodeText({ error: 'is a directory, not a file' })).toEqual({
      error: 'is a directory, not a file',
    });
  });
});

describe('firstInvalidUtf8', () => {
  it('finds overlong forms, surrogates, code points past U+10FFFF and cut sequences', () => {
    const at = (...bytes: number[]) => firstInvalidUtf8(Buffer.from([0x61, ...bytes]));
    expect(at(0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80)).toBe(-1); // é € 😀
    expect(at(0xc0, 0xaf)).toBe(1); // overlong /
    expect(at(0xe0, 0x80, 0xaf)).toBe(1); // overlong /
    expect(at(0xed, 0xa0, 0x80)).toBe(1); // a surrogate
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(1); // past U+10FFFF
    expect(at(0xe2, 0x82)).toBe(1); // cut at the end
    expect(at(0xe2, 0x82, 0x41)).toBe(1); // cut by an ASCII byte
    expect(at(0x80)).toBe(1); // a lone continuation byte
  });
});
