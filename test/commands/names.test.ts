import { describe, expect, it } from 'vitest';
import { MINI, runCli } from '../helpers.js';

// Issue 19, item 13: --names writes the names and titles of linked records in TSV and CSV, for
// spreadsheets, where the list columns hold ids by default; JSON keeps the ids.

/** The rows of TSV output as objects, by its header. */
function rows(tsv: string): Record<string, string>[] {
  const [header, ...lines] = tsv.split('\n').filter(Boolean);
  const columns = header!.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [columns[i]!, cell])));
}

async function piped(argv: readonly string[]): Promise<Record<string, string>[]> {
  const { code, stdout, stderr } = await runCli(argv);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return rows(stdout);
}

describe('--names', () => {
  it('timeline: countries, actors, issues and scope by name; the id column stays an id', async () => {
    const byId = await piped(['timeline', '--data', MINI]);
    const byName = await piped(['timeline', '--data', MINI, '--names']);
    const treaty = byName.find((row) => row.id === 'water-treaty-2021')!;
    expect(treaty).toMatchObject({ countries: 'Ruritania; Elbonia', issues: 'Trouble over the dam' });
    expect(byId.find((row) => row.id === 'water-treaty-2021')).toMatchObject({
      countries: 'ruritania,elbonia',
      issues: 'dam-dispute',
    });
    expect(byName.find((row) => row.id === 'vance-visit-2023-06')).toMatchObject({ actors: 'Ada Vance' });
  });

  it('timeline: a group the event is kept through is named in scope', async () => {
    const [event] = await piped([
      'events',
      '--data',
      MINI,
      '--country',
      'elbonia',
      '--names',
      '--type',
      'visit',
      '--status',
      'planned',
    ]);
    expect(event).toMatchObject({
      id: 'vance-return-visit',
      countries: 'Old World states',
      scope: 'Old World states',
    });
  });

  it('claims: about lists names and titles', async () => {
    const claims = await piped(['claims', '--data', MINI, '--names']);
    expect(claims.find((row) => row.id === 'dam-size')).toMatchObject({ about: 'Dam project; Ruritania' });
  });

  it('actors and issues: countries and actors by name', async () => {
    const actors = await piped(['actors', '--data', MINI, '--names']);
    expect(actors.find((row) => row.id === 'ada-vance')!.countries).toBe('Elbonia');
    const [issue] = await piped(['issues', '--data', MINI, '--names']);
    expect(issue).toMatchObject({ countries: 'Ruritania', actors: 'Dam project' });
  });

  it('csv too, on the built-in data', async () => {
    const { code, stdout } = await runCli([
      'claims',
      '--names',
      '--format',
      'csv',
      '--attribution',
      'critics',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('JF-17 Thunder');
    expect(stdout).not.toContain(',jf-17,');
  });

  it('json keeps the ids: its field names and values are stable', async () => {
    const plain = await runCli(['timeline', '--data', MINI, '--json']);
    const named = await runCli(['timeline', '--data', MINI, '--json', '--names']);
    expect(named).toEqual(plain);
  });

  it('a table names records already, with or without it', async () => {
    const plain = await runCli(['issues', '--data', MINI], { tty: true });
    const named = await runCli(['issues', '--data', MINI, '--names'], { tty: true });
    expect(named).toEqual(plain);
  });
});
