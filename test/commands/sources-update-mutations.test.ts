import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/model/paragraphs.js';
import { BUILTIN, check, runCli } from '../helpers.js';

// The mutation suite of sources update, on the built-in article: a copy of data/ is given a new
// text (a paragraph inserted, a sentence edited, a sentence deleted, two paragraphs swapped, text
// that reappears near-verbatim elsewhere) and every citation's class is compared with the one
// the mutation calls for; --apply must leave a dataset that validate passes, or write nothing.

const SOURCE = 'pak-car-analysis-2024';
const ARTICLE = paragraphsOf(readFileSync(join(BUILTIN, `texts/${SOURCE}.txt`), 'utf8'));

interface Entry {
  record: string;
  collection: string;
  source: string;
  status: string;
  old_paragraph: number;
  new_paragraph: number | null;
  quote: string;
  new_quote: string | null;
  similarity: number | null;
  reason: string | null;
}

/** A working directory with a copy of the built-in data (data/) and the new text (new.txt). */
function workspace(paragraphs: readonly string[]): string {
  const cwd = mkdtempSync(join(tmpdir(), 'car-brief-reanchor-'));
  cpSync(BUILTIN, join(cwd, 'data'), { recursive: true });
  writeFileSync(join(cwd, 'new.txt'), paragraphs.map((p) => `${p}\n`).join(''));
  return cwd;
}

const update = (cwd: string, ...flags: string[]) =>
  runCli(['sources', 'update', SOURCE, 'new.txt', '--data', 'data', ...flags], { cwd });

async function plan(cwd: string): Promise<{ code: number; entries: Entry[] }> {
  const { code, stdout } = await update(cwd, '--json');
  return { code, entries: JSON.parse(stdout) as Entry[] };
}

/** Every file under dir, by path inside it, with its text. */
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

/** Each citation's class is the expected one (and, exact or moved, its paragraph too). */
function expectClasses(
  entries: readonly Entry[],
  expected: (entry: Entry) => [status: string, paragraph?: number],
) {
  expect(entries.length).toBeGreaterThan(250);
  for (const entry of entries) {
    const [status, paragraph] = expected(entry);
    const what = `${entry.record} ¶${entry.old_paragraph} "${entry.quote}"`;
    expect(status.split('|'), what).toContain(entry.status);
    if (paragraph !== undefined) expect(entry.new_paragraph, what).toBe(paragraph);
  }
}

/** The changed lines of the files (old and new) are only those the update may change. */
function expectOnlyAnchorsChanged(before: Map<string, string>, after: Map<string, string>, quotes = false) {
  for (const [name, text] of before) {
    if (name.startsWith('texts/')) continue;
    const old = text.split('\n');
    const now = after.get(name)!.split('\n');
    const allowed =
      name === 'sources.yaml'
        ? /^\s+sha256: [0-9a-f]{64}$/
        : quotes
          ? /^\s+(paragraph|quote): /
          : /^\s+paragraph: \d+$/;
    if (name === 'sources.yaml') {
      expect(
        now.filter((line) => !old.includes(line)).every((line) => allowed.test(line)),
        name,
      ).toBe(true);
      continue;
    }
    expect(now.length, name).toBe(old.length);
    old.forEach((line, i) => {
      if (line !== now[i])
        expect(
          [line, now[i]].every((l) => allowed.test(l!)),
          `${name}:${i + 1}`,
        ).toBe(true);
    });
  }
}

