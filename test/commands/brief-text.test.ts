import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/output/report.js';
import { BUILTIN, load, runCli } from '../helpers.js';

const plain = new Chalk({ level: 0 });

describe('--format text pastes into a document', () => {
  it('renders a report without a width as one line per paragraph and per row', () => {
    const intro = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const text = renderReport(
      {
        title: 'T',
        intro,
        sections: [{ heading: 'H', table: { columns: ['a', 'b'], rows: [[intro, 'x']] }, lines: [intro] }],
      },
      { style: plain },
    );
    const lines = text.split('\n');
    expect(lines[1]).toBe(intro);
    expect(lines).toContain(`${intro}  x`);
    expect(lines.filter((line) => line === intro)).toHaveLength(2);
  });

  it('keeps the overview, every key figure and every note of a country brief on one line each', async () => {
    const dataset = await load(BUILTIN);
    const uzbekistan = dataset.actors.find((a) => a.id === 'uzbekistan')!;
    const { code, stdout } = await runCli(['country', 'uzbekistan', '--format', 'text']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    // Longer than any terminal's 100 columns, and still one line.
    expect(uzbekistan.summary.length).toBeGreaterThan(100);
    expect(lines).toContain(uzbekistan.summary);
    expect(lines.find((line) => line.startsWith('Claims about it:'))).toMatch(
      /lists them with the group-wide ones\.$/,
    );
    const figures = dataset.claims.filter(
      (c) => c.about.includes('uzbekistan') && c.figures.length > 0 && c.statement.length > 60,
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const claim of figures) expect(lines.some((line) => line.includes(claim.statement))).toBe(true);
  });

  it('still wraps a report on a terminal', async () => {
    const { stdout } = await runCli(['country', 'uzbekistan', '--full'], { tty: true, columns: 80 });
    const widest = Math.max(...stdout.split('\n').map((line) => stripVTControlCharacters(line).length));
    expect(widest).toBeLessThanOrEqual(80);
  });
});
