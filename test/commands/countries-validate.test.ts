import { stripVTControlCharacters } from 'node:util';
import { mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
    const json = JSON.parse((await runCli(['countries', '--data', MINI, '--json'])).stdout);
    expect(json[0]).toMatchObject({
      id: 'ruritania',
      kind: 'country',
      counts: { events: 2, issues: 1, claims: 2 },
    });
    expect(json[0].sources[0].quote).toBe('Ruritania and Elbonia signed a water treaty');
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

  it('prints the summary as JSON with --json or --format json, and refuses table formats', async () => {
    for (const flag of [['--json'], ['--format', 'json']]) {
      const { code, stdout } = await runCli(['validate', '--data', MINI, ...flag]);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ valid: true, counts: { claims: 2, citations: 11 } });
    }
    expect((await runCli(['validate', '--data', MINI, '--format', 'tsv'])).code).toBe(2);
  });

  it('reports how much of each source text the quotes cover', async () => {
    const dir = copyDataset();
    writeFileSync(
      join(dir, 'texts/note.txt'),
      readFileSync(join(dir, 'texts/note.txt'), 'utf8') + 'Nobody quoted this. Nor this.\n',
    );
    const { code, stdout } = await runCli(['validate', '--data', dir, '--coverage'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(1)).toEqual([
      'test-note: 4 of 6 sentences quoted (66.7%)',
      '  not quoted: ¶5:1: Nobody quoted this.',
      '  not quoted: ¶5:21: Nor this.',
      '',
    ]);
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

  it('exit 0 for help in every form', async () => {
    for (const argv of [['help'], ['help', 'country'], ['--help'], ['countries', '-h']]) {
      const result = await runCli(argv);
      expect(result.code, argv.join(' ')).toBe(0);
      expect(result.stdout).toContain('Usage: car-brief');
    }
  });

  it("lists the global options in each command's help", async () => {
    expect((await runCli(['country', '--help'])).stdout).toContain('Global Options:\n');
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

describe('collection folders', () => {
  it('read every .yaml file in a folder, in name order, and skip hidden ones (editor locks, backups)', async () => {
    const dir = copyDataset();
    mkdirSync(join(dir, 'events'));
    renameSync(join(dir, 'events.yaml'), join(dir, 'events', '00.yaml'));
    symlinkSync('nobody@host.1234', join(dir, 'events', '.#00.yaml')); // an Emacs lock file
    writeFileSync(join(dir, 'events', '.00.yaml.swp.yaml'), 'not: [valid');
    writeFileSync(join(dir, '.notes.yaml'), 'scratch: [');
    const result = await runCli(['validate', '--data', dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('3 events');
  });
});
