import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

describe('help', () => {
  it.each([
    ['country', '--help'],
    ['help', 'country'],
    ['--data', 'data', 'timeline', '-h'],
    ['events', '--help'],
  ])('is printed for a command that exists: %s %s', async (...argv) => {
    const result = await runCli(argv);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: car-brief (country|timeline|events)/);
  });

  it('for a command that does not exist is a usage error that names it, with a suggestion', async () => {
    for (const argv of [
      ['bogus', '--help'],
      ['help', 'bogus'],
    ]) {
      const result = await runCli(argv);
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: "car-brief: unknown command 'bogus'; car-brief --help lists the commands\n",
      });
    }
    const near = await runCli(['help', 'countri']);
    expect(near.stderr).toContain(`unknown command 'countri' (did you mean "country"?)`);
  });
});
