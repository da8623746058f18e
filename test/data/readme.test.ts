import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

// The README shows real output; these keep it true.
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

function shown(command: string): string {
  const start = readme.indexOf(`$ ${command}\n`);
  if (start < 0) throw new Error(`README shows no "$ ${command}"`);
  const from = start + command.length + 3;
  const end = Math.min(...['\n$ ', '\n```'].map((mark) => readme.indexOf(mark, from)).filter((i) => i >= 0));
  return readme.slice(from, end + 1);
}

describe('README', () => {
  it('has the two-command Quick start', () => {
    expect(readme).toContain('```sh\nnpm install && npx car-brief country uzbekistan\nnpm test\n```');
  });

  it('shows the brief car-brief prints', async () => {
    const screen = { tty: true, columns: 80, rows: 24 };
    const plain = stripVTControlCharacters;
    expect(shown('car-brief country uzbekistan')).toBe(
      plain((await runCli(['country', 'uzbekistan'], screen)).stdout),
    );
    const { stdout } = await runCli(['country', 'uzbekistan', '--format', 'text']);
    expect(shown('car-brief country uzbekistan --full')).toBe(stdout);
    expect(shown('car-brief country pakistan')).toBe(
      plain((await runCli(['country', 'pakistan'], screen)).stdout),
    );
  });

  it('shows the timeline, fact and claims output car-brief prints', async () => {
    const table = { tty: true, columns: 100 };
    const plain = stripVTControlCharacters;
    expect(shown('car-brief timeline --country uzbekistan')).toBe(
      plain((await runCli(['timeline', '--country', 'uzbekistan'], table)).stdout),
    );
    expect(shown('car-brief fact TAPI length')).toBe((await runCli(['fact', 'TAPI', 'length'])).stdout);
    for (const query of [
      'how many students left Kyrgyzstan --figures',
      'when did Azerbaijan buy Super Mushak',
      'Baku JF-17 reconsider',
      'DG ISI visited Turkmenistan',
    ]) {
      const args = ['fact', ...query.split(' ')];
      expect(shown(`car-brief ${args.join(' ')}`)).toBe((await runCli(args)).stdout);
    }
    expect(shown('car-brief fact students Bishkek --quote')).toBe(
      (await runCli(['fact', 'students', 'Bishkek', '--quote'])).stdout,
    );
    expect(shown('car-brief claims --country uzbekistan --kind assessment')).toBe(
      plain((await runCli(['claims', '--country', 'uzbekistan', '--kind', 'assessment'], table)).stdout),
    );
  });

  it('shows the compare output car-brief prints, on a terminal and cut from TSV', async () => {
    const table = await runCli(['compare', 'kyrgyzstan', 'turkmenistan'], { tty: true, columns: 100 });
    expect(shown('car-brief compare kyrgyzstan turkmenistan')).toBe(stripVTControlCharacters(table.stdout));
    const tsv = await runCli(['compare', 'kyrgyzstan', 'tajikistan', 'turkmenistan']);
    const cut = (line: string) => [0, 3, 6, 8, 12].map((i) => line.split('\t')[i]).join('\t') + '\n';
    expect(shown('car-brief compare kyrgyzstan tajikistan turkmenistan | cut -f1,4,7,9,13')).toBe(
      tsv.stdout.trimEnd().split('\n').map(cut).join(''),
    );
  });

  it('shows the validate --coverage car-brief prints', async () => {
    const { stdout } = await runCli(['validate', '--coverage']);
    expect(shown('car-brief validate --coverage')).toBe(stdout);
  });
});
