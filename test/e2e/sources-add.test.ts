import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// The loop a writer runs, with the built binary from a directory outside the repository: start a
// dataset, add a web page saved from the browser (on standard input), find a quote in it, cite it.

const BIN = join(ROOT, 'bin/car-brief.js');
const PAGE = readFileSync(join(ROOT, 'examples/saved-page.html'));

describe('sources add and quote, built', () => {
  it('adds a saved page read from standard input, finds a quote in it, and the dataset validates', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'car-brief-e2e-add-'));
    const env = { PATH: process.env.PATH ?? '', HOME: cwd };
    const run = (args: string[], input?: Buffer) => {
      const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env, input, encoding: 'utf8' });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    expect(run(['init', 'my-data']).code).toBe(0);

    const added = run(['sources', 'add', '-', '--data', 'my-data', '--json'], PAGE);
    expect([added.code, added.stderr]).toEqual([0, '']);
    const { source, paragraphs } = JSON.parse(added.stdout) as {
      source: { id: string; publisher: string; published: string };
      paragraphs: { paragraph: number; text: string }[];
    };
    expect(source).toMatchObject({ publisher: 'The Strelsau Courier', published: '2024-03-14' });
    expect(paragraphs.map((p) => p.text).join('\n')).not.toMatch(/cookies|Most read|analytics/);

    const quoted = run([
      'quote',
      source.id,
      'nobody has paid for the turbines',
      '--json',
      '--data',
      'my-data',
    ]);
    expect(quoted.code).toBe(0);
    const [best] = JSON.parse(quoted.stdout) as { paragraph: number; quote: string }[];
    expect(best).toMatchObject({ paragraph: 5, quote: 'Nobody has paid for the turbines' });

    // The quotes quote finds, cited in an actor and a claim, pass validate: they are verbatim.
    const dam = run(['quote', source.id, 'joint inspections of the dam project', '--data', 'my-data']);
    expect(dam.stdout.split('\n')[0]).toBe('¶2  joint inspections of the dam project');
    const cite = (paragraph: number, quote: string) =>
      `    - { source: ${source.id}, paragraph: ${paragraph}, quote: "${quote}" }`;
    writeFileSync(
      join(cwd, 'my-data/actors.yaml'),
      [
        '- id: the-dam',
        '  kind: project',
        '  name: The dam',
        '  summary: A dam two states agreed to inspect.',
        '  sources:',
        cite(2, 'joint inspections of the dam project'),
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(cwd, 'my-data/claims.yaml'),
      [
        '- id: turbines-unpaid',
        '  about: [the-dam]',
        "  statement: The dam's turbines are unpaid for.",
        '  kind: report',
        '  attribution: an engineer',
        '  sources:',
        cite(best!.paragraph, best!.quote),
        '',
      ].join('\n'),
    );
    const validated = run(['validate', '--data', 'my-data']);
    expect([validated.code, validated.stderr]).toEqual([0, '']);
    expect(validated.stdout).toMatch(
      /^my-data: valid \(1 sources, 1 actors, 0 events, 0 issues, 1 claims, 2 citations\)/,
    );

    const again = run(['sources', 'add', '-', '--data', 'my-data'], PAGE);
    expect([again.code, again.stdout.split('\n')[0]]).toEqual([
      0,
      `already present as ${source.id}: nothing written (7 paragraphs, my-data/texts/${source.id}.txt)`,
    ]);
  });
});
