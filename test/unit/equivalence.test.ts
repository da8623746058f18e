import { describe, expect, it } from 'vitest';
import { crc32, encodeContainer, memorySource, openContainer } from '../../src/dataset/container.js';
import { edtfSpan } from '../../src/load/check/edtf.js';
import { compareText } from '../../src/model/compare.js';
import { calendarSpan, isoDay } from '../../src/model/dates.js';
import { fnv1a32, fnv1a64 } from '../../src/model/hash.js';
import { formatNumber } from '../../src/model/numbers.js';
import { PLAIN } from '../../src/output/io.js';
import { jsonText, render } from '../../src/output/render.js';
import { Buffer as Collector } from '../helpers.js';

// The reading commands avoid a few costly built-ins (locale data, collation, Date, the edtf
// parser) on their fast path. Each replacement must give exactly what it replaces.

// A seeded generator, so that a failure can be reproduced.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

describe('fast replacements', () => {
  it('formatNumber writes what toLocaleString("en-US") writes', () => {
    const next = random(1);
    const values = [0, -0, 1, 33, 540, 1735, 1735.5, 0.1 + 0.2, 1 / 3, 1e21, 1e-7, -5000, 2 ** 53 + 2];
    for (let i = 0; i < 20000; i++) {
      values.push(
        Math.round(next() * 10 ** (i % 16)) / 10 ** (i % 7),
        (next() - 0.5) * 10 ** ((i % 40) - 20),
      );
    }
    for (const value of values) {
      expect(formatNumber(value), String(value)).toBe(
        value.toLocaleString('en-US', { maximumFractionDigits: 20 }),
      );
    }
  });

  it('isoDay gives the day toISOString gives, for any instant', () => {
    const next = random(2);
    const instants = [
      0, -1, 86_399_999, 86_400_000, -62_167_219_200_000, 253_402_300_799_999, 951_782_400_000,
    ];
    for (let i = 0; i < 20000; i++)
      instants.push(Math.floor((next() * 2 - 1) * 8.64e15), Math.floor(next() * 4e12));
    for (const instant of instants) {
      expect(isoDay(instant), String(instant)).toBe(new Date(instant).toISOString().slice(0, 10));
    }
    expect(isoDay(Infinity)).toBe('');
  });

  it('calendarSpan spans a typed date as the edtf package does, and refuses days that do not exist', () => {
    for (const value of [
      '2024',
      '0999',
      '1900',
      '2024-02',
      '2023-02',
      '2024-02-29',
      '2024-12-31',
      '0001-01-01',
    ]) {
      expect(calendarSpan(value), value).toEqual(edtfSpan(value));
    }
    for (const value of ['2023-02-29', '2024-13', '2024-00', '2024-04-31', '24', '2024-1', 'x']) {
      expect(calendarSpan(value), value).toBeUndefined();
    }
  });

  it('compareText orders as localeCompare does', () => {
    const next = random(3);
    const alphabet = 'abcz019 -';
    const word = () =>
      Array.from({ length: 1 + Math.floor(next() * 8) }, () => alphabet[Math.floor(next() * 9)]).join('');
    const pairs: [string, string][] = [
      ['Zeta', 'alpha'],
      ['Türkiye', 'Turkey'],
      ['a', 'B'],
    ];
    for (let i = 0; i < 20000; i++) pairs.push([word(), word()]);
    for (const [a, b] of pairs)
      expect(Math.sign(compareText(a, b)), `${a} ${b}`).toBe(Math.sign(a.localeCompare(b)));
  });

  it('fnv1a matches the published test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
});

describe('output written in pieces', () => {
  it('is the JSON the whole value would give', async () => {
    const values: unknown[] = [
      [],
      {},
      [{ a: 1, b: [1, 2, { c: 'x\ny' }], d: {} }, { e: [] }, 'line\nbreak', '\u0085', null, 3],
      Array.from({ length: 3000 }, (_, i) => ({
        id: `r-${i}`,
        tags: ['a', 'b'],
        nested: { n: i, list: [] },
      })),
      { key: 'value' },
    ];
    for (const json of values) {
      const stdout = new Collector();
      const out = { stdout, stderr: stdout, isTTY: false, style: PLAIN, errStyle: PLAIN, columns: 80 };
      await render({ rows: { columns: [], rows: [] }, json }, 'json', out);
      expect(stdout.text).toBe(jsonText(json) + '\n');
    }
  });
});

describe('the compiled container', () => {
  it('gives back every part as written, and refuses a damaged one', () => {
    const parts = {
      lines: ['a', 'ü', ''],
      json: ['line\nbreak', 'x'],
      u8: Uint8Array.of(1, 2, 255),
      u32: Uint32Array.of(0, 1, 2 ** 32 - 1),
      f64: Float64Array.of(-Infinity, 0.5, NaN),
      empty: [],
    };
    const bytes = encodeContainer({ kind: 'test' }, parts);
    const container = openContainer<{ kind: string }>(memorySource(bytes))!;
    expect(container.meta).toEqual({ kind: 'test' });
    for (const [name, part] of Object.entries(parts)) expect(container.part(name), name).toEqual(part);
    const damaged = Buffer.from(bytes);
    damaged[damaged.length - 3]! ^= 1; // inside the last part but one (f64)
    const opened = openContainer(memorySource(damaged))!;
    expect(opened.part('u32')).toEqual(parts.u32);
    expect(() => opened.part('f64')).toThrow(/damaged compiled dataset/);
    expect(openContainer(memorySource(bytes.subarray(0, bytes.length - 1)))).toBeUndefined();
    expect(openContainer(memorySource(Buffer.from('car-brief compiled dataset\nnonsense')))).toBeUndefined();
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
