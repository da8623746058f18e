import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI } from '../helpers.js';
import { BIN } from './spawn.js';

// The completion scripts in real shells, calling the built binary as `car-brief` on the PATH,
// from a directory outside the repository. zsh and fish are tested where installed.
const OUTSIDE = mkdtempSync(join(tmpdir(), 'car-brief-completion-'));
const PATH_DIR = join(OUTSIDE, 'bin');
mkdirSync(PATH_DIR);
writeFileSync(join(PATH_DIR, 'car-brief'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
chmodSync(join(PATH_DIR, 'car-brief'), 0o755);
mkdirSync(join(OUTSIDE, 'my-data'));
const ENV = {
  PATH: `${PATH_DIR}:${process.env.PATH ?? ''}`,
  HOME: OUTSIDE,
  CAR_BRIEF_CACHE_DIR: join(OUTSIDE, 'cache'),
};

function run(command: string, args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: OUTSIDE, env: { ...ENV, ...env }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, error: result.error };
}

function script(shell: string): string {
  const { code, stdout } = run('car-brief', ['completion', shell]);
  expect(code).toBe(0);
  const path = join(OUTSIDE, `car-brief.${shell}`);
  writeFileSync(path, stdout);
  return path;
}

const installed = (shell: string) => !run(shell, ['-c', 'exit 0']).error;

// What bash's completion function offers for a line split into words as bash splits it.
function bashOffers(words: readonly string[], env: Record<string, string> = {}): string[] {
  const path = script('bash');
  const array = words.map((word) => `'${word}'`).join(' ');
  const body = `source '${path}'; COMP_WORDS=(car-brief ${array}); COMP_CWORD=${words.length}; _car_brief; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const { code, stdout, stderr } = run('bash', ['-c', body], env);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout.split('\n').filter((line) => line !== '');
}

describe('completion scripts', () => {
  it('are valid bash, zsh and fish', () => {
    expect(run('bash', ['-n', script('bash')]).code).toBe(0);
    for (const shell of ['zsh', 'fish'].filter(installed))
      expect(run(shell, ['-n', script(shell)]).code).toBe(0);
  });

  it('complete a partial word in bash: commands, countries, flags, values after =', () => {
    expect(bashOffers(['coun'])).toEqual(['country', 'countries']);
    expect(bashOffers(['country', 'uzb'])).toEqual(['uzbekistan']);
    expect(bashOffers(['timeline', '--coun'])).toEqual(['--country']);
    expect(bashOffers(['timeline', '--country', 'turkm'])).toEqual(['turkmenistan']);
    // bash splits --format=j into --format, =, j and replaces only the j.
    expect(bashOffers(['timeline', '--format', '=', 'j'])).toEqual(['json']);
    expect(bashOffers(['claims', '--tag', 'defen'])).toEqual(['defence']);
    expect(bashOffers(['show', 'tapi-len'])).toEqual(['tapi-length-and-capacity']);
  });

  it('complete from the dataset --data or CAR_BRIEF_DATA names, and directories for --data', () => {
    expect(bashOffers(['--data', MINI, 'country', ''])).toEqual(['ruritania', 'elbonia']);
    expect(bashOffers(['country', 'e'], { CAR_BRIEF_DATA: MINI })).toEqual(['elbonia']);
    expect(bashOffers(['--data', 'my-'])).toEqual(['my-data']);
    // A dataset that cannot be read offers nothing, and prints nothing.
    expect(bashOffers(['--data', join(OUTSIDE, 'my-data'), 'country', ''])).toEqual([]);
  });

  it.runIf(installed('fish'))('complete a partial word in fish, with descriptions', () => {
    const path = script('fish');
    const { code, stdout } = run('fish', [
      '-c',
      `source '${path}'; complete -C 'car-brief country uzb'; complete -C 'car-brief timeline --format=js'`,
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('uzbekistan\tUzbekistan\n--format=json\n');
  });

  it.runIf(installed('zsh'))("hand zsh's completion system the words and their descriptions", () => {
    const path = script('zsh');
    // The completion system's functions, replaced by ones that print what they were given.
    const stubs = `compdef() { :; }; _describe() { print -l -- \${(P)\${@[-1]}}; }; _files() { print files $@; }`;
    const { code, stdout } = run('zsh', [
      '-c',
      `${stubs}; source '${path}'; words=(car-brief country uzb); CURRENT=3; _car_brief; words=(car-brief --data ''); CURRENT=3; _car_brief`,
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('uzbekistan:Uzbekistan\nfiles -/\n');
  });

  it('refuses a shell it has no script for (exit 2)', () => {
    const { code, stdout, stderr } = run('car-brief', ['completion', 'bsh']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'car-brief: no completion for "bsh" (did you mean "bash"?); use one of: bash, zsh, fish\n',
    );
  });
});
