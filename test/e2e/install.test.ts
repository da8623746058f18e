import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// The README's install step puts car-brief on the PATH: `npm install -g .` in the clone. Here into
// a prefix of the test's own, not the machine's, and without scripts (the build is done already).
describe('npm install -g .', () => {
  it('puts a car-brief on the PATH that works from any directory', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'car-brief-prefix-'));
    const install = spawnSync(
      'npm',
      ['install', '-g', '.', '--prefix', prefix, '--ignore-scripts', '--no-audit', '--no-fund'],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    expect(install.status, install.stderr).toBe(0);

    const elsewhere = mkdtempSync(join(tmpdir(), 'car-brief-elsewhere-'));
    const run = (command: string, args: string[]) =>
      spawnSync(command, args, {
        cwd: elsewhere,
        encoding: 'utf8',
        timeout: 60_000,
        env: { PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH ?? ''}`, HOME: elsewhere },
      });
    const installed = run('car-brief', ['country', 'uzbekistan']);
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed.stdout).toBe(
      run(process.execPath, [join(ROOT, 'bin/car-brief.js'), 'country', 'uzbekistan']).stdout,
    );
    expect(installed.stdout.split('\n')[0]).toMatch(/^date\tsection\tid\ttitle/);
  });
});
