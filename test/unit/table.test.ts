import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { hideConstant, renderTable } from '../../src/output/table.js';
import { displayWidth, shortenCell, wrapCell } from '../../src/output/wrap.js';

const plain = new Chalk({ level: 0 });
const lines = (text: string) => text.trimEnd().split('\n');

describe('wrapping a cell', () => {
  it('breaks at spaces and never cuts a word that fits the column', () => {
    const text = "Pakistan's defence cooperation with the Central Asian countries is confined";
    for (let width = 12; width <= 40; width++) {
      const wrapped = wrapCell(text, width);
      expect(wrapped.every((line) => displayWidth(line) <= width)).toBe(true);
      expect(wrapped.join(' ')).toBe(text);
    }
  });

  it('breaks a word wider than the column after a hyphen, dash or slash, losing nothing', () => {
    expect(wrapCell('the Turkmenistan-Afghanistan-Pakistan-India pipeline', 24)).toEqual([
      'the',
      'Turkmenistan-',
      'Afghanistan-Pakistan-',
      'India pipeline',
    ]);
    expect(wrapCell('https://example.org/a/long/path', 16).join('')).toBe('https://example.org/a/long/path');
    expect(wrapCell('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('measures wide characters as two columns and combining marks as none', () => {
    expect(displayWidth('Pakistan–Azerbaijan ¶9')).toBe(22);
    expect(displayWidth('中文')).toBe(4);
    expect(displayWidth('👩‍💻')).toBeGreaterThanOrEqual(2);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('shortens a cell at a word, saying so with "…"', () => {
    expect(shortenCell('Pakistan, Central Asian republics', 20)).toBe('Pakistan, Central…');
    expect(shortenCell('Pakistan, Uzbekistan', 15)).toBe('Pakistan…');
    expect(shortenCell('short', 20)).toBe('short');
  });
});

describe('a terminal table', () => {
  const statement =
    'Given shifting geopolitics and conflicting interests in Asia, Pakistan and Azerbaijan have not managed to build their relationship beyond defence equipment sales.';
  const claims = {
    columns: ['kind', 'statement', 'source', 'id'],
    rows: [
      ['assessment', statement, '¶10', 'pakistan-azerbaijan-relationship-beyond-sales'],
      ['fact', 'Baku bought ten Super Mushak aircraft in 2019.', '¶9', 'super-mushak-sale-2019'],
    ],
    reader: 'statement',
    fixed: ['kind', 'source', 'id'],
    minor: ['id'],
  };

  it('gives the reader the width: the id moves under the row when it would squeeze the statement', () => {
    const text = lines(renderTable(claims, { width: 80, style: plain }));
    expect(text[0]).toMatch(/^kind +statement +source$/);
    expect(text).toContain('            pakistan-azerbaijan-relationship-beyond-sales');
    expect(text.length).toBeLessThanOrEqual(1 + 3 + 2 + 2);
    expect(text.every((line) => displayWidth(line) <= 80)).toBe(true);
  });

  it('among layouts of as many lines, wraps fewest cells outside the reader', () => {
    const figures = {
      columns: ['name', 'figures', 'claim'],
      rows: [
        [
          'Ruritania',
          '240 km; 3 bcm',
          'The dam project lies 240 km upstream and would store 3 bcm of water.',
        ],
        ['Elbonia', '', 'none recorded'],
      ],
    };
    const text = lines(renderTable(figures, { width: 80, style: plain, header: false }));
    expect(text[0]).toMatch(/^Ruritania +240 km; 3 bcm +The dam project lies 240 km/);
    expect(text).toHaveLength(3);
  });

  it('keeps the id in its column when there is room', () => {
    const text = lines(renderTable(claims, { width: 250, style: plain }));
    expect(text[0]).toMatch(/^kind +statement +source +id$/);
    expect(text).toHaveLength(3);
  });

  it('never makes a line wider than the terminal, nor cuts a word it can keep whole', () => {
    for (let width = 30; width <= 160; width += 7) {
      const text = lines(renderTable(claims, { width, style: plain }));
      expect(
        text.every((line) => displayWidth(line) <= width),
        String(width),
      ).toBe(true);
      expect(text.join('\n')).not.toContain('…');
    }
  });

  it('on a terminal too narrow for its longest words breaks them, losing no character', () => {
    const text = lines(renderTable(claims, { width: 30, style: plain }));
    expect(text.every((line) => displayWidth(line) <= 30)).toBe(true);
    const letters = (s: string) => s.replace(/\s+/g, '');
    expect(
      letters(
        text
          .slice(1)
          .join('\n')
          .replace(/assessment|fact|¶\d+/g, ''),
      ),
    ).toBe(letters(claims.rows.map((row) => row[1]! + row[3]!).join('')));
  });

  it('wraps wide characters without cli-table3 cutting them', () => {
    const table = {
      columns: ['name', 'note'],
      rows: [['中文名字', '漢字 かな 👩‍💻 emoji text and more words here']],
    };
    for (const width of [20, 30, 40]) {
      const text = renderTable(table, { width, style: plain });
      expect(text, String(width)).not.toContain('…');
    }
  });

  it('of one line a record leaves out the minor columns first, and says so', () => {
    const table = {
      columns: ['status', 'title', 'countries', 'id'],
      rows: [
        ['open', 'Pakistan–Uzbekistan differences over the Taliban', 'Pakistan, Uzbekistan', 'uzbek-taliban'],
      ],
      reader: 'title',
      fixed: ['status', 'id'],
      minor: ['id'],
      oneLine: true,
      hint: 'car-brief show <title> or --format tsv',
    };
    const text = lines(renderTable(table, { width: 80, style: plain }));
    expect(text).toEqual([
      'status  title                                             countries',
      'open    Pakistan–Uzbekistan differences over the Taliban  Pakistan, Uzbekistan',
      'id left out to fit; see car-brief show <title> or --format tsv',
    ]);
    const narrow = lines(renderTable(table, { width: 60, style: plain }));
    expect(narrow[1]).toBe('open    Pakistan–Uzbekistan differences over the Taliban');
  });

  it('of one line a record shortens the column where that shortens fewest cells', () => {
    const table = {
      columns: ['name', 'role', 'countries'],
      rows: [
        ['Nadeem Anjum', 'former Director General (DG ISI), Inter-Services Intelligence', 'Pakistan'],
        ['VATAN platform', '', 'Azerbaijan, Pakistan, Turkey'],
        ['JF-17 Thunder', '', 'Pakistan, China'],
      ],
      reader: 'name',
      oneLine: true,
    };
    const text = lines(renderTable(table, { width: 80, style: plain }));
    expect(text.every((line) => displayWidth(line) <= 80)).toBe(true);
    expect(text[1]).toMatch(/^Nadeem Anjum +former Director General \(DG ISI\)… +Pakistan$/);
    expect(text[2]).toMatch(/Azerbaijan, Pakistan, Turkey$/);
  });

  it('hides a column that holds one value in every row, when asked', () => {
    const rows = {
      columns: ['kind', 'statement'],
      rows: [
        ['assessment', 'a'],
        ['assessment', 'b'],
      ],
    };
    expect(hideConstant(rows, ['kind']).columns).toEqual(['statement']);
    expect(hideConstant(rows, []).columns).toEqual(['kind', 'statement']);
    const mixed = {
      ...rows,
      rows: [
        ['fact', 'a'],
        ['assessment', 'b'],
      ],
    };
    expect(hideConstant(mixed, ['kind']).columns).toEqual(['kind', 'statement']);
  });
});
