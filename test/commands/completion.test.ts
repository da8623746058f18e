import { describe, expect, it } from 'vitest';
import { MINI, copyDataset, edit, runCli } from '../helpers.js';

// __complete, as the completion scripts call it: what it prints for the words typed so far.
describe('car-brief __complete', () => {
  it('prints what to offer, then a word and its description a line', async () => {
    const { code, stdout, stderr } = await runCli(['__complete', '--', '--data', MINI, 'country', '']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe('words\nruritania\tRuritania\nelbonia\tElbonia\n');
    expect((await runCli(['__complete', '--', 'init', ''])).stdout).toBe('dirs\n');
    expect((await runCli(['__complete', '--', 'search', 'tap'])).stdout).toBe('words\n');
  });

  it('is the same on a terminal, and with the cache off', async () => {
    const words = ['__complete', '--', 'show', 'tapi-'];
    const piped = await runCli(words);
    expect(piped.stdout).toMatch(/^words\ntapi-standstill\tissue\n/);
    expect((await runCli(words, { tty: true })).stdout).toBe(piped.stdout);
    expect((await runCli(words, { env: { CAR_BRIEF_NO_CACHE: '1' } })).stdout).toBe(piped.stdout);
  });

  it('escapes what the data holds: no control character reaches the shell', async () => {
    const dir = copyDataset();
    edit(dir, 'actors.yaml', 'capital: Strelsau', 'capital: "Strel\\e]0;owned\\asau\\tx"');
    const { code, stdout } = await runCli(['__complete', '--', '--data', dir, 'country', 'strel'], {
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(stdout).toBe('words\nStrel\\x1b]0;owned\\x07sau x\tRuritania\n');
  });

  it('offers nothing, and says nothing, when the dataset cannot be read', async () => {
    const dir = copyDataset();
    edit(dir, 'claims.yaml', 'kind: report', 'kind: rumour');
    const { code, stdout, stderr } = await runCli(['__complete', '--', '--data', dir, 'country', ''], {
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(stdout).toBe('words\n');
    expect(stderr).toBe('');
  });
});
