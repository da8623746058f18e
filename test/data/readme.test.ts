import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    const { stdout } = await runCli(['country', 'uzbekistan', '--format', 'text']);
    expect(shown('car-brief country uzbekistan')).toBe(stdout);
  });

  it('shows the validate --coverage car-brief prints', async () => {
    const { stdout } = await runCli(['validate', '--coverage']);
    expect(shown('car-brief validate --coverage')).toBe(stdout);
  });
});
