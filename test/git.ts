import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A git repository of its own for a test: a temporary home and global configuration (nothing of
// the user's is read), a name and e-mail set in the repository, and fixed dates, so that commits
// and their hashes are the same on every run.

/** True when git can be run here; the tests that need it are skipped otherwise. */
export const HAS_GIT = spawnSync('git', ['--version']).status === 0;

/** A temporary git repository, and how to run git (and car-brief) in it. */
export interface GitRepo {
  /** The repository's top directory. */
  readonly dir: string;
  /** The environment of every run: a temporary HOME and GIT_CONFIG_GLOBAL, fixed dates. */
  readonly env: Record<string, string>;
  /** Runs git in the repository; throws with git's message when it fails. */
  git(...args: string[]): string;
  /** Stages everything and commits it; returns the commit's hash. */
  commit(message: string): string;
}

/** A new repository, with copies of the given directories (name → source) in its first commit, if any. */
export function gitRepo(contents: Readonly<Record<string, string>> = {}): GitRepo {
  const home = mkdtempSync(join(tmpdir(), 'car-brief-git-'));
  const dir = join(home, 'repo');
  const date = '2024-12-01T12:00:00Z';
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    LC_ALL: 'C',
  };
  const run = (cwd: string, args: string[]) => {
    const result = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  run(home, ['init', '-q', '-b', 'main', dir]);
  run(dir, ['config', 'user.name', 'Test Writer']);
  run(dir, ['config', 'user.email', 'writer@example.org']);
  run(dir, ['config', 'commit.gpgsign', 'false']);
  const repo: GitRepo = {
    dir,
    env,
    git: (...args) => run(dir, args),
    commit: (message) => {
      run(dir, ['add', '-A']);
      run(dir, ['commit', '-q', '-m', message]);
      return run(dir, ['rev-parse', 'HEAD']).trim();
    },
  };
  for (const [name, from] of Object.entries(contents)) cpSync(from, join(dir, name), { recursive: true });
  if (Object.keys(contents).length > 0) repo.commit('Start the dataset');
  return repo;
}
