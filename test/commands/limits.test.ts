import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../src/query/limits.js';
import { runCli } from '../helpers.js';

// What a lookup may cost is bounded by what it is given (src/query/limits.ts).

const longest = 'a'.repeat(MAX_QUERY_LENGTH);
const tooLong = 'a'.repeat(MAX_QUERY_LENGTH + 1);

describe('queries and names longer than any a person types', () => {
  it.each([
    [['search', tooLong], 'query too long: 1001 characters, at most 1000 are looked up'],
    [['fact', tooLong], 'query too long'],
    [['show', tooLong], 'record name too long'],
    [['country', tooLong], 'country name too long'],
    [['timeline', '--country', tooLong], 'country name too long'],
    [['claims', '--actor', tooLong], 'actor name too long'],
    [['timeline', '--issue', tooLong], 'issue name too long'],
  ])('are refused as a usage error: %j', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain(message);
  });

  it('counts every word given: a query of many arguments is one query', async () => {
    const { code, stderr } = await runCli(['search', ...Array<string>(600).fill('ab')]);
    expect(code).toBe(2);
    expect(stderr).toContain('query too long: 1799 characters');
  });

  it('are looked up up to the limit', async () => {
    for (const command of ['search', 'fact', 'show', 'country']) {
      const { code } = await runCli([command, longest]);
      expect([0, 4], command).toContain(code);
    }
  });
});

describe('repeated filter flags', () => {
  // Each value used to be copied into a new list, and each --country built a brief: 20,000
  // repeats took seconds, 40,000 more than a minute.
  it('cost linear time, each value counted once', async () => {
    const args = Array.from({ length: 40_000 }, (_, i) => (i % 2 === 0 ? '--country' : 'pakistan,PK'));
    const repeated = await runCli(['claims', ...args, '--json']);
    const once = await runCli(['claims', '--country', 'pakistan', '--json']);
    expect(repeated).toEqual(once);
    // 20,000 --tag values, each resolved against the data's tags (misspellings too), counted once.
    const tags = Array.from({ length: 40_000 }, (_, i) =>
      i % 2 === 0 ? '--tag' : ['defence', 'security', 'defense'][(i >> 1) % 3]!,
    );
    const many = await runCli(['timeline', ...tags, '--json']);
    expect(many.code).toBe(0);
    expect(many.stderr).toBe('note: "defense" taken as defence\n');
    expect(many.stdout).toBe((await runCli(['timeline', '--tag', 'defence,security', '--json'])).stdout);
  });
});
