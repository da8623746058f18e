import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MINI, runCli } from '../helpers.js';

// The shortcuts of add, for a claim typed at the prompt: short flags, the statement as the
// argument, and --find, which cites the one verbatim span the words stand for (refused, with
// nothing written, when they stand for none or several).

function workspace(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'car-brief-add-shortcuts-'));
  cpSync(MINI, join(cwd, 'data'), { recursive: true });
  return cwd;
}

const add = (cwd: string, ...args: string[]) => runCli(['add', ...args, '--data', 'data'], { cwd });
/** add claim <statement> -k <kind> -a <about>, and the flags given. */
const claim = (cwd: string, statement: string, kind: string, about: string, ...flags: string[]) =>
  add(cwd, 'claim', statement, '-k', kind, '-a', about, ...flags);
const lastClaim = (cwd: string) =>
  (parse(readFileSync(join(cwd, 'data/claims.yaml'), 'utf8')) as Record<string, unknown>[]).at(-1);

// Every file of the dataset, by name: what a refusal must leave as it was.
function files(cwd: string): Record<string, string> {
  const dir = join(cwd, 'data');
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path, readFileSync(path, 'utf8')];
      }),
  );
}

const CRITICS = {
  id: 'critics-expect-dam-fail',
  about: ['dam-project'],
  statement: 'Critics expect the dam to fail.',
  kind: 'report',
  attribution: 'critics',
  sources: [{ source: 'test-note', paragraph: 4, quote: 'critics say it is doomed' }],
};

describe('add claim: short flags and the statement as the argument', () => {
  it('writes the same claim as the long flags do', async () => {
    const cwd = workspace();
    const { code, stdout } = await add(
      cwd,
      'claim',
      '-k',
      'report',
      '-a',
      'Dam project',
      '-b',
      'critics',
      '-s',
      'test-note',
      '-p',
      '4',
      '-q',
      'critics say it is doomed',
      'Critics expect the dam to fail.',
    );
    expect([code, stdout]).toEqual([0, 'critics-expect-dam-fail\n']);
    expect(lastClaim(cwd)).toEqual(CRITICS);
  });

  it('takes the statement unquoted, as words', async () => {
    const cwd = workspace();
    const words = ['Critics', 'expect', 'the', 'dam', 'to', 'fail.'];
    const { code } = await add(
      cwd,
      'claim',
      ...words,
      '-k',
      'report',
      '-a',
      'dam-project',
      '-b',
      'critics',
      '-q',
      'critics say it is doomed',
    );
    expect(code).toBe(0);
    expect(lastClaim(cwd)).toEqual(CRITICS);
  });

  it('refuses the statement given twice, as the argument and --statement (exit 2), writing nothing', async () => {
    const cwd = workspace();
    const before = files(cwd);
    const { code, stdout, stderr } = await add(
      cwd,
      'claim',
      'Critics expect it to fail.',
      '--statement',
      'Another.',
      '-k',
      'fact',
      '-a',
      'ruritania',
      '-q',
      'critics',
    );
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(
      'car-brief: add claim takes its statement once: as the argument or as --statement, not both\n',
    );
    expect(files(cwd)).toEqual(before);
  });

  it("takes an event's title, an actor's name and an issue's title as the argument too", async () => {
    const cwd = workspace();
    const actor = await add(
      cwd,
      'actor',
      'Strelsau council',
      '-k',
      'organisation',
      '--summary',
      'A council.',
      '-q',
      'Strelsau',
    );
    expect([actor.code, actor.stdout]).toEqual([0, 'strelsau-council\n']);
    const issue = await add(
      cwd,
      'issue',
      'Dam doubts',
      '--status',
      'open',
      '--summary',
      'Doubts.',
      '--country',
      'elbonia',
      '-q',
      'doomed',
    );
    expect([issue.code, issue.stdout]).toEqual([0, 'dam-doubts\n']);
  });
});

