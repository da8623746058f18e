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

describe('version and usage errors', () => {
  it('-v, -V and --version print the version', async () => {
    for (const flag of ['-v', '-V', '--version']) {
      const result = await runCli([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
  });

  it("starts every usage error with car-brief:, commander's own included, and exits 2", async () => {
    for (const argv of [
      ['countri'],
      ['country', '--bogus'],
      ['timeline', '--limit'],
      ['country', 'uzbekistan', '--format', 'xml'],
      ['country'],
    ]) {
      const result = await runCli(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).toMatch(/^car-brief: [^\n]+\n$/);
    }
  });
});
