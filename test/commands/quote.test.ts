import { describe, expect, it } from 'vitest';
import { MINI, copyDataset, edit, runCli } from '../helpers.js';

// quote on the built-in article and the fixture: ¶N and the verbatim span, best first.

const LATEST =
  'note: quoting test-note, the latest source (car-brief quote <source> <words> quotes another)\n';

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

  it('takes the source by its id, or its whole label; any other first word is a word', async () => {
    const byId = await runCli(['quote', '--data', MINI, 'test-note', 'WATER TREATY']);
    expect([byId.code, byId.stdout, byId.stderr]).toEqual([0, '¶1  water treaty\n', '']);
    const byLabel = await runCli(['quote', '--data', MINI, 'test note on ruritania and elbonia', 'water']);
    expect([byLabel.code, byLabel.stdout, byLabel.stderr]).toEqual([0, '¶1  water\n', '']);
    const slip = await runCli(['quote', '--data', MINI, 'test-nite', 'water', 'treaty']);
    expect([slip.stdout, slip.stderr]).toEqual(['¶1  water treaty\n', LATEST]);
    // "ruritania" is a word of the label, not the label: a word to find, in the latest source.
    const byWord = await runCli(['quote', '--data', MINI, 'ruritania', 'water', 'treaty']);
    expect([byWord.code, byWord.stdout]).toEqual([0, '¶1  Ruritania and Elbonia signed a water treaty\n']);
    expect(byWord.stderr).toBe(LATEST);
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

describe('quote without a source', () => {
  it('quotes the latest source, the one sources add just added, and says so', async () => {
    const { code, stdout, stderr } = await runCli(['quote', '--data', MINI, 'critics', 'doomed']);
    expect([code, stdout, stderr]).toEqual([0, '¶4  critics say it is doomed\n', LATEST]);
    const one = await runCli(['quote', '--data', MINI, 'Strelsau']);
    expect([one.code, one.stdout, one.stderr]).toEqual([0, '¶2  Strelsau\n', LATEST]);
  });

  it('refuses when no source has a text (exit 2), and a source without words (exit 2)', async () => {
    const dir = copyDataset();
    edit(dir, 'sources.yaml', '  text: texts/note.txt\n', '');
    const none = await runCli(['quote', '--data', dir, 'critics', 'doomed'], { cwd: dir });
    expect([none.code, none.stdout, none.stderr]).toEqual([
      2,
      '',
      'car-brief: quote needs a source with a text, and the dataset has none (car-brief sources add adds one)\n',
    ]);
    const bare = await runCli(['quote', '--data', MINI, 'test-note']);
    expect([bare.code, bare.stdout]).toEqual([2, '']);
    expect(bare.stderr).toMatch(/^car-brief: quote needs the words you remember/);
  });
});
