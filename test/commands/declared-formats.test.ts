import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
// The fixture's note with a paragraph inserted: every citation moved, none to decide (exit 0).
writeFileSync(
  join(scratch, 'revised.txt'),
  `A paragraph inserted.\n${readFileSync(join(MINI, 'texts/note.txt'), 'utf8')}`,
);

const ADD = ['add', '--data', added];
const CITE = ['--source', 'test-note', '--quote', 'signed a water treaty'];

// Arguments that give each command something to print on the test fixture (a later --data overrides the first).
const ARGS: Readonly<Record<string, () => readonly string[]>> = {
  country: () => ['country', 'ruritania'],
  brief: () => ['brief', 'ruritania'],
  compare: () => ['compare', 'ruritania', 'elbonia'],
  countries: () => ['countries'],
  timeline: () => ['timeline'],
  stale: () => ['stale'],
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
  // (every format refused: it speaks the Language Server Protocol, and never starts here)
  lsp: () => ['lsp', '--stdio'],
  quote: () => ['quote', 'test-note', 'water', 'treaty'],
  // (in a git repository of its own, where an event's status changed since the fixture's commit)
  changes: () => ['changes', '--data', changedInGit()],
  // (into a copy of the fixture: the first run adds the text, the others find it there)
  'sources add': () => ['sources', 'add', join(added, 'notes.txt'), '--data', added, '--published', '2024'],
  // (the plan only: nothing written)
  'sources update': () => ['sources', 'update', 'test-note', join(scratch, 'revised.txt')],
  export: () => ['export'],
  'export sqlite': () => ['export', 'sqlite', join(scratch, `e${inits++}.db`)],
  // (into the same copy: each run adds a record, or finds the citation there already)
  add: () => ['add', '--data', added],
  'add claim': () => [
    ...ADD,
    'claim',
    '--statement',
    'A treaty.',
    '--kind',
    'fact',
    '--about',
    'ruritania',
    ...CITE,
  ],
  'add event': () => [
    ...ADD,
    'event',
    ...['--title', 'Treaty', '--date', '2021-03', '--status', 'happened', '--type', 'agreement'],
    ...['--summary', 'Signed.', '--country', 'ruritania', ...CITE],
  ],
  // (a name stands for one actor only: a new one each run)
  'add actor': () => [
    ...ADD,
    'actor',
    '--name',
    `Treaty ${inits++}`,
    '--kind',
    'initiative',
    '--summary',
    'A treaty.',
    ...CITE,
  ],
  'add issue': () => [
    ...ADD,
    'issue',
    ...['--title', 'Treaty', '--status', 'open', '--summary', 'A treaty.', '--country', 'ruritania', ...CITE],
  ],
  'add citation': () => [...ADD, 'citation', 'dam-size', ...CITE],
};
/** add needs a verb: given none, each format it declares is still a usage error (exit 2), saying so. */
const NEEDS_VERB = new Set(['add']);

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
      if (spec.formats.length === 0) expect(stdout, fullName).not.toContain('Formats (--format)');
      else expect(stdout, fullName).toContain(`Formats (--format):\n  ${spec.formats.join(', ')}\n`);
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
        if (spec.formats.includes(format) && NEEDS_VERB.has(fullName)) {
          expect([code, stderr], `${fullName} --format ${format}`).toEqual([
            2,
            expect.stringContaining('add what?'),
          ]);
        } else if (spec.formats.includes(format)) {
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
