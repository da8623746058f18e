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

describe('near-spelling notes', () => {
  it('never read a word the synonyms table knows as a near spelling (riots is not roots)', async () => {
    const riots = await runCli(['search', 'riots', '--limit', '3']);
    expect(riots.stderr).not.toContain('read as');
    expect(riots.stdout.split('\n')[1]!.split('\t')[2]).toBe(
      'bishkek-mob-attacks-on-pakistani-students-2024-05',
    );
    const price = await runCli(['fact', 'TAPI', 'gas', 'price', 'dispute']);
    expect(price.stderr).not.toContain('read as');
    const listed = await runCli(['search', 'TAPI', 'price', 'dispute']);
    expect(listed.stderr).not.toContain('read as prime');
    expect(listed.stdout).not.toContain('prime-minister');
  });

  it('name a reading only where it found something shown', async () => {
    // "tarrif" is read as tariff, and the claims shown were found by it: said.
    const found = await runCli(['search', 'tarrif', '--limit', '2']);
    expect(found.stderr).toContain('no record has "tarrif"; read as tariff');
    // The answer to this question was found by its other words, not by "tarrif": not said.
    const answer = await runCli(['fact', 'TAPI', 'length', 'tarrif']);
    const said = answer.stderr.includes('read as tariff');
    expect(said).toBe(/tariff/i.test(answer.stdout));
  });
});
