import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MINI, runCli } from '../helpers.js';

const mini = (args: string[], options: Parameters<typeof runCli>[1] = {}) =>
  runCli(['--data', MINI, ...args], options);

describe('car-brief country (fixture data)', () => {
  it('prints a brief with headings on a terminal', async () => {
    const result = await mini(['country', 'ruritania'], { tty: true, columns: 80 });
    const { code, stderr } = result;
    const stdout = stripVTControlCharacters(result.stdout);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Ruritania  RU · RTA · capital Strelsau · Europe');
    expect(lines[1]).toBe('Ruritania signed a water treaty with Elbonia.');
    expect(stdout).toContain('Issues (1)\nopen  Trouble over the dam  dam-dispute\n');
    expect(stdout).toContain(
      [
        'Events (2; 1 across the OWS)',
        '2021-03                Water treaty signed',
        '2023-06-04/2023-06-05  Vance visits Strelsau  date inferred',
        '2024                   Vance to return        OWS-wide; planned, date inferred',
      ].join('\n'),
    );
    expect(stdout).toContain(
      [
        'Key figures (1 of 2 claims)',
        '240 km; 3 bcm  The dam project lies 240 km upstream and would store 3 bcm   fact',
        '               of water.',
      ].join('\n'),
    );
    expect(stdout).toContain('Sources\nTest note on Ruritania and Elbonia [test-note], ¶1–4\n');
    expect(lines.every((line) => line.length <= 80)).toBe(true);
  });

  it('colours a terminal, and not with --no-color', async () => {
    expect((await mini(['country', 'ruritania'], { tty: true })).stdout).toContain('\u001b[');
    expect((await mini(['country', 'ruritania', '--no-color'], { tty: true })).stdout).not.toContain(
      '\u001b[',
    );
  });

  it('prints TSV with a header in a pipe: no colour, one item per line, section first', async () => {
    const { code, stdout } = await mini(['country', 'ruritania']);
    expect(code).toBe(0);
    const lines = stdout.slice(0, -1).split('\n');
    expect(lines[0]).toBe('section\tdate\tid\ttitle\tkind\tstatus\tdetail\tsource');
    expect(lines.every((line) => line.split('\t').length === 8)).toBe(true);
    expect(lines).toContain(
      'event\t2021-03\twater-treaty-2021\tWater treaty signed\tagreement\thappened\t\ttest-note ¶1',
    );
    expect(lines).toContain(
      'event\t2024\tvance-return-visit\tVance to return\tvisit\tplanned, date inferred\t"next year" from a note written in 2023.; via old-world\ttest-note ¶2',
    );
    expect(stdout).not.toContain('\u001b[');
    expect((await mini(['country', 'ruritania', '--no-header'])).stdout.split('\n')[0]).toMatch(/^country\t/);
  });

  it('prints the plain brief with --format text', async () => {
    const { stdout } = await mini(['country', 'ruritania', '--format', 'text']);
    expect(stdout.split('\n')[0]).toBe('Ruritania  RU · RTA · capital Strelsau · Europe');
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
    expect(stderr).toBe('car-brief: no country called "elbonnnnia"\ndid you mean Elbonia?\n');
  });

  it('exits 2 for a format the command has not got', async () => {
    const { code, stderr } = await mini(['country', 'elbonia', '--format', 'ndjson']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      '--format ndjson is not available here; use one of: table, text, tsv, csv, json',
    );
  });
});
