import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../src/spec/commands.js';
import { FORMATS } from '../../src/spec/formats.js';
import { BUILTIN, MINI, ROOT, edit, runCli } from '../helpers.js';
import { gitRepo } from '../git.js';

// The formats a command declares (cli/commands.ts) are what completion offers and what the
// command's help names: each must really be given, and every other one refused (exit 2).

const scratch = mkdtempSync(join(tmpdir(), 'car-brief-formats-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let inits = 0;
const added = join(scratch, 'added');
cpSync(MINI, added, { recursive: true });
writeFileSync(join(added, 'notes.txt'), 'A note to add.\n');

// Arguments that give each command something to print on the test fixture (a later --data overrides the first).
const ARGS: Readonly<Record<string, () => readonly string[]>> = {
  country: () => ['country', 'ruritania'],
  brief: () => ['brief', 'ruritania'],
  compare: () => ['compare', 'ruritania', 'elbonia'],
  countries: () => ['countries'],
  timeline: () => ['timeline'],
  search: () => ['search', 'vance'],
  show: () => ['show', 'vance-visit-2023-06'],
  fact: () => ['fact', 'dam'],
  sources: () => ['sources'],
  actors: () => ['actors'],
  issues: () => ['issues'],
  claims: () => ['claims'],
  // (on the built-in data, which the draft's findings are about)
  check: () => ['check', join(ROOT, 'test/fixtures/drafts/problems.md'), '--data', BUILTIN],
  validate: () => ['validate'],
  init: () => ['init', join(scratch, `d${inits++}`)],
  completion: () => ['completion', 'bash'],
  quote: () => ['quote', 'test-note', 'water', 'treaty'],
  // (in a git repository of its own, where an event's status changed since the fixture's commit)
  changes: () => ['changes', '--data', changedInGit()],
  // (into a copy of the fixture: the first run adds the text, the others find it there)
  'sources add': () => ['sources', 'add', join(added, 'notes.txt'), '--data', added, '--published', '2024'],
};

let changed: string | undefined;
function changedInGit(): string {
  if (changed === undefined) {
    const repo = gitRepo({ data: MINI });
    edit(repo.dir, 'data/events.yaml', '  status: planned\n', '  status: happened\n');
    changed = join(repo.dir, 'data');
  }
  return changed;
}

// Every visible command, the verbs under a noun (sources add) by their full names.
const VISIBLE = allCommands().filter(({ spec }) => !spec.hidden);

describe('declared formats', () => {
  it('names arguments for every visible command', () => {
    const visible = VISIBLE.map(({ fullName }) => fullName);
    expect(Object.keys(ARGS).sort()).toEqual([...visible].sort());
  });

  it("says in each command's help the formats it declares", async () => {
    for (const { fullName, spec } of VISIBLE) {
      const { stdout } = await runCli([...fullName.split(' '), '--help']);
      expect(stdout, fullName).toContain(`Formats (--format):\n  ${spec.formats.join(', ')}\n`);
    }
  });

  for (const { fullName, spec } of VISIBLE) {
    it(`${fullName} gives each format it declares and refuses the others`, async () => {
      for (const format of FORMATS) {
        const { code, stdout, stderr } = await runCli([
          '--data',
          MINI,
          ...ARGS[fullName]!(),
          '--format',
          format,
        ]);
        if (spec.formats.includes(format)) {
          // check exits 5 where the fixture disagrees with the draft: the format still printed.
          expect([0, 5], `${fullName} --format ${format}: ${stderr}`).toContain(code);
          // Something, not a format's empty fallback (a view without Markdown or CSL-JSON).
          expect(['', '[]'], `${fullName} --format ${format}`).not.toContain(stdout.trim());
        } else {
          expect(code, `${fullName} --format ${format}`).toBe(2);
          expect(stderr).toContain('not available here');
        }
      }
    });
  }
});
