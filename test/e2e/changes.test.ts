import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { HAS_GIT, gitRepo } from '../git.js';
import { MINI, ROOT, edit } from '../helpers.js';
import { BIN } from './spawn.js';

// car-brief changes, built, run as a user would from a directory outside the repository, after
// scripted edits: a claim added, an event's status changed, a file reformatted.

const run = (args: string[], cwd: string, env: Record<string, string>, bin = BIN) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe.skipIf(!HAS_GIT)('car-brief changes, built', { timeout: 120_000 }, () => {
  it('reads the history through git: the claim added and the status changed, not the reformatting', () => {
    const repo = gitRepo({ data: MINI });
    const data = join(repo.dir, 'data');
    appendFileSync(
      join(data, 'claims.yaml'),
      '- id: treaty-signed-2021\n  about: [ruritania]\n  statement: A water treaty was signed.\n  kind: fact\n' +
        '  sources:\n    - { source: test-note, paragraph: 1, quote: "signed a water treaty in March 2021" }\n',
    );
    edit(data, 'events.yaml', '  status: planned\n', '  status: happened\n');
    const issues = parse(readFileSync(join(data, 'issues.yaml'), 'utf8')) as object[];
    writeFileSync(join(data, 'issues.yaml'), '# reformatted\n' + stringify(issues, { indentSeq: false }));

    const elsewhere = mkdtempSync(join(tmpdir(), 'car-brief-elsewhere-'));
    const json = run(['changes', '--data', data, '--json'], elsewhere, repo.env);
    expect([json.code, json.stderr]).toEqual([0, '']);
    const changes = JSON.parse(json.stdout) as { id: string; change: string; fields: { text: string }[] }[];
    expect(changes.map((c) => [c.id, c.change, c.fields.map((f) => f.text)])).toEqual([
      ['vance-return-visit', 'changed', ['status planned → happened']],
      ['treaty-signed-2021', 'added', []],
    ]);
    // Committed, the edits are what the last commit that changed the data changed.
    repo.commit('Edit the dataset');
    const md = run(['changes', '--data', data, '--until', 'HEAD', '--format', 'md'], elsewhere, repo.env);
    expect(md.code).toBe(0);
    expect(md.stdout.split('\n').slice(0, 3)).toEqual([
      `# Changes to ${data}`,
      '',
      expect.stringMatching(
        /^From [0-9a-f]{7} \(2024-12-01, “Start the dataset”\) to [0-9a-f]{7} \(2024-12-01, “Edit the dataset”\): 1 added, 1 changed, 0 removed\.$/,
      ),
    ]);
  });

  it('says, with exit 2, that data outside a git repository has no history: a copy, and an installed package', () => {
    const outside = mkdtempSync(join(tmpdir(), 'car-brief-no-git-'));
    // (git looks no further up than the temporary directory, whatever is above it)
    const env = { PATH: process.env.PATH ?? '', HOME: outside, GIT_CEILING_DIRECTORIES: dirname(outside) };
    cpSync(MINI, join(outside, 'data'), { recursive: true });
    const copy = run(['changes', '--data', 'data'], outside, env);
    expect(copy.code).toBe(2);
    expect(copy.stderr).toMatch(
      /^car-brief: data is not in a git repository: changes compares the dataset between git revisions \(git init and a first commit start its history\)\n$/,
    );
    // car-brief as npm installs it (its files, and its dependencies), outside any checkout: its built-in data.
    const installed = join(outside, 'package');
    for (const name of ['bin', 'dist', 'data', 'schema', 'package.json'])
      cpSync(join(ROOT, name), join(installed, name), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(installed, 'node_modules'));
    const builtin = run(['changes'], outside, env, join(installed, 'bin', 'car-brief.js'));
    expect(builtin.code).toBe(2);
    expect(builtin.stderr).toMatch(/^car-brief: the built-in dataset is not in a git repository/);
  });
});
