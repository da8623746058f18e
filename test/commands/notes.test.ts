import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// Notes on a terminal: after the output they are about (as the pager shows them), so that none
// scrolls away above a long list, and wrapped at words to the terminal's width.

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

describe('notes on a terminal', () => {
  it('come after the output, not before it', async () => {
    const { stdout } = await runCli(['timeline', '--limit', '3'], { tty: true, columns: 100, screen: 100 });
    const shown = lines(stdout);
    expect(shown.at(-1)).toMatch(/^note: showing 3 of \d+ events; --limit 0 for all$/);
    expect(shown.filter((line) => line.startsWith('note:'))).toHaveLength(1);
  });

  it('come before an error that ends the run', async () => {
    const { stdout, code } = await runCli(['compare', 'uzbekstan', 'zzqqxx'], { tty: true, screen: 100 });
    expect(code).toBe(4);
    const shown = lines(stdout);
    expect(shown[0]).toMatch(/^note: "uzbekstan" taken as Uzbekistan/);
    expect(shown[1]).toBe('car-brief: no country called "zzqqxx"');
  });

  it('wrap at words to the width of the terminal, under their first word', async () => {
    const words = ['tapi', 'aaaa', 'bbbb', 'cccc', 'dddd', 'eeee', 'ffff', 'gggg', 'hhhh', 'iiii', 'jjjj'];
    const { stdout } = await runCli(['search', ...words], { tty: true, columns: 40, screen: 40 });
    const note = stdout.slice(stdout.indexOf('note: nothing mentions'));
    const noteLines = lines(note).slice(0, 3);
    expect(noteLines.length).toBeGreaterThan(1);
    for (const line of noteLines) expect(line.length).toBeLessThanOrEqual(40);
    expect(noteLines[1]).toMatch(/^ {6}\S/);
    expect(noteLines.join(' ').replace(/\s+/g, ' ')).toContain('aaaa, bbbb, cccc, dddd');
  });

  it('stay one line each in a pipe', async () => {
    const words = ['tapi', 'aaaa', 'bbbb', 'cccc', 'dddd', 'eeee', 'ffff', 'gggg', 'hhhh', 'iiii', 'jjjj'];
    const { stderr } = await runCli(['search', ...words], { columns: 40 });
    expect(lines(stderr).filter((line) => !line.startsWith('note:'))).toEqual([]);
  });
});
