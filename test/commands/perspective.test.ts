import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BUILTIN, MINI, copyDataset, runCli } from '../helpers.js';

// A dataset's perspective (dataset.yaml) decides its hub, for every command that treats one
// country apart: the country overview, the chart's lanes, and the briefs' and lists' scope.

const lines = (text: string) => stripVTControlCharacters(text).trimEnd().split('\n');
const PARTNERS = /^Partners \(\d+\)$/m;

function withPerspective(from: string, perspective: string): string {
  const dir = copyDataset(from);
  writeFileSync(join(dir, 'dataset.yaml'), `title: A test\nperspective: ${perspective}\n`);
  return dir;
}

const onScreen = (dir: string, args: string[]) =>
  runCli(['--data', dir, ...args], { tty: true, columns: 100, rows: 40 });

describe('the hub overview follows the declared perspective', () => {
  it('the built-in data, declaring Uzbekistan: Uzbekistan gets the overview and Pakistan no longer does', async () => {
    const dir = withPerspective(BUILTIN, 'uzbekistan');
    const uzbekistan = await onScreen(dir, ['country', 'uzbekistan']);
    expect(uzbekistan.code).toBe(0);
    const output = lines(uzbekistan.stdout);
    const start = output.findIndex((line) => PARTNERS.test(line));
    expect(start).toBeGreaterThan(0);
    expect(output.slice(start + 1).some((row) => row.startsWith('Pakistan '))).toBe(true);
    expect(output.join(' ')).toContain('car-brief country uzbekistan --full');
    const pakistan = await onScreen(dir, ['country', 'pakistan']);
    expect(pakistan.code).toBe(0);
    expect(stripVTControlCharacters(pakistan.stdout)).not.toMatch(PARTNERS);
    // As the built-in data, which declares Pakistan, has it.
    expect(stripVTControlCharacters((await onScreen(BUILTIN, ['country', 'pakistan'])).stdout)).toMatch(
      PARTNERS,
    );
  });

  it('the mini fixture, declaring Elbonia: it has a hub now, which it has none of without', async () => {
    const dir = withPerspective(MINI, 'elbonia');
    const elbonia = await onScreen(dir, ['country', 'elbonia']);
    expect(elbonia.code).toBe(0);
    expect(lines(elbonia.stdout)).toContain('Partners (1)');
    for (const [data, country] of [
      [dir, 'ruritania'],
      [MINI, 'elbonia'],
      [MINI, 'ruritania'],
    ] as const) {
      expect(stripVTControlCharacters((await onScreen(data, ['country', country])).stdout)).not.toMatch(
        PARTNERS,
      );
    }
  });

  it('the chart gives Pakistan a lane and leaves the declared country out, saying why', async () => {
    const dir = withPerspective(BUILTIN, 'uzbekistan');
    const chart = lines((await runCli(['--data', dir, 'timeline', '--chart'], { columns: 100 })).stdout);
    expect(chart.some((line) => line.startsWith('Pakistan '))).toBe(true);
    expect(chart.some((line) => line.startsWith('Uzbekistan '))).toBe(false);
    // Uzbekistan is named by few events: the legend does not say it is named by nearly every one.
    expect(chart.at(-1)).toBe('Uzbekistan, whose relations the dataset is about, has no lane of its own');
    const builtin = lines((await runCli(['timeline', '--chart'], { columns: 100 })).stdout);
    expect(builtin.at(-1)).toBe('Pakistan, named by nearly every event, has no lane of its own');
  });

  it("the briefs and lists count a claim reached through a shared issue as the country's only if it names no third country but the hub", async () => {
    // Pakistan's tariff demands reach Turkmenistan's brief through the TAPI issue: with Pakistan
    // the hub they are Turkmenistan's business; with India declared, they are Pakistan's.
    const ids = async (data: string, args: string[]) => {
      const json = JSON.parse((await runCli(['--data', data, ...args, '--json'])).stdout);
      return (Array.isArray(json) ? json : json.claims).map((claim: { id: string }) => claim.id);
    };
    const india = withPerspective(BUILTIN, 'india');
    for (const args of [
      ['country', 'turkmenistan'],
      ['claims', '--country', 'turkmenistan'],
    ]) {
      expect(await ids(BUILTIN, args)).toContain('pakistan-tariff-demands-unchanged');
      expect(await ids(india, args)).not.toContain('pakistan-tariff-demands-unchanged');
    }
  });

  it('without a dataset file, the hub is inferred: the built-in data still has Pakistan', async () => {
    const dir = copyDataset(BUILTIN);
    rmSync(join(dir, 'dataset.yaml'));
    const pakistan = await onScreen(dir, ['country', 'pakistan']);
    expect(pakistan.stdout).toBe((await onScreen(BUILTIN, ['country', 'pakistan'])).stdout);
  });
});

describe('validate and the dataset file', () => {
  it('reports a bad dataset file at its positions, exit 3, from validate and reading commands alike', async () => {
    const dir = copyDataset();
    writeFileSync(join(dir, 'dataset.yaml'), 'title: Test\nperspectve: elbonia\nsettings:\n  as_of: soon\n');
    for (const args of [['validate'], ['country', 'elbonia']]) {
      const { code, stdout, stderr } = await runCli([...args, '--data', dir], { cwd: dir });
      expect(code).toBe(3);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        [
          'dataset.yaml:2:1: unknown field "perspectve" (did you mean "perspective"?)',
          'dataset.yaml:4:10: settings.as_of: must be a calendar date: 2024, 2024-12 or 2024-12-31',
          'car-brief: dataset invalid: 2 problems',
          '',
        ].join('\n'),
      );
    }
  });

  it('says a dataset with a good dataset file is valid, as it says of one without', async () => {
    const dir = withPerspective(MINI, 'ruritania');
    const { code, stdout } = await runCli(['validate', '--data', dir], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe(`${dir}: valid (1 sources, 5 actors, 3 events, 1 issues, 2 claims, 11 citations)\n`);
  });
});
