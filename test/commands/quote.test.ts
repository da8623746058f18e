import { describe, expect, it } from 'vitest';
import { MINI, runCli } from '../helpers.js';

// quote on the built-in article and the fixture: ¶N and the verbatim span, best first.

describe('quote', () => {
  it('prints ¶N and the verbatim span, curly apostrophe and all, for words typed plainly', async () => {
    const { code, stdout, stderr } = await runCli([
      'quote',
      'pak-car-analysis-2024',
      "pakistan's",
      'director',
      'general',
      'isi',
    ]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe('¶2  Pakistan’s Director General ISI\n');
  });

  it('lists the best first, each span once, and --json gives source, paragraph, quote and score', async () => {
    const text = await runCli(['quote', 'pak-car-analysis-2024', 'super', 'mushak']);
    expect(text.stdout).toBe('¶9  Super Mushak\n¶11  Super Mushak\n¶13  Super Mushak\n');
    const { stdout } = await runCli([
      'quote',
      'pak-car-analysis-2024',
      'Baku',
      'reconsider',
      'JF-17',
      '--json',
    ]);
    const answers = JSON.parse(stdout) as {
      source: string;
      paragraph: number;
      quote: string;
      score: number;
    }[];
    expect(answers[0]).toEqual({
      source: 'pak-car-analysis-2024',
      paragraph: 11,
      quote: 'Baku must seriously reconsider the probable purchase of the JF-17',
      score: expect.any(Number),
    });
    expect(answers.map((a) => a.score)).toEqual([...answers.map((a) => a.score)].sort((a, b) => b - a));
    expect(Object.keys(answers[0]!)).toEqual(['source', 'paragraph', 'quote', 'score']);
  });

  it('cuts the list with --limit, and pipes TSV with a header', async () => {
    const { stdout } = await runCli([
      'quote',
      'pak-car-analysis-2024',
      'super',
      'mushak',
      '--limit',
      '1',
      '--format',
      'tsv',
    ]);
    expect(stdout).toBe('source\tparagraph\tquote\tscore\npak-car-analysis-2024\t9\tSuper Mushak\t1\n');
  });

  it('takes the source by its id, or by a word of its label with a note; another is not found (exit 4)', async () => {
    const byId = await runCli(['quote', '--data', MINI, 'test-note', 'WATER TREATY']);
    expect([byId.code, byId.stdout, byId.stderr]).toEqual([0, '¶1  water treaty\n', '']);
    const byWord = await runCli(['quote', '--data', MINI, 'ruritania', 'water', 'treaty']);
    expect(byWord.stdout).toBe('¶1  water treaty\n');
    expect(byWord.stderr).toBe(
      'note: "ruritania" taken as test-note (matched "test note on ruritania and elbonia")\n',
    );
    const missing = await runCli(['quote', '--data', MINI, 'atlantis', 'water']);
    expect([missing.code, missing.stderr]).toEqual([
      4,
      'car-brief: no source called "atlantis"\ncar-brief sources lists the sources\n',
    ]);
  });

  it('says when nothing matches (exit 0), and refuses words without letters (exit 2)', async () => {
    const none = await runCli(['quote', 'pak-car-analysis-2024', 'hydroelectric', 'subsidies', '--json']);
    expect([none.code, none.stdout]).toEqual([0, '[]\n']);
    expect(none.stderr).toBe('note: no passage of pak-car-analysis-2024 holds half of those words\n');
    const dashes = await runCli(['quote', 'pak-car-analysis-2024', '—', '“”']);
    expect(dashes.code).toBe(2);
    expect(dashes.stderr).toMatch(/quote needs the words you remember/);
    expect((await runCli(['quote', 'pak-car-analysis-2024'])).code).toBe(2);
  });
});
