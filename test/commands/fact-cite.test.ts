import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { chicagoNote } from '../../src/views/cite/fact-cite.js';
import type { Source } from '../../src/model/records.js';
import { BUILTIN, load, runCli } from '../helpers.js';
import { hasPandoc, pandocParagraphNotes, plain } from '../markdown-judge.js';

// Three answers appended to one file as >> leaves them (the same answer twice among them), and
// the quote each answer's first note must give.
async function appended(): Promise<{ draft: string; quotes: string[] }> {
  const dataset = await load(BUILTIN);
  const asked = [
    ['fact', 'TAPI', 'length', '--format', 'md'],
    ['fact', 'JF-17', '--cite', 'md'],
    ['fact', 'TAPI', 'length', '--format', 'md'],
  ];
  const answers = await Promise.all(asked.map((args) => runCli(args)));
  const quotes = await Promise.all(
    asked.map(async (args) => {
      const id = JSON.parse((await runCli([...args.slice(0, -2), '--json'])).stdout).id as string;
      return dataset.claims.find((claim) => claim.id === id)!.sources[0]!.quote;
    }),
  );
  return { draft: answers.map(({ stdout }) => stdout).join(''), quotes };
}

describe('fact --format md and --cite', () => {
  it('gives the sentence with its footnote: source, paragraph and verbatim quote', async () => {
    const dataset = await load(BUILTIN);
    const claim = dataset.claims.find((c) => c.id === 'tapi-length-and-capacity')!;
    const { code, stdout } = await runCli(['fact', 'TAPI', 'length', '--format', 'md']);
    expect(code).toBe(0);
    const [citation] = claim.sources;
    const label = dataset.sources.find((s) => s.id === citation!.source)!.label;
    expect(stdout).toBe(
      `${claim.statement}[^${claim.id}]\n\n[^${claim.id}]: ${label}, ¶${citation!.paragraph}: “${citation!.quote}”. Support: 1 source.\n\n`,
    );
    expect((await runCli(['fact', 'TAPI', 'length', '--cite', 'md'])).stdout).toBe(stdout);
  });

  it('labels an assessment and numbers the notes of several answers', async () => {
    const { stdout } = await runCli(['fact', 'JF-17', '--all', '--format', 'md']);
    const body = stdout.split('\n').filter((line) => !line.startsWith('[^'));
    const refs = [...body.join('\n').matchAll(/\[\^([a-z0-9.-]+)\]/g)].map((m) => m[1]);
    const definitions = stdout.split('\n').flatMap((line) => /^\[\^([a-z0-9.-]+)\]: /.exec(line)?.[1] ?? []);
    expect(new Set(refs)).toEqual(new Set(definitions));
    expect(definitions).toEqual([...new Set(definitions)]);
    expect(stdout).toMatch(/^\*(In the author's assessment|According to [^*]+):\* /m);
  });

  it('keeps each answer with its own source when answers are appended to one file (>> draft.md)', async () => {
    const { draft, quotes } = await appended();
    // GitHub's grammar: one paragraph an answer, each reference resolving to a note that holds
    // its own answer's quote (a label used twice must mean the same note).
    const tree = fromMarkdown(draft, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    const notes = new Map<string, string[]>();
    for (const node of tree.children)
      if (node.type === 'footnoteDefinition')
        notes.set(node.identifier, [...(notes.get(node.identifier) ?? []), plain(node)]);
    const paragraphs = tree.children.filter((node) => node.type === 'paragraph');
    expect(paragraphs).toHaveLength(quotes.length);
    paragraphs.forEach((paragraph, i) => {
      const refs = paragraph.children.filter((node) => node.type === 'footnoteReference');
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) {
        expect(new Set(notes.get(ref.identifier)).size, ref.identifier).toBe(1);
        expect(notes.get(ref.identifier)![0]).toContain(quotes[i]);
      }
    });
  });

  it('keeps each appended answer with its own source as pandoc reads it', async (ctx) => {
    ctx.skip(!hasPandoc, 'pandoc is not installed');
    const { draft, quotes } = await appended();
    // pandoc puts a note's text where its reference is.
    const read = pandocParagraphNotes(draft);
    expect(read).toHaveLength(quotes.length);
    read.forEach((notes, i) => {
      expect(notes.length).toBeGreaterThan(0);
      for (const note of notes) expect(note).toContain(quotes[i]);
    });
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

describe('claims --format md', () => {
  it('gives any selection of claims to paste, each footnoted with its verbatim quote', async () => {
    const tsv = await runCli(['claims', '--country', 'turkmenistan', '--kind', 'report']);
    const ids = tsv.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t')[0]!);
    expect(ids.length).toBeGreaterThan(2);
    const { code, stdout } = await runCli([
      'claims',
      '--country',
      'turkmenistan',
      '--kind',
      'report',
      '--format',
      'md',
    ]);
    expect(code).toBe(0);
    for (const id of ids) expect(stdout, id).toContain(`[^${id}]: `);
    expect(stdout).toContain('*According to media reports:*');
    expect(stdout.endsWith('\n\n')).toBe(true);
  });
});

describe('show --format md', () => {
  it('gives a claim, an event or an actor as fact --format md does, and refuses what it cannot', async () => {
    const show = await runCli(['show', 'tapi-length-and-capacity', '--format', 'md']);
    const fact = await runCli(['fact', 'TAPI', 'length', '--format', 'md']);
    expect(show.code).toBe(0);
    expect(show.stdout).toBe(fact.stdout);
    const issue = await runCli(['show', 'tapi-standstill', '--format', 'md']);
    expect(issue.code).toBe(2);
    expect(issue.stderr).toContain('tapi-standstill is an issue');
    const passages = await runCli(['show', 'tapi-length-and-capacity', '--paragraph', '--format', 'md']);
    expect(passages.code).toBe(2);
  });
});
