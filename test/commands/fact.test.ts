import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MINI, copyDataset, runCli } from '../helpers.js';

// fact on the built-in data, as a writer asks it; ids come from --json.
const fact = async (...args: string[]) => runCli(['fact', ...args]);
const ids = async (...args: string[]) => {
  const { code, stdout } = await fact(...args, '--json');
  expect(code, args.join(' ')).toBe(0);
  return [JSON.parse(stdout)].flat().map((record: { id: string }) => record.id);
};
const answer = async (...args: string[]) => (await ids(...args))[0];

describe('fact ranks every matching claim', () => {
  it('answers TAPI with the claim that has its figures, whatever the limit', async () => {
    expect(await answer('TAPI')).toBe('tapi-length-and-capacity');
    expect(await ids('TAPI', '--all')).toContain('tapi-length-and-capacity');
  });

  it('gives the same best answers alone, with --all and with a large --limit', async () => {
    for (const query of ['TAPI', 'JF-17', 'Super Mushak', 'students', 'Taliban']) {
      const many = await ids(query, '--limit', '12');
      expect(await answer(query), query).toBe(many[0]);
      expect(await ids(query, '--all'), query).toEqual(many.slice(0, 5));
    }
  });
});

describe('fact reads question words', () => {
  it('answers a natural "how many" question, with a claim that has a figure', async () => {
    const { code, stdout } = await fact('how many Pakistani students left Kyrgyzstan', '--json');
    expect(code).toBe(0);
    const claim = JSON.parse(stdout) as { id: string; figures: unknown[] };
    expect(claim.figures.length).toBeGreaterThan(0);
    expect(claim.id).toBe('students-returned-from-kyrgyzstan');
  });

  it('prefers a claim with figures for how much and how long', async () => {
    const { stdout } = await fact('how long is the TAPI pipeline', '--json');
    expect(JSON.parse(stdout).figures.length).toBeGreaterThan(0);
  });

  it('answers "when" with the dated event, its date first', async () => {
    expect(await answer('when did the DG ISI visit Turkmenistan')).toBe('dg-isi-visit-turkmenistan-2024-07');
    const { stdout } = await fact('when did the DG ISI visit Turkmenistan');
    expect(stdout).toMatch(/^10–11 Jul 2024\b/);
  });

  it('answers "who" with a person', async () => {
    expect(await answer('who is the army chief')).toBe('asim-munir');
  });

  it('says it does not know when the key words match nothing and the answer is not what is asked', async () => {
    const owner = await fact('who owns Gwadar port');
    expect(owner.code).toBe(4);
    expect(owner.stdout).toBe('');
    expect(owner.stderr).toContain('nothing in the data answers "who owns Gwadar port"');
    expect(owner.stderr).toContain('did you mean ashgabat-asked-nlc-for-serhetabat-hub?');
    // Every word found, or the answer of the kind asked: answered as before.
    expect(await answer('who visited Ashgabat')).toBeDefined();
    expect(await answer('how many students left Kyrgyzstan')).toBe('students-returned-from-kyrgyzstan');
  });

  it('keeps to claims when the query asks no question', async () => {
    const { stdout } = await fact('DG ISI visit Turkmenistan', '--json');
    expect(JSON.parse(stdout)).toHaveProperty('statement');
  });
});

describe('the pasteable line', () => {
  it('carries a reader’s attribution for a report, not a kind note', async () => {
    const { stdout } = await fact('Serhetabat');
    expect(stdout).toContain('(according to media reports');
    expect(stdout).not.toContain('(report');
    expect((await runCli(['--data', MINI, 'fact', 'doomed'])).stdout).toBe(
      // (the statement names its critics already: no "(according to critics)" after it)
      'Critics say the dam is doomed. — Test note on Ruritania and Elbonia, ¶4\n',
    );
  });

  it('reads as a sentence: no attribution the statement already gives, none that is not a reporter', async () => {
    const exporters = (await fact('exporters banks')).stdout;
    expect(exporters).toMatch(/^Almost all exporters and importers /);
    expect(exporters).not.toContain('(according to');
    const bvr = (await fact('JF-17 BVR missile')).stdout;
    expect(bvr).toContain('(according to the article, which does not say whose concern it is)');
    expect(bvr).not.toContain('according to a concern');
  });

  it('shows the [figures] bracket only with --figures', async () => {
    const plain = (await fact('TAPI', 'length')).stdout;
    expect(plain).not.toContain('[');
    expect(plain).toContain('1,735 km long');
    expect((await fact('TAPI', 'length', '--figures')).stdout).toContain('[1,735 km; 33 bcm per annum]');
  });

  it('names the full command to run in a note on a tie, quoted for the shell where it must be', async () => {
    const dir = copyDataset(MINI);
    appendFileSync(
      `${dir}/claims.yaml`,
      [
        '- id: dam-storage',
        '  about: [dam-project]',
        '  statement: The dam would store 3 bcm.',
        '  kind: fact',
        '  figures:',
        '    - { value: 3, unit: bcm, of: storage }',
        '  sources:',
        '    - { source: test-note, paragraph: 4, quote: "would store 3 bcm" }',
        '',
      ].join('\n'),
    );
    const { code, stderr } = await runCli(['--data', dir, 'fact', 'dam']);
    expect(code).toBe(0);
    expect(stderr).toContain(`car-brief --data ${dir} fact dam --all`);
    const quoted = await runCli(['--data', dir, 'fact', "dam's"]);
    expect(quoted.stderr).toContain(`car-brief --data ${dir} fact 'dam'\\''s' --all`);
  });

  it('wraps a long answer between words on a terminal, and keeps one line in a pipe', async () => {
    const piped = (await fact('TAPI', 'length')).stdout;
    expect(piped.trimEnd().split('\n')).toHaveLength(1);
    const { stdout } = await runCli(['fact', 'TAPI', 'length'], { tty: true, columns: 40 });
    // On a terminal, a last line says what the answer rests on (issue 16).
    const all = stdout.trimEnd().split('\n');
    expect(all.at(-1)).toBe('Support: 1 source, late 2024');
    const lines = all.slice(0, -1);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => line.length <= 40)).toBe(true);
    expect(lines.join(' ')).toBe(piped.trimEnd());
  });
});

describe('search says which words matched nothing', () => {
  it('notes the query words no record mentions', async () => {
    const { code, stderr } = await runCli(['search', 'investment', 'oil']);
    expect(code).toBe(0);
    expect(stderr).toContain('nothing mentions: investment, oil');
    const some = await runCli(['search', 'TAPI', 'investment']);
    expect(some.stderr).toContain('nothing mentions: investment');
    expect(some.stdout).toContain('tapi');
  });

  it('does not take a short word for a longer one', async () => {
    const { stdout, stderr } = await runCli(['search', 'soft']);
    expect(stdout.trimEnd().split('\n')).toEqual(['score\ttype\tid\ttitle\tmatched']);
    expect(stderr).toContain('nothing mentions: soft');
  });
});
