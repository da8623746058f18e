import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, ROOT, copyDataset, runCli } from '../helpers.js';

// A shell can stay in a directory that is removed (`mkdir g; cd g; rmdir ../g`): the process
// then has no working directory, and bin/car-brief.js passes main() none (src/workdir.ts).

describe('a working directory that no longer exists', () => {
  const gone = { cwd: undefined };

  it('is not needed for the built-in data or an absolute --data', async () => {
    expect(await runCli(['countries'], gone)).toEqual(await runCli(['countries']));
    expect(await runCli(['--data', MINI, 'timeline'], gone)).toEqual(
      await runCli(['--data', MINI, 'timeline']),
    );
  });

  it('makes a relative --data or CAR_BRIEF_DATA a usage error that says why', async () => {
    const relative = await runCli(['countries', '--data', 'data'], gone);
    expect(relative).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'car-brief: the working directory no longer exists, so --data data cannot be found; give an absolute path\n',
    });
    const env = await runCli(['countries'], { ...gone, env: { CAR_BRIEF_DATA: 'data' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('so CAR_BRIEF_DATA data cannot be found');
    // With a working directory the same relative path works.
    expect((await runCli(['countries', '--data', 'data'], { cwd: ROOT })).code).toBe(0);
  });

  it('turns off a cache given as a relative path, which leads nowhere', async () => {
    const data = copyDataset(join(ROOT, 'data'));
    const beside = `${basename(data)}-cache`;
    const { code } = await runCli(['countries', '--data', data], {
      ...gone,
      env: { CAR_BRIEF_CACHE_DIR: `../${beside}` },
    });
    expect(code).toBe(0);
    expect(existsSync(join(dirname(data), beside))).toBe(false);
  });
});
