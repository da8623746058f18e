import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { HAS_GIT, gitRepo } from '../git.js';
import { runCli } from '../helpers.js';

// car-brief merge-driver %O %A %B %P, run in-process as git would run it: the result written over
// ours, exit 0 when clean, 7 with conflict markers; a file that is not a list of records is left
// to git's own text merge.

const record = (id: string, title: string) => `- id: ${id}\n  status: planned\n  title: ${title}\n`;

function files(base: string, ours: string, theirs: string) {
  const dir = mkdtempSync(join(tmpdir(), 'car-brief-merge-'));
  for (const [name, text] of Object.entries({ base, ours, theirs })) writeFileSync(join(dir, name), text);
  return { dir, ours: () => readFileSync(join(dir, 'ours'), 'utf8') };
}

describe('car-brief merge-driver', () => {
  it('writes the merged file over ours and exits 0 when every record merges', async () => {
    const base = record('a', 'A');
    const { dir, ours } = files(base, base + record('b', 'B'), base + record('c', 'C'));
    const run = await runCli(['merge-driver', 'base', 'ours', 'theirs', 'claims.yaml'], { cwd: dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    expect(ours()).toBe(base + record('b', 'B') + record('c', 'C'));
  });

  it('exits 7 with one conflict, named on stderr, for a field changed two ways', async () => {
    const base = record('a', 'A') + record('b', 'B');
    const { dir, ours } = files(
      base,
      base.replace('title: A', 'title: A1'),
      base.replace('title: A', 'title: A2'),
    );
    const run = await runCli(['merge-driver', 'base', 'ours', 'theirs', 'events.yaml'], { cwd: dir });
    expect(run.code).toBe(ExitCode.conflict);
    expect(run.stderr).toBe(
      'note: events.yaml: a: title changed two ways\n' +
        'car-brief: events.yaml: 1 record in conflict, marked in the file with <<<<<<< ours and >>>>>>> theirs\n',
    );
    expect(ours()).toBe(
      '<<<<<<< ours\n' +
        record('a', 'A1') +
        '=======\n' +
        record('a', 'A2') +
        '>>>>>>> theirs\n' +
        record('b', 'B'),
    );
  });

  it('refuses files it cannot read (exit 2), writing nothing', async () => {
    const { dir, ours } = files('', '- id: a\n', '');
    const run = await runCli(['merge-driver', 'base', 'ours', 'missing'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^car-brief: .*missing: cannot be read \(ENOENT\)\n$/);
    expect(ours()).toBe('- id: a\n');
  });

  describe.skipIf(!HAS_GIT)("git's text merge, for a file that is not a list of records", () => {
    const { env } = gitRepo();

    it('merges dataset.yaml as text: clean where the lines are apart', async () => {
      const base = 'title: A dataset\n\ndescription: Ours.\n\nperspective: pakistan\n';
      const { dir, ours } = files(
        base,
        base.replace('A dataset', 'The dataset'),
        base.replace('pakistan', 'kazakhstan'),
      );
      const run = await runCli(['merge-driver', 'base', 'ours', 'theirs', 'dataset.yaml'], { cwd: dir, env });
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(ours()).toBe('title: The dataset\n\ndescription: Ours.\n\nperspective: kazakhstan\n');
    });

    it("with git's markers and exit 7 where a line changed two ways", async () => {
      const base = 'title: A dataset\n';
      const { dir, ours } = files(base, 'title: Ours\n', 'title: Theirs\n');
      const run = await runCli(['merge-driver', 'base', 'ours', 'theirs', 'dataset.yaml'], { cwd: dir, env });
      expect(run.code).toBe(ExitCode.conflict);
      expect(run.stderr).toBe(
        'car-brief: dataset.yaml: merged as text, not by record id (base: it is not a list of records): 1 conflict marked in the file\n',
      );
      expect(ours()).toBe('<<<<<<< ours\ntitle: Ours\n=======\ntitle: Theirs\n>>>>>>> theirs\n');
    });
  });
});
