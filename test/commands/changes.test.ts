import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters as plain } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { MINI, copyDataset, edit, runCli } from '../helpers.js';
import { HAS_GIT, gitRepo, type GitRepo } from '../git.js';

// car-brief changes, run in-process in a git repository of its own, after scripted edits.

const NEW_CLAIM = `- id: treaty-signed-2021
  about: [ruritania, elbonia]
  statement: Ruritania and Elbonia signed a water treaty in March 2021.
  kind: fact
  sources:
    - { source: test-note, paragraph: 1, quote: "signed a water treaty in March 2021" }
`;

// The three edits: a claim added, an event's status changed, a file reformatted.
function scriptedEdits(data: string): void {
  appendFileSync(join(data, 'claims.yaml'), NEW_CLAIM);
  edit(data, 'events.yaml', '  status: planned\n', '  status: happened\n');
  const actors = parse(readFileSync(join(data, 'actors.yaml'), 'utf8')) as Record<string, unknown>[];
  const reordered = actors.map((actor) => Object.fromEntries(Object.entries(actor).reverse()));
  writeFileSync(join(data, 'actors.yaml'), stringify(reordered, { defaultStringType: 'QUOTE_DOUBLE' }));
}

function repoWithData(): GitRepo & { run: (args: string[], tty?: boolean) => ReturnType<typeof runCli> } {
  const repo = gitRepo({ data: MINI });
  const run = (args: string[], tty = false) =>
    runCli(['--data', 'data', ...args], { cwd: repo.dir, env: repo.env, tty });
  return { ...repo, run };
}

describe.skipIf(!HAS_GIT)('car-brief changes', () => {
  it('says what the scripted edits changed, record by record, and nothing of the reformatting', async () => {
    const repo = repoWithData();
    scriptedEdits(join(repo.dir, 'data'));
    const tsv = await repo.run(['changes']);
    expect([tsv.code, tsv.stderr]).toEqual([0, '']);
    expect(tsv.stdout).toBe(
      [
        'collection\tid\tchange\tfield\twhat',
        'events\tvance-return-visit\tchanged\tstatus\tstatus planned → happened',
        'claims\ttreaty-signed-2021\tadded\t\tRuritania and Elbonia signed a water treaty in March 2021.',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await repo.run(['changes', '--json'])).stdout) as unknown[];
    expect(json).toEqual([
      {
        id: 'vance-return-visit',
        collection: 'events',
        change: 'changed',
        fields: [
          { field: 'status', before: 'planned', after: 'happened', text: 'status planned → happened' },
        ],
      },
      expect.objectContaining({
        id: 'treaty-signed-2021',
        collection: 'claims',
        change: 'added',
        fields: [],
      }),
    ]);
    const md = (await repo.run(['changes', '--format', 'md'])).stdout;
    expect(md).toMatch(
      /^# Changes to data\n\nFrom [0-9a-f]{7} \(2024-12-01, “Start the dataset”\) to the working tree: 1 added, 1 changed, 0 removed\.\n/,
    );
    expect(md).toContain(
      '## Added\n\n- **claim** `treaty-signed-2021`: Ruritania and Elbonia signed a water treaty in March 2021.\n',
    );
    expect(md).toContain(
      '## Changed\n\n- **event** `vance-return-visit`: Vance to return\n  - status planned → happened\n',
    );
    expect(md).not.toContain('## Removed');
    const table = plain((await repo.run(['changes'], true)).stdout);
    expect(table).toContain('Changes to data');
    expect(table).toMatch(/Changed \(1\)\n\s*event vance-return-visit\s+status planned → happened/);
  });

  it('compares revisions: --since and --until, and --until alone for what its last change of the data changed', async () => {
    const repo = repoWithData();
    const start = repo.git('rev-parse', 'HEAD').trim();
    scriptedEdits(join(repo.dir, 'data'));
    const edited = repo.commit('Edit the dataset');
    writeFileSync(join(repo.dir, 'notes.txt'), 'not data\n');
    repo.commit('A commit that leaves the data alone');
    const ids = async (args: string[]) =>
      (JSON.parse((await repo.run(['changes', ...args, '--json'])).stdout) as { id: string }[]).map(
        (c) => c.id,
      );
    const both = ['vance-return-visit', 'treaty-signed-2021'];
    expect(await ids(['--since', start, '--until', edited])).toEqual(both);
    expect(await ids(['--since', 'HEAD~2'])).toEqual(both);
    expect(await ids(['--until', 'HEAD'])).toEqual(both);
    expect(await ids(['--since', 'HEAD', '--until', start])).toEqual(both); // backwards: the claim removed
    // Nothing changed since the last commit that changed the data: said on stderr in a pipe, in the report on a terminal.
    const none = await repo.run(['changes']);
    expect([none.code, none.stdout]).toEqual([0, 'collection\tid\tchange\tfield\twhat\n']);
    expect(none.stderr).toMatch(
      /^note: no record changed from [0-9a-f]{7} \(2024-12-01, “Edit the dataset”\) to the working tree\n$/,
    );
    expect(plain((await repo.run(['changes'], true)).stdout)).toContain(
      'to the working tree: no record changed.',
    );
  });

  it('refuses, with exit 2, a revision that is not one, data no commit has, and a directory outside git', async () => {
    const repo = repoWithData();
    const bad = await repo.run(['changes', '--since', 'no-such-branch']);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'car-brief: --since no-such-branch: no such revision in this repository\n',
    ]);
    mkdirSync(join(repo.dir, 'fresh'));
    for (const file of ['sources', 'actors', 'events', 'issues', 'claims'])
      writeFileSync(join(repo.dir, 'fresh', `${file}.yaml`), '');
    const fresh = await runCli(['changes', '--data', 'fresh'], { cwd: repo.dir, env: repo.env });
    expect([fresh.code, fresh.stderr]).toEqual([
      2,
      'car-brief: no commit changes fresh: nothing to compare with (commit the dataset, or give --since)\n',
    ]);
    const outside = copyDataset();
    const refused = await runCli(['changes', '--data', outside], { env: { ...repo.env }, cwd: outside });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^car-brief: \S+ is not in a git repository: changes compares the dataset between git revisions \(git init and a first commit start its history\)\n$/,
    );
  });

  it('lists every problem of a file it cannot read (exit 3), and reads a dataset at the top of its repository', async () => {
    const repo = gitRepo({ '.': MINI });
    appendFileSync(join(repo.dir, 'claims.yaml'), '- id: [\n');
    const broken = await runCli(['changes', '--data', '.'], { cwd: repo.dir, env: repo.env });
    expect(broken.code).toBe(3);
    expect(broken.stderr).toMatch(/^claims\.yaml:\d+:\d+: .*\ncar-brief: dataset invalid: 1 problem\n$/);
    writeFileSync(join(repo.dir, 'claims.yaml'), readFileSync(join(MINI, 'claims.yaml'), 'utf8') + NEW_CLAIM);
    const added = await runCli(['changes', '--data', '.', '--format', 'tsv', '--no-header'], {
      cwd: repo.dir,
      env: repo.env,
    });
    expect(added.stdout).toMatch(/^claims\ttreaty-signed-2021\tadded\t/);
  });
});
