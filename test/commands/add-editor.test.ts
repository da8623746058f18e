import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Stdin } from '../../src/context.js';
import { MINI, check, runCli } from '../helpers.js';
import { snapshot } from '../snapshot.js';

// add claim with no flags on a terminal: the record written in $EDITOR, driven by a scripted
// editor (a small node script set as VISUAL) that replaces the record part of the file it is
// given with the next body of its script, counts its runs, and keeps a copy of what it was shown.

const EDITOR = `
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
const file = process.argv[2];
const counter = process.env.EDITOR_COUNTER;
const n = (existsSync(counter) ? Number(readFileSync(counter, 'utf8')) : 0) + 1;
writeFileSync(counter, String(n));
const shown = readFileSync(file, 'utf8');
writeFileSync(counter + '.' + n, shown);
writeFileSync(counter + '.path', file);
const step = JSON.parse(process.env.EDITOR_STEPS)[n - 1];
if (step === 'fail') process.exit(1);
if (step === null || step === undefined) process.exit(0); // saved as it was
const comments = shown.split('\\n').filter((line) => line.startsWith('#'));
writeFileSync(file, step === '' ? '' : [...comments, step].join('\\n'));
`;

/** A terminal's standard input, with nothing typed (the editor does the typing). */
const TERMINAL: Stdin = Object.assign((async function* () {})(), { isTTY: true });

interface Session {
  readonly cwd: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** What the editor was shown, run by run. */
  readonly shown: string[];
  /** The file the editor was given. */
  readonly path: string | undefined;
}

/** Runs add <args> on a terminal, its editor scripted by steps (a body, '' to empty, null to save as shown, 'fail'). */
async function edit(steps: (string | null)[], args = ['claim']): Promise<Session> {
  const cwd = mkdtempSync(join(tmpdir(), 'car-brief-add-editor-'));
  cpSync(MINI, join(cwd, 'data'), { recursive: true });
  writeFileSync(join(cwd, 'editor.mjs'), EDITOR);
  const counter = join(cwd, 'runs');
  const env = {
    VISUAL: `${process.execPath} ${join(cwd, 'editor.mjs')}`,
    EDITOR_COUNTER: counter,
    EDITOR_STEPS: JSON.stringify(steps),
  };
  const result = await runCli(['add', ...args, '--data', 'data'], { cwd, env, stdin: TERMINAL });
  const runs = existsSync(counter) ? Number(readFileSync(counter, 'utf8')) : 0;
  const shown = Array.from({ length: runs }, (_, i) => readFileSync(`${counter}.${i + 1}`, 'utf8'));
  const path = existsSync(`${counter}.path`) ? readFileSync(`${counter}.path`, 'utf8') : undefined;
  return { cwd, ...result, shown, path };
}

const claim = (quote: string) =>
  [
    'statement: Critics expect the dam to fail.',
    'kind: report',
    'attribution: critics',
    'about: [Dam project]',
    'sources:',
    '  - source: test-note',
    `    quote: ${quote}`,
    '',
  ].join('\n');