describe('add --find: the one verbatim span the words stand for', () => {
  it('cites the span, cut verbatim from the latest source, and says what it took', async () => {
    const cwd = workspace();
    const { code, stdout, stderr } = await claim(
      cwd,
      'Critics expect the dam to fail.',
      'report',
      'dam-project',
      '-b',
      'critics',
      '-f',
      'CRITICS doomed',
    );
    expect([code, stdout]).toEqual([0, 'critics-expect-dam-fail\n']);
    expect(stderr).toBe(
      'note: citing test-note, the latest source (--source cites another)\n' +
        'note: "CRITICS doomed" found in ¶4 of test-note: "critics say it is doomed"\n' +
        'note: claim critics-expect-dam-fail added to data/claims.yaml\n',
    );
    expect(lastClaim(cwd)).toEqual(CRITICS);
  });

  it('takes words typed plainly for curly apostrophes, and --paragraph to say which of several', async () => {
    const cwd = workspace();
    const plain = await claim(
      cwd,
      'Ada Vance is foreign minister.',
      'fact',
      'ada-vance',
      '-f',
      "elbonia's foreign minister",
    );
    expect(plain.code).toBe(0);
    expect(lastClaim(cwd)?.sources).toEqual([
      { source: 'test-note', paragraph: 2, quote: 'Elbonia’s foreign minister' },
    ]);
    const pinned = await claim(cwd, 'Elbonia signed.', 'fact', 'elbonia', '-p', '1', '-f', 'elbonia');
    expect(pinned.code).toBe(0);
    expect(lastClaim(cwd)?.sources).toEqual([{ source: 'test-note', paragraph: 1, quote: 'Elbonia' }]);
  });

  it('refuses words that stand for several passages (exit 3), listing them, and writes nothing', async () => {
    const cwd = workspace();
    const before = files(cwd);
    const { code, stdout, stderr } = await claim(cwd, 'Elbonia signed.', 'fact', 'elbonia', '-f', 'elbonia');
    expect([code, stdout]).toEqual([3, '']);
    expect(stderr).toMatch(
      /car-brief: claim refused: --find elbonia: they stand for 2 passages of test-note: ¶1 "Elbonia", ¶2 "Elbonia"; say which with more words, --paragraph or --quote; nothing written\n$/,
    );
    expect(files(cwd)).toEqual(before);
  });

  it('refuses words no passage holds every one of (exit 3), and writes nothing', async () => {
    const cwd = workspace();
    const before = files(cwd);
    const { code, stderr } = await claim(cwd, 'The dam is cheap.', 'fact', 'dam-project', '-f', 'dam cheap');
    expect(code).toBe(3);
    expect(stderr).toMatch(
      /--find "dam cheap": no passage of test-note holds every one of those words \(car-brief quote test-note dam cheap shows the closest\); nothing written\n$/,
    );
    expect(files(cwd)).toEqual(before);
  });

  it('refuses --find when no source has a text to find it in (exit 2), and writes nothing', async () => {
    const cwd = workspace();
    const path = join(cwd, 'data/sources.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, readFileSync(path, 'utf8').replace('  text: texts/note.txt\n', ''));
    const before = files(cwd);
    const { code, stderr } = await claim(
      cwd,
      'Critics expect it to fail.',
      'report',
      'dam-project',
      '-b',
      'critics',
      '-f',
      'critics doomed',
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      'car-brief: give --source: the dataset has no source with a text (car-brief sources add adds one)\n',
    );
    expect(files(cwd)).toEqual(before);
  });

  it('gives add citation another passage by words', async () => {
    const cwd = workspace();
    const { code, stderr } = await add(cwd, 'citation', 'dam-project', '-f', '240 km upstream');
    expect(code).toBe(0);
    expect(stderr).toContain('note: "240 km upstream" found in ¶4 of test-note: "240 km upstream"\n');
    const actors = parse(readFileSync(join(cwd, 'data/actors.yaml'), 'utf8')) as {
      id: string;
      sources: unknown[];
    }[];
    expect(actors.find((actor) => actor.id === 'dam-project')?.sources).toContainEqual({
      source: 'test-note',
      paragraph: 4,
      quote: '240 km upstream',
    });
  });
});

describe('completion of the short flags', () => {
  it("completes a short flag's value as its long flag's", async () => {
    const complete = async (...words: string[]) =>
      (await runCli(['__complete', '--', '--data', MINI, 'add', 'claim', ...words])).stdout;
    expect(await complete('-k', 'r')).toBe('words\nreport\t\n');
    expect(await complete('-a', 'dam-')).toMatch(/^words\ndam-project\t/);
    expect(await complete('-s', '')).toMatch(/^words\ntest-note\t/);
    // What a claim is about: actors, events and issues, not the sources or claims.
    const about = await complete('-a', '');
    expect(about).toMatch(/^words\nruritania\tactor\n/);
    expect(about).not.toMatch(/test-note|dam-doomed|dam-size/);
  });
});
