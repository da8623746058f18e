import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderCsv, renderTsv } from '../../src/output/delimited.js';
import { formatFigure, formatParagraphs } from '../../src/model/format.js';
import { colorEnabled } from '../../src/output/io.js';
import { csvLine } from '../../src/output/delimited.js';
import { jsonText, peopleWidth } from '../../src/output/render.js';
import { processOutput } from '../../src/output/io.js';
import { renderReport } from '../../src/output/report.js';
import {
  DISPLAY_LIMIT,
  displayText,
  escapeControl,
  escapeMessage,
  formulaSafe,
} from '../../src/output/sanitize.js';
import { renderTable } from '../../src/output/table.js';

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

describe('long tables', () => {
  it('are laid out in pieces that line up as one table', () => {
    const rows = Array.from({ length: 450 }, (_, i) => [String(i).padStart(i % 7, '0'), `row ${i}`]);
    const lines = renderTable({ columns: ['n', 'title'], rows }, { width: 40, style: plain })
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(451);
    expect(lines[0]).toBe('n       title');
    expect(lines.slice(1).every((line, i) => line.slice(8) === `row ${i}`)).toBe(true);
  });
});

describe('colour', () => {
  it('honours --no-color, NO_COLOR, FORCE_COLOR and TERM=dumb', () => {
    expect(colorEnabled(true, {})).toBe(true);
    expect(colorEnabled(false, {})).toBe(false);
    expect(colorEnabled(true, {}, 'never')).toBe(false);
    expect(colorEnabled(true, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(true, { TERM: 'dumb' })).toBe(false);
    expect(colorEnabled(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(true, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled(true, { CLICOLOR: '0' })).toBe(false);
    expect(colorEnabled(false, { NO_COLOR: '1' }, 'always')).toBe(true);
    expect(colorEnabled(true, {}, 'never')).toBe(false);
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

describe('untrusted text', () => {
  it('escapes bidi controls and line separators visibly, and \\u-escapes them in JSON', () => {
    const trojan = 'admin\u202e \u2066x\u2069 a\u2028b\u2029';
    expect(escapeControl(trojan)).toBe('admin\\u202e \\u2066x\\u2069 a\\u2028b\\u2029');
    expect(renderTsv({ columns: ['x'], rows: [[trojan]] }, false)).toBe(
      'admin\\u202e \\u2066x\\u2069 a\\u2028b\\u2029\n',
    );
    expect(jsonText({ s: trojan }, 0)).toBe('{"s":"admin\\u202e \\u2066x\\u2069 a\\u2028b\\u2029"}');
    expect(JSON.parse(jsonText({ s: trojan }, 0))).toEqual({ s: trojan });
    // Invisible marks and format characters too; the joiners that scripts and emoji need stay.
    expect(escapeControl('a\u200fb\u061c\u200b\ufeff\u2060\u{e0041}')).toBe(
      'a\\u200fb\\u061c\\u200b\\ufeff\\u2060\\u{e0041}',
    );
    expect(escapeControl('\u0645\u06cc\u200c\u06a9\u0646\u0645 👩\u200d💻')).toBe(
      '\u0645\u06cc\u200c\u06a9\u0646\u0645 👩\u200d💻',
    );
    expect(jsonText({ s: 'x\u{e0041}\u200b' }, 0)).toBe('{"s":"x\\udb40\\udc41\\u200b"}');
    expect(JSON.parse(jsonText({ s: 'x\u{e0041}\u200b' }, 0))).toEqual({ s: 'x\u{e0041}\u200b' });
    expect(renderTsv({ columns: ['x'], rows: [['a\u{e0041}']] }, false)).toBe('a\\u{e0041}\n');
  });

  it('keeps a message on one line', () => {
    expect(escapeMessage('a\nb\r\tc\u001b')).toBe('a\\nb\\x0d\\tc\\x1b');
    const huge = escapeMessage(`bad id: ${'x'.repeat(1_000_000)}`);
    expect(huge.length).toBeLessThan(DISPLAY_LIMIT + 40);
    expect(huge).toMatch(/… \[\d+ more characters\]$/);
  });

  it("puts ' before CSV cells that start like a formula, unless raw", () => {
    for (const cell of ['=1+1', '+1', '-1+1', '@SUM(A1)', '\tx', '\uff1d1', '-0100'])
      expect(formulaSafe(cell)).toBe(`'${cell}`);
    for (const cell of ['1+1', 'a=b', "'=x", '', '2024-07']) expect(formulaSafe(cell)).toBe(cell);
    expect(csvLine(['=A1', 'x', '-0100/2024'])).toBe("'=A1,x,'-0100/2024\r\n");
    expect(csvLine(['=A1', 'x'], { raw: true })).toBe('=A1,x\r\n');
    // A carriage return is escaped before the rule applies, so it cannot start a cell.
    expect(csvLine(['\r=A1'])).toBe('\\x0d=A1\r\n');
  });

  it('cuts a huge field for display, so laying it out costs no more than a long one', () => {
    const huge = 'word '.repeat(200_000);
    const cut = displayText(huge);
    expect(cut.length).toBeLessThan(DISPLAY_LIMIT + 40);
    expect(cut).toMatch(/… \[998000 more characters\]$/);
    expect(displayText('short')).toBe('short');
    // A surrogate pair is never split.
    expect(displayText('a\u{1F600}', 2)).toBe('a… [2 more characters]');
    const table = renderTable({ columns: ['title'], rows: [[huge]] }, { width: 80, style: plain });
    expect(table.length).toBeLessThan(2 * DISPLAY_LIMIT);
    expect(table).toContain('more characters]');
    const report = renderReport({ title: huge, intro: huge, sections: [] }, { width: 80, style: plain });
    expect(report.length).toBeLessThan(3 * DISPLAY_LIMIT);
  });

  it('treats a terminal that reports 0 columns as one of unknown width', () => {
    const stream = { write: () => true, isTTY: true, columns: 0 };
    expect(processOutput({ stdout: stream, stderr: stream }, {}).columns).toBe(80);
    expect(processOutput({ stdout: stream, stderr: stream }, { COLUMNS: '120' }).columns).toBe(120);
  });
});

describe('the width of output for people in a pipe (--color=always | less -R)', () => {
  const sink = { write: () => true };
  const piped = (stderr: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv = {}) =>
    processOutput({ stdout: sink, stderr: { ...sink, ...stderr } }, env, { color: 'always' });

  it('is the terminal stderr still writes to, else $COLUMNS first, else at least 100', () => {
    expect(peopleWidth(piped({ isTTY: true, columns: 72 }))).toBe(72);
    expect(peopleWidth(piped({ isTTY: true, columns: 72 }, { COLUMNS: '90' }))).toBe(90);
    expect(peopleWidth(piped({}, { COLUMNS: '64' }))).toBe(64);
    expect(peopleWidth(piped({}))).toBe(100);
    expect(peopleWidth(piped({ isTTY: true, columns: 0 }))).toBe(100);
  });

  it('on a terminal is the terminal', () => {
    const tty = { ...sink, isTTY: true, columns: 70 };
    expect(peopleWidth(processOutput({ stdout: tty, stderr: sink }, { COLUMNS: '90' }))).toBe(70);
  });
});
