import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderCsv, renderTsv } from '../../src/output/delimited.js';
import { formatFigure, formatParagraphs } from '../../src/output/format.js';
import { colorEnabled } from '../../src/output/io.js';
import { jsonText } from '../../src/output/render.js';
import { escapeControl } from '../../src/output/sanitize.js';
import { fitWidths, renderTable } from '../../src/output/table.js';

const plain = new Chalk({ level: 0 });

describe('TSV and CSV', () => {
  const table = {
    columns: ['date', 'title', 'note'],
    rows: [
      ['2024', 'a\tb\nc', ''],
      ['2019', 'back\\slash', 'x'],
    ],
  };

  it('TSV escapes tabs, newlines and backslashes and keeps empty fields', () => {
    expect(renderTsv(table)).toBe('date\ttitle\tnote\n2024\ta\\tb\\nc\t\n2019\tback\\\\slash\tx\n');
    expect(renderTsv(table, false).split('\n')[0]).toBe('2024\ta\\tb\\nc\t');
  });

  it('CSV quotes per RFC 4180', () => {
    const csv = renderCsv({
      columns: ['a', 'b'],
      rows: [
        ['say "hi"', 'x,y'],
        ['line\nbreak', 'plain'],
      ],
    });
    expect(csv).toBe('a,b\r\n"say ""hi""","x,y"\r\n"line\nbreak",plain\r\n');
  });

  it('never lets control characters through', () => {
    expect(escapeControl('red\u001b[31m bell\u0007 c1\u009b')).toBe('red\\x1b[31m bell\\x07 c1\\x9b');
    expect(renderTsv({ columns: ['x'], rows: [['\u001b[2J']] }, false)).toBe('\\x1b[2J\n');
    expect(jsonText({ s: '\u001b\u009b' }, 0)).toBe('{"s":"\\u001b\\u009b"}');
  });
});

describe('terminal tables', () => {
  it('fit the width: narrow columns keep theirs, wide ones share the rest', () => {
    expect(fitWidths([10, 50, 8], 100)).toEqual([10, 50, 8]);
    expect(fitWidths([10, 80, 60], 80)).toEqual([10, 39, 31]);
    expect(fitWidths([20, 80, 8], 60, [true, false, false])).toEqual([20, 32, 8]);
  });

  it('wrap long cells and align columns without borders', () => {
    const text = renderTable(
      { columns: ['date', 'title'], rows: [['2024-07', 'a title long enough to wrap onto a second line']] },
      { width: 30, style: plain },
    );
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('date     title');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every((line) => line.length <= 30)).toBe(true);
    expect(text).not.toMatch(/[│─┌]/);
  });
});

describe('colour', () => {
  it('honours --no-color, NO_COLOR, FORCE_COLOR and TERM=dumb', () => {
    expect(colorEnabled(true, {}, false)).toBe(true);
    expect(colorEnabled(false, {}, false)).toBe(false);
    expect(colorEnabled(true, {}, true)).toBe(false);
    expect(colorEnabled(true, { NO_COLOR: '1' }, false)).toBe(false);
    expect(colorEnabled(true, { TERM: 'dumb' }, false)).toBe(false);
    expect(colorEnabled(false, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colorEnabled(true, { FORCE_COLOR: '0' }, false)).toBe(false);
  });
});

describe('formatting', () => {
  it('writes figures as a writer would quote them', () => {
    expect(formatFigure({ value: 1735, unit: 'km', of: 'length', qualifier: 'exactly' })).toBe('1,735 km');
    expect(formatFigure({ value: 20, unit: '%', of: 'share', qualifier: 'over' })).toBe('over 20%');
  });

  it('compresses paragraph runs', () => {
    expect(formatParagraphs([1, 2, 4, 5, 6, 9])).toBe('1, 2, 4–6, 9');
  });
});

describe('narrow terminals', () => {
  it('never make a table wider than the terminal when the columns can shrink', () => {
    for (const [natural, available] of [
      [[7, 60, 40, 10, 30], 52],
      [[21, 60, 40, 10, 30], 72],
      [[10, 80, 60], 40],
    ] as const) {
      const widths = fitWidths(natural, available, [true]);
      expect(
        widths.reduce((a, b) => a + b, 0),
        String(natural),
      ).toBeLessThanOrEqual(available);
    }
  });
});
