import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { REANCHOR_COLUMNS } from '../../src/views/reanchor.js';
import { MINI, check, runCli } from '../helpers.js';

// sources update against a copy of the small fixture dataset: the plan in each format, --apply
// and what it writes (and leaves as it was), the decisions it waits for, and its refusals.

const REVISED = [
  'Ruritania and Elbonia signed a water treaty in March 2021.',
  'The talks resumed in Zenda in May.',
  'Elbonia’s foreign minister Ada Vance visited Strelsau on 4-5 June and plans to return next year.',
  'Heading: Trouble Over the Dam',
  'The dam project is 240 km upstream and would store 3 bcm; critics say it is surely doomed.',
]
  .map((p) => `${p}\n`)
  .join('');

/** A working directory holding a copy of the fixture dataset (data/) and the files given. */
function workspace(files: Record<string, string> = {}): string {
  const cwd = mkdtempSync(join(tmpdir(), 'car-brief-update-'));
  cpSync(MINI, join(cwd, 'data'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  return cwd;
}

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

const update = (cwd: string, args: string[], options: Parameters<typeof runCli>[1] = {}) =>
  runCli(['sources', 'update', 'test-note', ...args, '--data', 'data'], { cwd, ...options });

describe('sources update: the plan', () => {
  it('prints every citation grouped by status, the changed quote beside its close match, and what to do next; exit 6, nothing written', async () => {
    const cwd = workspace({ 'revised.txt': REVISED });
    const before = snapshot(join(cwd, 'data'));
    const { code, stdout, stderr } = await update(cwd, ['revised.txt', '--format', 'text']);
    expect(code).toBe(6);
    expect(stdout).toBe(
      [
        'exact (3)',
        '  ruritania            ¶1',
        '  old-world            ¶1',
        '  water-treaty-2021    ¶1',
        '',
        'moved (7)',
        '  elbonia              ¶2 → ¶3',
        '  ada-vance            ¶2 → ¶3',
        '  vance-visit-2023-06  ¶2 → ¶3',
        '  vance-return-visit   ¶2 → ¶3',
        '  dam-dispute          ¶3 → ¶4',
        '  dam-project          ¶4 → ¶5',
        '  dam-size             ¶4 → ¶5',
        '',
        'changed (1)',
        '  dam-doomed           ¶4 → ¶5  77%  data/claims.yaml:17',
        '      was   critics say it is doomed',
        '      now   critics say it is surely doomed',
        '',
        'test-note: 11 citations (3 exact, 7 moved, 1 changed) in the new text (5 paragraphs, was 4): a plan, nothing written',
        'next: read each changed quote beside its close match; to take them all, run it again with --apply --accept-changed',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe(
      'car-brief: 1 citation of test-note no longer matches the new text: nothing written\n',
    );
    expect(snapshot(join(cwd, 'data'))).toEqual(before);
  });

  it('--json: an array of {record, collection, source, status, old_paragraph, new_paragraph, quote, new_quote, similarity, ...}', async () => {
    const cwd = workspace({ 'revised.txt': REVISED });
    const { code, stdout } = await update(cwd, ['revised.txt', '--json']);
    expect(code).toBe(6);
    const entries = JSON.parse(stdout) as Record<string, unknown>[];
    expect(entries).toHaveLength(11);
    expect(entries.find((e) => e.record === 'dam-doomed')).toEqual({
      record: 'dam-doomed',
      collection: 'claims',
      source: 'test-note',
      status: 'changed',
      old_paragraph: 4,
      new_paragraph: 5,
      quote: 'critics say it is doomed',
      new_quote: 'critics say it is surely doomed',
      similarity: 0.77,
      field: 'sources[0]',
      reason: null,
      file: 'data/claims.yaml',
      line: 17,
    });
    expect(entries.find((e) => e.record === 'elbonia')).toMatchObject({
      status: 'moved',
      old_paragraph: 2,
      new_paragraph: 3,
      similarity: 1,
    });
  });

  it('in a pipe: TSV with a header row, the counts and the next step as notes on stderr', async () => {
    const cwd = workspace({ 'revised.txt': REVISED });
    const { code, stdout, stderr } = await update(cwd, ['revised.txt']);
    expect(code).toBe(6);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]!.split('\t')).toEqual(REANCHOR_COLUMNS);
    expect(lines).toHaveLength(12);
    expect(
      lines
        .find((line) => line.startsWith('dam-doomed\t'))!
        .split('\t')
        .slice(3, 9),
    ).toEqual(['changed', '4', '5', 'critics say it is doomed', 'critics say it is surely doomed', '0.77']);
    expect(stderr.split('\n')[0]).toBe(
      'note: test-note: 11 citations (3 exact, 7 moved, 1 changed) in the new text (5 paragraphs, was 4): a plan, nothing written',
    );
  });

  it('on a terminal: a table by default with --format table, the text plan otherwise', async () => {
    const cwd = workspace({ 'revised.txt': REVISED });
    const table = await update(cwd, ['revised.txt', '--format', 'table'], { tty: true, columns: 100 });
    expect(table.stdout).toMatch(/changed\s+dam-doomed\s+¶4 → ¶5\s+77%\s+critics say it is surely doomed/);
    const text = await update(cwd, ['revised.txt'], { tty: true, columns: 60 });
    expect(text.stdout.split('\n')[0]).toBe('exact (3)');
    expect(text.stdout).toContain('¶4 → ¶5  77%  data/claims.yaml:17');
  });

  it('every citation exact or moved: exit 0, and the next step is --apply', async () => {
    const cwd = workspace({ 'revised.txt': REVISED.replace('surely doomed', 'doomed') });
    const { code, stdout } = await update(cwd, ['revised.txt', '--format', 'text']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\(3 exact, 8 moved\).*a plan, nothing written\nnext: run it again with --apply/);
  });

  it('the same text as the one kept: exit 0, nothing to re-anchor, nothing written', async () => {
    const cwd = workspace();
    const before = snapshot(join(cwd, 'data'));
    const { code, stdout } = await update(cwd, ['data/texts/note.txt', '--format', 'text']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'test-note: the new text is the text kept already (data/texts/note.txt): nothing to re-anchor, nothing written\n',
    );
    expect(snapshot(join(cwd, 'data'))).toEqual(before);
  });

  it('reads the new text from standard input, and Markdown as sources add reads it', async () => {
    const cwd = workspace();
    const stdin = Readable.from([Buffer.from(REVISED)]);
    const piped = await update(cwd, ['-', '--json'], { stdin });
    expect(piped.code).toBe(6);
    expect((JSON.parse(piped.stdout) as unknown[]).length).toBe(11);
    writeFileSync(
      join(cwd, 'revised.md'),
      REVISED.split('\n').join('\n\n').replace('Heading: ', '## Heading: '),
    );
    const markdown = await update(cwd, ['revised.md', '--json']);
    expect(JSON.parse(markdown.stdout)).toEqual(JSON.parse(piped.stdout));
  });
});

describe('sources update --apply', () => {
  it('waits for --accept-changed; then writes the text, the sha256, the new paragraphs and quote, every other byte as it was', async () => {
    const cwd = workspace({ 'revised.txt': REVISED });
    const before = snapshot(join(cwd, 'data'));
    const waiting = await update(cwd, ['revised.txt', '--apply', '--format', 'text']);
    expect(waiting.code).toBe(6);
    expect(waiting.stdout).toMatch(/: nothing written\nnext: read each changed quote/);
    expect(snapshot(join(cwd, 'data'))).toEqual(before);

    const { code, stdout, stderr } = await update(cwd, [
      'revised.txt',
      '--apply',
      '--accept-changed',
      '--format',
      'text',
    ]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.trimEnd().split('\n').slice(-2)).toEqual([
      'test-note: 11 citations (3 exact, 7 moved, 1 changed) in the new text (5 paragraphs, was 4)',
      'written: data/texts/note.txt, data/sources.yaml, data/actors.yaml, data/events.yaml, data/issues.yaml, data/claims.yaml',
    ]);
    const after = snapshot(join(cwd, 'data'));
    expect(after.get('texts/note.txt')).toBe(REVISED);
    const sha = createHash('sha256').update(REVISED).digest('hex');
    expect(after.get('sources.yaml')).toBe(
      before
        .get('sources.yaml')!
        .replace('  text: texts/note.txt\n', `  text: texts/note.txt\n  sha256: ${sha}\n`),
    );
    expect(after.get('claims.yaml')).toBe(
      before
        .get('claims.yaml')!
        .replace('paragraph: 4, quote: "240 km', 'paragraph: 5, quote: "240 km')
        .replace(
          '{ source: test-note, paragraph: 4, quote: "critics say it is doomed" }',
          '{ source: test-note, paragraph: 5, quote: "critics say it is surely doomed" }',
        ),
    );
    await expect(check(join(cwd, 'data'))).resolves.toBeDefined();
    // The cache sees the change: a reading command answers from the new text.
    const shown = await runCli(['show', 'dam-doomed', '--paragraph', '--data', 'data', '--format', 'text'], {
      cwd,
    });
    expect(shown.stdout).toContain('surely doomed');
  });

  it('is refused, with the problems, when the dataset so changed would not pass validate (a figure no longer quoted); nothing written', async () => {
    const cwd = workspace({ 'revised.txt': REVISED.replace('240 km', '250 km') });
    const before = snapshot(join(cwd, 'data'));
    const { code, stderr } = await update(cwd, ['revised.txt', '--apply', '--accept-changed']);
    expect(code).toBe(3);
    expect(stderr).toMatch(/figure 240 does not appear in the record's quotes/);
    expect(stderr).toMatch(
      /update refused: the dataset with the new text would have \d+ problems?; nothing written/,
    );
    expect(snapshot(join(cwd, 'data'))).toEqual(before);
  });

  it('says how to decide an orphaned citation, and which ones --drop-orphaned cannot take out', async () => {
    const cwd = workspace({ 'revised.txt': REVISED.replace('; critics say it is surely doomed', '') });
    const { code, stdout } = await update(cwd, [
      'revised.txt',
      '--apply',
      '--drop-orphaned',
      '--format',
      'text',
    ]);
    expect(code).toBe(6);
    expect(stdout).toContain('orphaned (1)\n  dam-doomed           ¶4 → ?  data/claims.yaml:17\n');
    expect(stdout).toMatch(/why\s+its passage is gone: nothing new or changed is close to it/);
    expect(stdout).toMatch(
      /orphaned: decide for each whether its record still rests on test-note: remove the citation/,
    );
    expect(stdout).toMatch(/dam-doomed has no other citation: give it another citation first/);
  });

  it('refuses to write to the built-in data, but shows its plan', async () => {
    const text = readFileSync(join(MINI, '../../../data/texts/pak-car-analysis-2024.txt'), 'utf8');
    const cwd = workspace({ 'article.txt': `A new first paragraph.\n${text}` });
    const plan = await runCli(['sources', 'update', 'pak-car-analysis-2024', 'article.txt', '--json'], {
      cwd,
    });
    expect(plan.code).toBe(0);
    expect((JSON.parse(plan.stdout) as { status: string }[]).every((e) => e.status === 'moved')).toBe(true);
    const applied = await runCli(['sources', 'update', 'pak-car-analysis-2024', 'article.txt', '--apply'], {
      cwd,
    });
    expect(applied.code).toBe(2);
    expect(applied.stderr).toMatch(/the built-in data is read-only/);
  });

  it('names what is wrong: an unknown source (exit 4), no file, a source that keeps no text (exit 2)', async () => {
    const cwd = workspace({ 'revised.txt': REVISED });
    expect(
      (await runCli(['sources', 'update', 'no-such-source', 'revised.txt', '--data', 'data'], { cwd })).code,
    ).toBe(4);
    const missing = await update(cwd, ['nope.txt']);
    expect([missing.code, missing.stderr]).toEqual([2, 'car-brief: nope.txt: no such file\n']);
    const sources = join(cwd, 'data/sources.yaml');
    writeFileSync(sources, readFileSync(sources, 'utf8').replace('  text: texts/note.txt\n', ''));
    const noText = await update(cwd, ['revised.txt']);
    expect([noText.code, noText.stderr]).toEqual([
      2,
      'car-brief: test-note keeps no text (its record names no text file): there is nothing to re-anchor\n',
    ]);
  });
});
