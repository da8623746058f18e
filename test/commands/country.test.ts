import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MINI, copyDataset, edit, runCli } from '../helpers.js';

const mini = (args: string[], options: Parameters<typeof runCli>[1] = {}) =>
  runCli(['--data', MINI, ...args], options);

describe('car-brief country (fixture data)', () => {
  it('prints the whole brief with headings on a terminal with --full', async () => {
    const result = await mini(['country', 'ruritania', '--full'], { tty: true, columns: 80 });
    const { code, stderr } = result;
    const stdout = stripVTControlCharacters(result.stdout);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Ruritania  RU · RTA · capital Strelsau · Europe · 1 source, 2023');
    expect(lines[1]).toBe('Ruritania signed a water treaty with Elbonia.');
    // As of today (TEST_TODAY) the issue has been quiet since the note of 2023, and the plan for 2024 is overdue.
    expect(stdout).toContain(
      [
        'Issues (1)',
        'open, quiet  Trouble over the dam  dam-dispute',
        'Quiet: nothing dated about it for over 1 year (the latest: 2023); car-brief',
        'stale says why.',
      ].join('\n'),
    );
    expect(stdout).toContain(
      [
        'Events (2; 1 across the Old World states)',
        'Mar 2021      Water treaty signed',
        '4–5 Jun 2023  Vance visits Strelsau  date inferred',
        '2024          Vance to return        Old World states; planned, overdue since',
        '                                     Jan 2025, date inferred',
      ].join('\n'),
    );
    expect(stdout).toContain(
      [
        'Key figures (1)',
        '240 km; 3 bcm  The dam project lies 240 km upstream and would store 3   fact  ¶4',
        '               bcm of water.',
        'Claims about it: 2 (1 fact, 1 report, 0 assessments); car-brief claims --country',
        'ruritania lists them with the group-wide ones.',
      ].join('\n'),
    );
    expect(stdout).toContain('Sources\nTest note on Ruritania and Elbonia [test-note], ¶1–4\n');
    expect(lines.every((line) => line.length <= 80)).toBe(true);
  });

  it('colours a terminal: planned events, kinds, ids; and not with --no-color', async () => {
    const { stdout } = await mini(['country', 'ruritania', '--full'], { tty: true });
    expect(stdout).toContain('\u001b[33mOld World states; planned, overdue since Jan 2025, date\u001b[39m');
    expect(stdout).toContain('\u001b[36mdam-dispute\u001b[39m');
    const plain = await mini(['country', 'ruritania', '--no-color'], { tty: true });
    expect(plain.stdout).not.toContain('\u001b[');
  });

  it('prints TSV with a header in a pipe: no colour, one item per line, date first', async () => {
    const { code, stdout } = await mini(['country', 'ruritania']);
    expect(code).toBe(0);
    const lines = stdout.slice(0, -1).split('\n');
    expect(lines[0]).toBe('date\tsection\tid\ttitle\tkind\tstatus\tdate_basis\tscope\tdetail\tsource');
    expect(lines.every((line) => line.split('\t').length === 10)).toBe(true);
    expect(lines).toContain(
      '2021-03\tevent\twater-treaty-2021\tWater treaty signed\tagreement\thappened\tstated\t\t\ttest-note ¶1',
    );
    expect(lines).toContain(
      '2024\tevent\tvance-return-visit\tVance to return\tvisit\tplanned\tinferred\told-world\t"next year" from a note written in 2023.\ttest-note ¶2',
    );
    expect(stdout).not.toContain('\u001b[');
    expect((await mini(['country', 'ruritania', '--no-header'])).stdout.split('\n')[0]).toMatch(
      /^\tcountry\t/,
    );
  });

  it('prints one JSON object per item with --format ndjson', async () => {
    const { stdout } = await mini(['country', 'ruritania', '--format', 'ndjson']);
    const items = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(items[0]).toMatchObject({ section: 'country', id: 'ruritania' });
    expect(items.filter((item) => item.section === 'event').map((item) => item.date)).toEqual([
      '2021-03',
      '2023-06-04/2023-06-05',
      '2024',
    ]);
  });

  it('lists issues shared through each group under that group', async () => {
    const dir = copyDataset();
    edit(
      dir,
      'actors.yaml',
      '- id: ada-vance',
      '- id: river-states\n  kind: group\n  name: River states\n  members: [ruritania]\n  summary: Rivers.\n  sources:\n    - { source: test-note, paragraph: 4, quote: "dam project" }\n- id: ada-vance',
    );
    edit(dir, 'issues.yaml', 'countries: [ruritania]', 'countries: [river-states]');
    const { stdout } = await runCli(['--data', dir, 'country', 'ruritania', '--format', 'text']);
    expect(stdout).toContain(
      'Issues (0; 1 across the River states)\nAcross the River states: Trouble over the dam.\n',
    );
  });

  it('prints the plain brief with --format text', async () => {
    const { stdout } = await mini(['country', 'ruritania', '--format', 'text']);
    expect(stdout.split('\n')[0]).toBe('Ruritania  RU · RTA · capital Strelsau · Europe · 1 source, 2023');
    expect(stdout).not.toContain('\u001b[');
  });

  it('prints one JSON object with full records and their sources', async () => {
    const { stdout } = await mini(['country', 'RU', '--json']);
    const brief = JSON.parse(stdout);
    expect(brief.country.id).toBe('ruritania');
    expect(brief.groups).toEqual(['old-world']);
    expect(brief.events.map((e: { id: string; linked_via: string | null }) => [e.id, e.linked_via])).toEqual([
      ['water-treaty-2021', null],
      ['vance-visit-2023-06', null],
      ['vance-return-visit', 'old-world'],
    ]);
    expect(brief.claims[0].sources[0]).toEqual({
      source: 'test-note',
      paragraph: 4,
      quote: '240 km upstream and would store 3 bcm',
    });
    expect(brief.sources[0].paragraphs_cited).toEqual([1, 2, 3, 4]);
  });

  it('notes a corrected misspelling on stderr and answers', async () => {
    const { code, stdout, stderr } = await mini(['country', 'ruritnia', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).country.id).toBe('ruritania');
    expect(stderr).toBe('note: "ruritnia" taken as Ruritania (matched "ruritania")\n');
  });

  it('exits 4 with suggestions for an unknown country', async () => {
    const { code, stdout, stderr } = await mini(['country', 'elbonnnnia']);
    expect(code).toBe(4);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'car-brief: no country called "elbonnnnia"\ndid you mean Elbonia?\ncar-brief countries lists every country in the data\n',
    );
  });

  it('exits 2 for a format the command has not got, or two formats at once', async () => {
    const { code, stderr } = await runCli(['countries', '--data', MINI, '--format', 'text']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      '--format text is not available here; use one of: table, tsv, csv, json, ndjson',
    );
    const both = await mini(['country', 'elbonia', '--json', '--format', 'csv']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--json and --format csv ask for different formats');
  });

  it('exits 2 for an empty name or a dataset directory that is not there', async () => {
    expect((await mini(['country', ''])).code).toBe(2);
    const missing = await runCli(['country', 'elbonia', '--data', '/nonexistent/car-brief']);
    expect(missing).toMatchObject({
      code: 2,
      stderr: 'car-brief: --data /nonexistent/car-brief: no such directory\n',
    });
    const env = await runCli(['country', 'elbonia'], { env: { CAR_BRIEF_DATA: '/nonexistent/x' } });
    expect(env).toMatchObject({
      code: 2,
      stderr: 'car-brief: CAR_BRIEF_DATA /nonexistent/x: no such directory\n',
    });
  });
});
