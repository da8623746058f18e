import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../src/errors.js';
import { formatProblem } from '../../src/model/problem.js';
import { hubOf, inferredHub } from '../../src/query/country/hub.js';
import { BUILTIN, MINI, check, copyDataset, load } from '../helpers.js';

// The dataset file (dataset.yaml): read with the collections, checked with positions, carried
// in the compiled form; and the one rule that decides a dataset's hub.

async function problems(dir: string): Promise<string[]> {
  try {
    await check(dir, dir);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

/** A copy of the mini fixture with this dataset.yaml. */
function withDatasetFile(text: string, from = MINI): string {
  const dir = copyDataset(from);
  writeFileSync(join(dir, 'dataset.yaml'), text);
  return dir;
}

describe('the dataset file', () => {
  it('is optional: without one the dataset says nothing about itself', async () => {
    expect((await load(MINI)).info).toEqual({});
  });

  it('is carried in the compiled dataset, a bare year read as a date', async () => {
    const dir = withDatasetFile(
      [
        'title: Ruritania and Elbonia',
        'description: A test note, in our words.',
        'perspective: elbonia',
        'settings:',
        '  as_of: 2024',
        '  stale_after: { planned: P3M, ongoing: P1Y6M, issue: P90D }',
        '',
      ].join('\n'),
    );
    const dataset = await load(dir);
    expect(dataset.info).toEqual({
      title: 'Ruritania and Elbonia',
      description: 'A test note, in our words.',
      perspective: 'elbonia',
      settings: { as_of: '2024', stale_after: { planned: 'P3M', ongoing: 'P1Y6M', issue: 'P90D' } },
    });
    expect((await check(dir)).info).toEqual(dataset.info);
  });

  it('may be empty or all comments, as init writes it, or be named dataset.yml', async () => {
    expect((await load(withDatasetFile(''))).info).toEqual({});
    expect((await load(withDatasetFile('# title: later\n'))).info).toEqual({});
    const yml = copyDataset();
    writeFileSync(join(yml, 'dataset.yml'), 'title: Short\n');
    expect((await load(yml)).info).toEqual({ title: 'Short' });
  });

  it('of the built-in data declares Pakistan', async () => {
    const dataset = await load(BUILTIN);
    expect(dataset.info.perspective).toBe('pakistan');
    expect(dataset.info.title).toBe('Pakistan and the Central Asian republics');
  });
});

describe('a bad dataset file: every problem at its position', () => {
  const cases: [name: string, text: string, says: string[]][] = [
    [
      'an unknown field, with a suggestion',
      'titel: Ruritania\nperspective: ruritania\n',
      ['dataset.yaml:1:1: unknown field "titel" (did you mean "title"?)'],
    ],
    [
      'an unknown setting, with a suggestion',
      'settings:\n  stale_after:\n    planed: P3M\n',
      ['dataset.yaml:3:5: unknown field "planed" (did you mean "planned"?)'],
    ],
    [
      'a perspective that names no actor',
      'title: T\nperspective: elbonai\n',
      ['dataset.yaml:2:14: perspective: unknown country "elbonai" (did you mean "elbonia"?)'],
    ],
    [
      'a perspective given by name, not id',
      'perspective: Kingdom of Ruritania\n',
      [`dataset.yaml:1:14: perspective: "Kingdom of Ruritania" is a name; write the country's id: ruritania`],
    ],
    [
      'a perspective that is not a country',
      'perspective: dam-project\n',
      ['dataset.yaml:1:14: perspective: "dam-project" is a project, not a country'],
    ],
    [
      'a group as perspective',
      'perspective: old-world\n',
      ['dataset.yaml:1:14: perspective: "old-world" is a group, not a country'],
    ],
    [
      'a wrong type',
      'title: [Ruritania, Elbonia]\n',
      ['dataset.yaml:1:8: title: expected string, got a list'],
    ],
    [
      'a duration that is not ISO 8601',
      'settings:\n  stale_after:\n    issue: 90 days\n',
      [
        'dataset.yaml:3:12: settings.stale_after.issue: must be an ISO 8601 duration in days, weeks, months or years: P90D, P2W, P6M, P1Y',
      ],
    ],
    [
      'an as-of that is not a calendar date',
      'settings:\n  as_of: 2024-02-30\n',
      ['dataset.yaml:2:10: settings.as_of: must be a calendar date: 2024, 2024-12 or 2024-12-31'],
    ],
    [
      'a list instead of a mapping',
      '- title: Ruritania\n',
      [
        'dataset.yaml:1:1: dataset file: expected a mapping of fields (title:, description:, perspective:, settings:)',
      ],
    ],
    [
      'broken YAML',
      'title: "Ruritania\nperspective: ruritania\n',
      ['dataset.yaml:1:8: missing closing " for the quoted text that starts here'],
    ],
  ];
  for (const [name, text, says] of cases) {
    it(name, async () => {
      const dir = withDatasetFile(text);
      expect(await problems(dir)).toEqual(says);
      // A reading command refuses it too, with the same problems (exit 3).
      await expect(load(dir)).rejects.toBeInstanceOf(DatasetError);
    });
  }

  it('two dataset files, and a misspelt one', async () => {
    const both = withDatasetFile('title: A\n');
    writeFileSync(join(both, 'dataset.yml'), 'title: B\n');
    expect(await problems(both)).toEqual([
      'dataset.yml: a second dataset file, beside dataset.yaml: keep one',
    ]);
    const misspelt = copyDataset();
    writeFileSync(join(misspelt, 'datset.yaml'), 'title: A\n');
    expect(await problems(misspelt)).toEqual([
      'datset.yaml: not a collection: expected one of sources.yaml, actors.yaml, events.yaml, issues.yaml, claims.yaml (did you mean "dataset.yaml"?)',
    ]);
  });

  it('a perspective naming a record that failed its schema is not called unknown', async () => {
    const dir = withDatasetFile('perspective: elbonia\n');
    const actors = join(dir, 'actors.yaml');
    writeFileSync(actors, readFileSync(actors, 'utf8').replace('  iso2: EB\n', ''));
    const found = await problems(dir);
    expect(found).toEqual([expect.stringMatching(/^actors\.yaml:13:3: iso2: a country needs iso2$/)]);
  });
});

describe('the hub: one rule', () => {
  it('is the declared perspective', async () => {
    const dataset = await load(withDatasetFile('perspective: elbonia\n'));
    expect(hubOf(dataset)).toBe('elbonia');
  });

  it('without a declared one, is the country most events and issues name, with two partners or more', async () => {
    // The built-in data without its dataset file: Pakistan, named by 28 of its 29 events and issues.
    const dir = copyDataset(BUILTIN);
    rmSync(join(dir, 'dataset.yaml'));
    const builtin = await load(dir);
    expect(builtin.info).toEqual({});
    expect(hubOf(builtin)).toBe('pakistan');
    // The mini fixture is about two countries: Ruritania is named more, but has one partner only.
    const mini = await load(MINI);
    expect(inferredHub(mini)).toBeUndefined();
    expect(hubOf(mini)).toBeUndefined();
  });

  it('is inferred only when none is declared', async () => {
    const dir = copyDataset(BUILTIN);
    writeFileSync(join(dir, 'dataset.yaml'), 'perspective: uzbekistan\n');
    const dataset = await load(dir);
    expect(hubOf(dataset)).toBe('uzbekistan');
    expect(inferredHub(dataset)).toBe('pakistan');
  });
});