describe('add claim in $EDITOR', () => {
  it('reopens on a bad quote with the problem at the top, and adds the record saved the second time', async () => {
    const session = await edit([claim('critics say its doomed'), claim('critics say it is doomed')]);
    expect(session.shown).toHaveLength(2);
    expect(session.shown[0]).toMatch(/^# A new claim for data\/claims\.yaml: write it below/);
    expect(session.shown[0]).toContain('\nsources:\n  - source: test-note\n    paragraph:\n    quote:\n');
    expect(session.shown[1]!.split('\n').slice(0, 4)).toEqual([
      '# car-brief could not add this claim:',
      '#   sources[0].quote: not verbatim in any paragraph of test-note; did you mean ¶4: "critics say it is doomed"?',
      '# Correct it and save, or empty the file to add nothing.',
      '# ---',
    ]);
    expect(session.shown[1]).toContain(claim('critics say its doomed'));
    expect([session.code, session.stdout]).toEqual([0, 'critics-expect-dam-fail\n']);
    expect(session.stderr).toBe(
      'note: quote found in ¶4 of test-note, the one paragraph that holds it\n' +
        'note: claim critics-expect-dam-fail added to data/claims.yaml\n',
    );
    const claims = parse(readFileSync(join(session.cwd, 'data/claims.yaml'), 'utf8')) as unknown[];
    expect(claims.at(-1)).toEqual({
      id: 'critics-expect-dam-fail',
      about: ['dam-project'],
      statement: 'Critics expect the dam to fail.',
      kind: 'report',
      attribution: 'critics',
      sources: [{ source: 'test-note', paragraph: 4, quote: 'critics say it is doomed' }],
    });
    await expect(check(join(session.cwd, 'data'))).resolves.toBeDefined();
    // The file edited was in a folder of its own, removed after.
    expect(session.path).toMatch(/new-claim\.yaml$/);
    expect(existsSync(dirname(session.path!))).toBe(false);
  });

  it('lists every problem at once, and replaces them when it reopens again', async () => {
    const session = await edit([
      'statement: x\nkind: facts\nabout: [atlantis]\nsources: []\n',
      'statement: x\nkind: fact\nabout: [atlantis]\nsources: []\n',
      '',
    ]);
    expect(session.shown[1]!.split('\n').slice(0, 6)).toEqual([
      '# car-brief could not add this claim:',
      '#   about[0]: no record called "atlantis"',
      '#   sources: every record cites at least one source: a list of {source, paragraph, quote}',
      '#   kind: "facts" is not one of fact, report, assessment (did you mean "fact"?)',
      '# Correct it and save, or empty the file to add nothing.',
      '# ---',
    ]);
    expect(session.shown[2]!.split('\n').slice(0, 5)).toEqual([
      '# car-brief could not add this claim:',
      '#   about[0]: no record called "atlantis"',
      '#   sources: every record cites at least one source: a list of {source, paragraph, quote}',
      '# Correct it and save, or empty the file to add nothing.',
      '# ---',
    ]);
    expect([session.code, session.stdout]).toEqual([0, '']);
  });

  it('adds nothing when the file is emptied, or the template saved as it was (exit 0)', async () => {
    for (const steps of [[''], [null]]) {
      const session = await edit(steps);
      const before = snapshot(MINI);
      expect([session.code, session.stdout, session.stderr]).toEqual([
        0,
        '',
        'note: nothing added: the claim was left empty\n',
      ]);
      expect(snapshot(join(session.cwd, 'data'))).toEqual(before);
    }
  });

  it('refuses the record when its problems are saved again unchanged (exit 3), writing nothing', async () => {
    const session = await edit([claim('critics say its doomed'), null]);
    expect(session.shown).toHaveLength(2);
    expect(session.code).toBe(3);
    expect(session.stderr).toBe(
      'new-claim.yaml: sources[0].quote: not verbatim in any paragraph of test-note; did you mean ¶4: "critics say it is doomed"?\n' +
        'car-brief: claim refused: saved again with its problem; nothing written\n',
    );
    expect(snapshot(join(session.cwd, 'data'))).toEqual(snapshot(MINI));
  });

  it('says so when the editor fails (exit 1), writing nothing', async () => {
    const session = await edit(['fail']);
    expect(session.code).toBe(1);
    expect(session.stderr).toMatch(
      /^car-brief: the editor \(.*editor\.mjs\) exited with status 1; nothing written\n$/,
    );
    expect(snapshot(join(session.cwd, 'data'))).toEqual(snapshot(MINI));
  });

  it('opens no editor when flags are given, even on a terminal', async () => {
    const session = await edit(
      [],
      [
        'claim',
        '--statement',
        'S.',
        '--kind',
        'fact',
        '--about',
        'dam-project',
        '--source',
        'test-note',
        '--quote',
        'Elbonia',
      ],
    );
    expect(session.shown).toEqual([]);
    expect(session.code).toBe(3); // "Elbonia" is in two paragraphs: refused, by flags
  });

  it('opens a template for an event, an actor and an issue that reads back as their fields', async () => {
    for (const [type, fields] of [
      ['event', ['title', 'date', 'date_basis', 'status', 'type', 'summary', 'countries', 'sources']],
      ['actor', ['name', 'kind', 'summary', 'sources']],
      ['issue', ['title', 'status', 'summary', 'countries', 'sources']],
    ] as const) {
      const session = await edit([''], [type]);
      const template = parse(session.shown[0]!) as Record<string, unknown>;
      expect(Object.keys(template), type).toEqual(fields);
    }
  });
});
