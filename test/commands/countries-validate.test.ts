import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MINI, copyDataset, edit, runCli } from '../helpers.js';

describe('car-brief countries', () => {
  it('lists every country with counts, as TSV in a pipe', async () => {
    const { code, stdout } = await runCli(['countries', '--data', MINI]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'id\tname\tiso2\tiso3\tcapital\tregion\tevents\tissues\tclaims',
        'ruritania\tRuritania\tRU\tRTA\tStrelsau\tEurope\t2\t1\t2',
        'elbonia\tElbonia\tEB\tELB\tMudville\t\t2\t0\t0',
        '',
      ].join('\n'),
    );
  });

  it('prints a table on a terminal and ndjson on request', async () => {
    const tty = await runCli(['countries', '--data', MINI], { tty: true, columns: 80 });
    expect(tty.stdout).toContain('\u001b[1mid\u001b[22m');
    expect(stripVTControlCharacters(tty.stdout).split('\n')[1]).toMatch(
      /^ruritania\s+Ruritania\s+RU\s+RTA\s+Strelsau/,
    );
    const ndjson = await runCli(['countries', '--data', MINI, '--format', 'ndjson']);
    expect(
      ndjson.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(['ruritania', 'elbonia']);
  });
});

describe('car-brief validate', () => {
  it('says a valid dataset is valid, with counts', async () => {
    const { code, stdout } = await runCli(['validate', '--data', MINI]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${MINI}: valid (1 sources, 5 actors, 3 events, 1 issues, 2 claims, 11 citations)\n`);
  });

  it('exits 3 and lists every problem with its position, and no stack trace', async () => {
    const dir = copyDataset();
    edit(dir, 'claims.yaml', 'kind: report', 'kind: rumour');
    edit(dir, 'events.yaml', 'countries: [elbonia, ruritania]', 'countries: [elbonia, ruritanai]');
    const { code, stdout, stderr } = await runCli(['validate', '--data', dir], { cwd: dir });
    expect(code).toBe(3);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^claims\.yaml:\d+:9: kind: "rumour" is not one of fact, report, assessment$/);
    expect(lines[1]).toMatch(/^events\.yaml:\d+:24: unknown id "ruritanai" \(did you mean "ruritania"\?\)$/);
    expect(lines[2]).toBe('car-brief: dataset invalid: 2 problems');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('makes every command exit 3 on an invalid dataset', async () => {
    const dir = copyDataset();
    edit(dir, 'events.yaml', 'type: agreement', 'type: treaty');
    expect((await runCli(['country', 'elbonia', '--data', dir])).code).toBe(3);
    expect((await runCli(['countries'], { env: { CAR_BRIEF_DATA: dir } })).code).toBe(3);
  });

  it('reports problems as JSON with --json', async () => {
    const dir = copyDataset();
    edit(dir, 'events.yaml', 'type: agreement', 'type: treaty');
    const { code, stdout, stderr } = await runCli(['validate', '--data', dir, '--json'], { cwd: dir });
    expect(code).toBe(3);
    const report = JSON.parse(stdout);
    expect(report.valid).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({
        file: 'events.yaml',
        col: 9,
        message: expect.stringContaining('"treaty" is not one of'),
      }),
    ]);
    expect(stderr).toBe('car-brief: dataset invalid: 1 problem\n');
  });
});

describe('usage errors', () => {
  it('exit 2 for an unknown command, flag or value', async () => {
    expect((await runCli(['countrees'])).code).toBe(2);
    expect((await runCli(['countries', '--bogus'])).code).toBe(2);
    expect((await runCli(['countries', '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['country'])).code).toBe(2);
  });

  it('exit 0 for --help and --version', async () => {
    const help = await runCli(['country', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:\n  $ car-brief country uzbekistan');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
