import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

describe('--bom', () => {
  it('starts CSV with one UTF-8 byte order mark and changes nothing else', async () => {
    const plain = await runCli(['country', 'uzbekistan', '--format', 'csv']);
    const marked = await runCli(['country', 'uzbekistan', '--format', 'csv', '--bom']);
    expect(marked.code).toBe(0);
    expect(plain.stdout.startsWith('\ufeff')).toBe(false);
    expect(marked.stdout).toBe(`\ufeff${plain.stdout}`);
    expect(marked.stdout.match(/\ufeff/g)).toHaveLength(1);
    expect(marked.stdout).toContain('¶');
    expect(Buffer.from(marked.stdout, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('marks TSV too, and a file without its header', async () => {
    const tsv = await runCli(['timeline', '--format', 'tsv', '--bom', '--no-header']);
    expect(tsv.stdout.startsWith('\ufeff')).toBe(true);
    expect(tsv.stdout.slice(1)).toBe((await runCli(['timeline', '--format', 'tsv', '--no-header'])).stdout);
  });

  it('is a usage error for a format a spreadsheet does not open', async () => {
    const { code, stdout, stderr } = await runCli(['claims', '--json', '--bom']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('car-brief: --bom is for csv and tsv output, not json\n');
  });
});