describe('sources update on the built-in article: every citation classified', () => {
  it('a paragraph inserted: the citations above it exact, below it moved one down; --apply writes a dataset validate passes', async () => {
    const after = [
      ...ARTICLE.slice(0, 4),
      'A paragraph the revised article adds about rail links.',
      ...ARTICLE.slice(4),
    ];
    const cwd = workspace(after);
    const { code, entries } = await plan(cwd);
    expect(code).toBe(0);
    expectClasses(entries, (e) =>
      e.old_paragraph < 5 ? ['exact', e.old_paragraph] : ['moved', e.old_paragraph + 1],
    );
    const before = snapshot(join(cwd, 'data'));
    const applied = await update(cwd, '--apply');
    expect(applied.code, applied.stderr).toBe(0);
    expect(readFileSync(join(cwd, `data/texts/${SOURCE}.txt`), 'utf8')).toBe(
      after.map((p) => `${p}\n`).join(''),
    );
    expectOnlyAnchorsChanged(before, snapshot(join(cwd, 'data')));
    await expect(check(join(cwd, 'data'))).resolves.toBeDefined();
    // Run again: the text is the one kept now.
    const again = await update(cwd, '--format', 'text');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/the new text is the text kept already/);
  });

  it('two paragraphs swapped: the citations of each moved to the other, every other one exact', async () => {
    const after = [...ARTICLE];
    [after[9], after[10]] = [ARTICLE[10]!, ARTICLE[9]!];
    const cwd = workspace(after);
    const { code, entries } = await plan(cwd);
    expect(code).toBe(0);
    expectClasses(entries, (e) =>
      e.old_paragraph === 10
        ? ['moved', 11]
        : e.old_paragraph === 11
          ? ['moved', 10]
          : ['exact', e.old_paragraph],
    );
    const applied = await update(cwd, '--apply');
    expect(applied.code, applied.stderr).toBe(0);
    await expect(check(join(cwd, 'data'))).resolves.toBeDefined();
  });

  it('a sentence edited: the quotes that held it changed, with their close match and similarity; applied only with --accept-changed', async () => {
    const edited =
      'The aircraft’s avionics, including the Chinese-made KLJ-7 radar, have been criticised for poor accuracy and for maintenance issues.';
    const after = ARTICLE.map((p, i) =>
      i === 10
        ? p.replace(
            'The aircraft’s avionics, including the Chinese-made KLJ-7 Al radar, have been criticised for poor accuracy and maintenance issues.',
            edited,
          )
        : p,
    );
    expect(after[10]).not.toBe(ARTICLE[10]);
    const cwd = workspace(after);
    const { code, entries } = await plan(cwd);
    expect(code).toBe(6);
    expectClasses(entries, (e) =>
      e.old_paragraph === 11 && !after[10]!.includes(e.quote) ? ['changed', 11] : ['exact', e.old_paragraph],
    );
    const changed = entries.filter((e) => e.status === 'changed');
    expect(changed.length).toBeGreaterThan(0);
    for (const e of changed) {
      expect(after[10]).toContain(e.new_quote);
      expect(e.similarity).toBeGreaterThanOrEqual(0.75);
      expect(e.similarity).toBeLessThan(1);
    }
    const before = snapshot(join(cwd, 'data'));
    const refused = await update(cwd, '--apply');
    expect(refused.code).toBe(6);
    expect(snapshot(join(cwd, 'data'))).toEqual(before);
    const applied = await update(cwd, '--apply', '--accept-changed');
    expect(applied.code, applied.stderr).toBe(0);
    expectOnlyAnchorsChanged(before, snapshot(join(cwd, 'data')), true);
    await expect(check(join(cwd, 'data'))).resolves.toBeDefined();
  });

  it('a sentence deleted: the quotes inside it orphaned; nothing written until each is decided, then a dataset validate passes', async () => {
    const sentence = 'The Super Mushak is prone to technical faults leading to crashes. ';
    const after = ARTICLE.map((p, i) => (i === 10 ? p.replace(sentence, '') : p));
    expect(after[10]).not.toBe(ARTICLE[10]);
    const cwd = workspace(after);
    const { code, entries } = await plan(cwd);
    expect(code).toBe(6);
    expectClasses(entries, (e) =>
      e.old_paragraph !== 11 || after[10]!.includes(e.quote)
        ? ['exact', e.old_paragraph]
        : sentence.includes(e.quote)
          ? ['orphaned']
          : ['changed|orphaned'],
    );
    const orphaned = entries.filter((e) => e.status === 'orphaned');
    expect(orphaned.map((e) => e.record).sort()).toEqual([
      'super-mushak-faults-and-crashes',
      'super-mushak-reliability',
    ]);
    // The claim rests on this citation alone: --drop-orphaned cannot take it out, and says so.
    const before = snapshot(join(cwd, 'data'));
    const refused = await update(cwd, '--apply', '--drop-orphaned', '--format', 'text');
    expect(refused.code).toBe(6);
    expect(refused.stdout).toMatch(
      /super-mushak-faults-and-crashes has no other citation: give it another citation first/,
    );
    expect(snapshot(join(cwd, 'data'))).toEqual(before);
    // The writer's decision: the claim goes (the source no longer says it); the issue keeps its other citations.
    const claims = join(cwd, 'data/claims.yaml');
    const text = readFileSync(claims, 'utf8');
    const start = text.indexOf('- id: super-mushak-faults-and-crashes');
    writeFileSync(claims, text.slice(0, start) + text.slice(text.indexOf('- id: ', start + 1)));
    const applied = await update(cwd, '--apply', '--drop-orphaned');
    expect(applied.code, applied.stderr).toBe(0);
    const checked = await check(join(cwd, 'data'));
    const issue = checked.collections.issues.find((i) => i.id === 'super-mushak-reliability')!;
    expect(issue.sources.map((s) => s.quote)).not.toContain(sentence.trim().replace(/\.$/, ''));
  });

  it('text that reappears near-verbatim elsewhere: a look-alike never wins; the citation is orphaned with the reason naming both passages', async () => {
    const quote = 'In May this year, violent mobs targeted hostels housing Pakistanis in Bishkek';
    const after = [
      ...ARTICLE.map((p, i) =>
        i === 17 ? p.replace('violent mobs targeted hostels', 'violent mobs attacked hostels') : p,
      ),
      'A correction: in May this year, violent mobs targeted hostels housing Pakistani students in Bishkek, a report said.',
    ];
    const cwd = workspace(after);
    const { code, entries } = await plan(cwd);
    expect(code).toBe(6);
    expectClasses(entries, (e) =>
      e.old_paragraph === 18 && !after[17]!.includes(e.quote)
        ? ['changed|orphaned']
        : ['exact', e.old_paragraph],
    );
    const cited = entries.filter((e) => e.quote === quote);
    expect(cited.length).toBeGreaterThan(0);
    for (const e of cited) {
      expect(e.status).toBe('orphaned');
      expect(e.reason).toMatch(/¶18/);
      expect(e.reason).toMatch(/¶22/);
    }
    expect(entries.filter((e) => e.new_paragraph === 22)).toEqual([]);
    const before = snapshot(join(cwd, 'data'));
    expect((await update(cwd, '--apply', '--accept-changed')).code).toBe(6);
    expect(snapshot(join(cwd, 'data'))).toEqual(before);
  });
});
