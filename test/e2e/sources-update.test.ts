import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// sources update with the built binary, from a directory outside the repository: a page added and
// cited, then revised; the plan exits 6 and parses as JSON; decided and applied, it validates.

const BIN = join(ROOT, 'bin/car-brief.js');
const ID = 'ruritania-elbonia-agree-inspect-dam-2024';

describe('sources update, built', () => {
  it('plans (exit 6, JSON), then applies a revised page, and the dataset validates', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'car-brief-e2e-update-'));
    cpSync(join(ROOT, 'examples'), join(cwd, 'examples'), { recursive: true });
    const env = { PATH: process.env.PATH ?? '', HOME: cwd };
    const run = (args: string[]) => {
      const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8' });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    expect(run(['init', 'my-data']).code).toBe(0);
    expect(run(['sources', 'add', 'examples/saved-page.html', '--data', 'my-data']).code).toBe(0);
    writeFileSync(
      join(cwd, 'my-data/actors.yaml'),
      [
        '- id: the-dam',
        '  kind: project',
        '  name: The dam',
        '  summary: A dam two states agreed to inspect.',
        '  sources:',
        `    - { source: ${ID}, paragraph: 2, quote: "joint inspections of the dam project" }`,
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(cwd, 'my-data/claims.yaml'),
      [
        '- id: inspections-agreed',
        '  about: [the-dam]',
        '  statement: Ruritania and Elbonia agreed to joint inspections of the dam.',
        '  kind: fact',
        '  sources:',
        `    - { source: ${ID}, paragraph: 2, quote: "joint inspections of the dam project" }`,
        '- id: inspectors-within-weeks',
        '  about: [the-dam]',
        '  statement: Inspectors could arrive within weeks.',
        '  kind: fact',
        '  sources:',
        `    - { source: ${ID}, paragraph: 3, quote: "inspectors could arrive “within weeks”" }`,
        '    # a comment that stays',
        `    - { source: ${ID}, paragraph: 5, quote: "Nobody has paid for the turbines yet" }`,
        '',
      ].join('\n'),
    );
    expect(run(['validate', '--data', 'my-data']).code).toBe(0);
    const update = ['sources', 'update', ID, 'examples/saved-page-revised.html', '--data', 'my-data'];
    const plan = run([...update, '--json']);
    expect(plan.code).toBe(6);
    const entries = JSON.parse(plan.stdout) as { record: string; status: string; new_paragraph: number }[];
    expect(entries.map((e) => [e.record, e.status, e.new_paragraph])).toEqual([
      ['the-dam', 'exact', 2],
      ['inspections-agreed', 'exact', 2],
      ['inspectors-within-weeks', 'changed', 3],
      ['inspectors-within-weeks', 'moved', 6],
    ]);
    const piped = run(update);
    expect(piped.stdout.split('\n')[0]!.split('\t').slice(0, 4)).toEqual([
      'record',
      'collection',
      'source',
      'status',
    ]);
    const applied = run([...update, '--apply', '--accept-changed']);
    expect(applied.code).toBe(0);
    expect(applied.stderr).toMatch(/^note: written: my-data\/texts\/.*my-data\/claims\.yaml$/m);
    const claims = readFileSync(join(cwd, 'my-data/claims.yaml'), 'utf8');
    expect(claims).toContain(
      'paragraph: 3, quote: "inspectors could arrive “within a month”" }\n    # a comment that stays\n',
    );
    expect(claims).toContain('paragraph: 6, quote: "Nobody has paid');
    expect(run(['validate', '--data', 'my-data']).code).toBe(0);
  }, 120_000);
});
