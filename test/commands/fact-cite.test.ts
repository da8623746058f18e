import { describe, expect, it } from 'vitest';
import { chicagoNote } from '../../src/views/cite/fact-cite.js';
import type { Source } from '../../src/model/records.js';
import { BUILTIN, load, runCli } from '../helpers.js';

describe('fact --format md and --cite', () => {
  it('gives the sentence with its footnote: source, paragraph and verbatim quote', async () => {
    const dataset = await load(BUILTIN);
    const claim = dataset.claims.find((c) => c.id === 'tapi-length-and-capacity')!;
    const { code, stdout } = await runCli(['fact', 'TAPI', 'length', '--format', 'md']);
    expect(code).toBe(0);
    const [citation] = claim.sources;
    const label = dataset.sources.find((s) => s.id === citation!.source)!.label;
    expect(stdout).toBe(
      `${claim.statement}[^1]\n\n[^1]: ${label}, ¶${citation!.paragraph}: “${citation!.quote}”.\n`,
    );
    expect((await runCli(['fact', 'TAPI', 'length', '--cite', 'md'])).stdout).toBe(stdout);
  });

  it('labels an assessment and numbers the notes of several answers', async () => {
    const { stdout } = await runCli(['fact', 'JF-17', '--all', '--format', 'md']);
    const body = stdout.split('\n').filter((line) => !line.startsWith('[^'));
    const refs = [...body.join('\n').matchAll(/\[\^(\d+)\]/g)].map((m) => m[1]);
    const definitions = stdout.split('\n').flatMap((line) => /^\[\^(\d+)\]: /.exec(line)?.[1] ?? []);
    expect(new Set(refs)).toEqual(new Set(definitions));
    expect(definitions).toEqual([...new Set(definitions)]);
    expect(stdout).toMatch(/^\*(In the author's assessment|According to [^*]+):\* /m);
  });

  it('pastes a Chicago note under the sentence', async () => {
    const { code, stdout } = await runCli(['fact', 'TAPI', 'length', '--cite', 'chicago']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/per annum\.¹$/);
    expect(lines[1]).toBe("1. Untitled analysis of Pakistan's Central Asia policy (late 2024), para. 2.");
  });

  it('writes a titled source as Chicago does: author, “title,” publisher, date', () => {
    const source: Source = {
      id: 'x',
      kind: 'article',
      label: 'X',
      title: 'A Title',
      author: 'A. Writer',
      publisher: 'The Paper',
      published: '2024-09',
      published_basis: 'stated',
    };
    const sourceOf = (id: string) => (id === 'x' ? source : undefined);
    const cite = (paragraph: number) => ({ source: 'x', paragraph, quote: 'q' });
    expect(chicagoNote([cite(3), cite(5)], sourceOf)).toBe(
      'A. Writer, “A Title,” The Paper, Sep 2024, paras. 3, 5.',
    );
    expect(chicagoNote([cite(3)], () => ({ ...source, published_basis: 'inferred' }))).toBe(
      'A. Writer, “A Title,” The Paper, [Sep 2024], para. 3.',
    );
  });

  it('refuses a style it does not know as a usage error', async () => {
    const { code, stderr } = await runCli(['fact', 'TAPI', '--cite', 'harvard']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^car-brief: .*plain, md, chicago/);
  });
});
