import { describe, expect, it } from 'vitest';
import { copyDataset, edit, lineOf, runCli } from '../helpers.js';

// Dates that do not exist are problems at the date, from validate and from every reading command.
describe('validate on dates that do not exist', () => {
  it('exits 3 with the position of an impossible day', async () => {
    const dir = copyDataset();
    edit(dir, 'events.yaml', 'date: 2021-03', 'date: 2023-02-29');
    const line = lineOf(dir, 'events.yaml', '2023-02-29');
    const { code, stderr } = await runCli(['validate', '--data', dir], { cwd: dir });
    expect(code).toBe(3);
    expect(stderr).toBe(
      `events.yaml:${line}:9: date: 2023-02-29 is not a calendar date: February 2023 has 28 days\n` +
        'car-brief: dataset invalid: 1 problem\n',
    );
    expect((await runCli(['timeline', '--data', dir], { cwd: dir })).code).toBe(3);
  });

  it('exits 3 for a quoted string of digits and an unquoted number that are not years', async () => {
    const dir = copyDataset();
    edit(dir, 'events.yaml', 'date: 2021-03', 'date: "20240710"');
    edit(dir, 'events.yaml', 'date: 2024\n', 'date: 20240710\n');
    edit(dir, 'sources.yaml', 'published: 2023', 'published: "2023-02-29/.."');
    const { code, stderr } = await runCli(['validate', '--data', dir], { cwd: dir });
    expect(code).toBe(3);
    const digits =
      '20240710 is not an EDTF date: digits without dashes must be a four-digit year (2024)' +
      ' or a long year after Y (Y12345); for a day write 2024-07-10';
    expect(stderr.trimEnd().split('\n')).toEqual([
      `events.yaml:${lineOf(dir, 'events.yaml', '"20240710"')}:9: date: ${digits}`,
      `events.yaml:${lineOf(dir, 'events.yaml', 'date: 20240710')}:9: date: ${digits}`,
      `sources.yaml:${lineOf(dir, 'sources.yaml', 'published:')}:14: published: 2023-02-29 is not a calendar date: February 2023 has 28 days`,
      'car-brief: dataset invalid: 3 problems',
    ]);
  });
});
