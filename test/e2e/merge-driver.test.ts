import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HAS_GIT, gitRepo, type GitRepo } from '../git.js';
import { MINI, edit } from '../helpers.js';
import { BIN } from './spawn.js';

// Two analysts, one dataset in git: each works on a branch of their own, and git merges their
// collection files with the built car-brief as its merge driver, set up as docs/team.md says.

const claim = (id: string, paragraph: number, quote: string) => `- id: ${id}
  about: [ruritania]
  statement: ${id.replace(/-/g, ' ')}.
  kind: fact
  sources:
    - { source: test-note, paragraph: ${paragraph}, quote: "${quote}" }
`;

interface Team extends GitRepo {
  /** Runs the built car-brief in the repository. */
  carBrief(...args: string[]): { code: number | null; stdout: string; stderr: string };
  /** Runs git, whatever its exit code. */
  tryGit(...args: string[]): { code: number | null; stdout: string; stderr: string };
  readonly claims: string;
}

// A repository holding the fixture dataset, with the driver set up: .gitattributes (written by
// init in a new dataset) and the git config line.
function team(): Team {
  const repo = gitRepo({ data: MINI });
  // The .gitattributes that init writes in a new dataset.
  const started = mkdtempSync(join(tmpdir(), 'car-brief-init-'));
  spawnSync(process.execPath, [BIN, 'init', started]);
  copyFileSync(join(started, '.gitattributes'), join(repo.dir, 'data', '.gitattributes'));
  repo.git('config', 'merge.car-brief.driver', `"${process.execPath}" "${BIN}" merge-driver %O %A %B %P`);
  repo.commit('Merge collection files by record id');
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  return {
    ...repo,
    carBrief: (...args) => run(process.execPath, [BIN, ...args]),
    tryGit: (...args) => run('git', args),
    claims: join(repo.dir, 'data', 'claims.yaml'),
  };
}

// Each analyst's work on a branch of their own, from main; then theirs is merged into ours.
function branches(repo: Team, ours: () => void, theirs: () => void) {
  repo.git('checkout', '-q', '-b', 'theirs');
  theirs();
  repo.commit('Their work');
  repo.git('checkout', '-q', 'main');
  ours();
  repo.commit('Our work');
  return repo.tryGit('merge', '--no-edit', 'theirs');
}

const ids = (text: string) => (parse(text) as { id: string }[]).map((record) => record.id);

describe.skipIf(!HAS_GIT)('car-brief merge-driver, run by git', { timeout: 120_000 }, () => {
  it('merges records added at the end on two branches cleanly: both present, validate passes', () => {
    const repo = team();
    const merged = branches(
      repo,
      () => appendFileSync(repo.claims, claim('treaty-signed', 1, 'signed a water treaty in March 2021')),
      () => appendFileSync(repo.claims, claim('vance-visited', 2, 'visited Strelsau on 4-5 June')),
    );
    expect(merged.code, merged.stdout + merged.stderr).toBe(0);
    const text = readFileSync(repo.claims, 'utf8');
    expect(ids(text)).toEqual(['dam-size', 'dam-doomed', 'treaty-signed', 'vance-visited']);
    expect(text).not.toContain('<<<<<<<');
    const valid = repo.carBrief('validate', '--data', 'data');
    expect([valid.code, valid.stderr]).toEqual([0, '']);
    expect(repo.tryGit('status', '--porcelain').stdout).toBe('');
    // The same merge without the driver stops at a conflict at the end of the file, as the issue says.
    repo.git('config', '--unset', 'merge.car-brief.driver');
    repo.git('reset', '-q', '--hard', 'HEAD~1');
    expect(repo.tryGit('merge', '--no-edit', 'theirs').code).not.toBe(0);
    expect(readFileSync(repo.claims, 'utf8')).toContain('<<<<<<<');
  });

  it('merges one record edited on both branches in different fields cleanly', () => {
    const repo = team();
    const events = join('data', 'events.yaml');
    // Fields on lines next to each other: git's text merge would stop at a conflict here.
    const merged = branches(
      repo,
      () => edit(repo.dir, events, '  status: planned\n', '  status: happened\n'),
      () => edit(repo.dir, events, `  date_note: '"next year" from`, `  date_note: '"next year", said in`),
    );
    expect(merged.code, merged.stdout + merged.stderr).toBe(0);
    const record = (parse(readFileSync(join(repo.dir, events), 'utf8')) as Record<string, unknown>[]).find(
      (r) => r.id === 'vance-return-visit',
    );
    expect(record).toMatchObject({
      status: 'happened',
      date_note: '"next year", said in a note written in 2023.',
    });
    expect(repo.carBrief('validate', '--data', 'data').code).toBe(0);
  });

  it('gives one conflict for a field edited two ways, with both versions, and git stops there', () => {
    const repo = team();
    const events = join('data', 'events.yaml');
    const merged = branches(
      repo,
      () => {
        edit(repo.dir, events, '  title: Vance to return\n', '  title: Vance to come back\n');
        appendFileSync(repo.claims, claim('treaty-signed', 1, 'signed a water treaty in March 2021'));
      },
      () => {
        edit(repo.dir, events, '  title: Vance to return\n', '  title: Vance will return\n');
        edit(repo.dir, events, '  title: Water treaty signed\n', '  title: Water treaty signed in 2021\n');
      },
    );
    expect(merged.code).not.toBe(0);
    expect(merged.stdout).toContain('CONFLICT (content): Merge conflict in data/events.yaml');
    expect(merged.stderr).toContain('data/events.yaml: vance-return-visit: title changed two ways');
    const text = readFileSync(join(repo.dir, events), 'utf8');
    expect(text.match(/^<<<<<<< ours$/gm)).toHaveLength(1);
    const conflict = /^<<<<<<< ours\n([^]*?)^=======\n([^]*?)^>>>>>>> theirs\n/m.exec(text)!;
    expect(ids(conflict[1]!)).toEqual(['vance-return-visit']);
    expect(conflict[1]).toContain('title: Vance to come back');
    expect(conflict[2]).toContain('title: Vance will return');
    // Outside the conflict, their other change is merged, and the claims merged cleanly.
    expect(text).toContain('title: Water treaty signed in 2021');
    expect(repo.tryGit('diff', '--name-only', '--diff-filter=U').stdout).toBe('data/events.yaml\n');
  });
});
