import { execFileSync, spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { displayWidth } from '../../src/output/wrap.js';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { BUILTIN, MINI, copyDataset, edit, load, runCli } from '../helpers.js';
import { hasPandoc } from '../markdown-judge.js';

/** The footnote markers used in the text and the definitions given, by number. */
function footnotes(markdown: string): { refs: Set<string>; definitions: string[] } {
  const lines = markdown.split('\n');
  const definitions = lines.flatMap((line) => /^\[\^([a-z0-9.:-]+)\]: /.exec(line)?.[1] ?? []);
  const body = lines.filter((line) => !/^\[\^[a-z0-9.:-]+\]: /.test(line)).join('\n');
  return { refs: new Set([...body.matchAll(/\[\^([a-z0-9.:-]+)\]/g)].map((m) => m[1]!)), definitions };
}

/** Every problem of a Markdown brief's structure: a note used without a definition or defined twice or never used, an empty section. */
function structureProblems(markdown: string): string[] {
  const { refs, definitions } = footnotes(markdown);
  const problems: string[] = [];
  for (const ref of refs)
    if (definitions.filter((d) => d === ref).length !== 1)
      problems.push(`[^${ref}] defined ${definitions.filter((d) => d === ref).length} times`);
  for (const d of definitions) if (!refs.has(d)) problems.push(`[^${d}] defined but never used`);
  const blocks = markdown.split(/\n(?=#)/);
  for (const block of blocks)
    if (
      block
        .trim()
        .split('\n')
        .filter((l) => l.trim() !== '').length < 2
    )
      problems.push(`empty section: ${block.trim()}`);
  return problems;
}

describe('country --format md', () => {
  it('gives every country of the built-in data a brief whose footnotes and sections are whole', async () => {
    const dataset = await load(BUILTIN);
    const countries = dataset.actors.filter((a) => a.kind === 'country');
    expect(countries.length).toBeGreaterThan(5);
    for (const country of countries) {
      const { code, stdout } = await runCli(['country', country.id, '--format', 'md']);
      expect(code).toBe(0);
      expect(stdout.startsWith(`# ${country.name}\n`)).toBe(true);
      expect(structureProblems(stdout), country.id).toEqual([]);
      expect(footnotes(stdout).definitions.length).toBeGreaterThan(0);
    }
  });

  it('cites each statement with its source, paragraph and verbatim quote', async () => {
    const dataset = await load(BUILTIN);
    const claim =
      dataset.claims.find((c) => c.id === 'uzbekistan-taliban-sore-point') ??
      dataset.claims.find((c) => c.kind === 'assessment' && c.about.includes('uzbekistan'))!;
    const { stdout } = await runCli(['country', 'uzbekistan', '--format', 'md']);
    const line = stdout.split('\n').find((l) => l.includes(claim.statement))!;
    expect(line).toMatch(/^- \*In the author's assessment:\* /);
    const ref = /\[\^([a-z0-9.:-]+)\]$/.exec(line)![1];
    const definition = stdout.split('\n').find((l) => l.startsWith(`[^${ref}]: `))!;
    const [citation] = claim.sources;
    expect(definition).toContain(`, ¶${citation!.paragraph}: “`);
    expect(definition).toContain(citation!.quote.replace(/[[\]*_]/g, (c) => `\\${c}`));
  });

  it('labels reports, and marks an inferred date with a note saying how it was inferred', async () => {
    const { stdout } = await runCli(['country', 'turkmenistan', '--format', 'md']);
    expect(stdout).toMatch(/^- \*According to [^*]+:\* /m);
    const inferred = stdout.split('\n').find((l) => l.includes('(date inferred[^'))!;
    const ref = /date inferred\[\^([a-z0-9.:-]+)\]/.exec(inferred)![1];
    expect(ref).toMatch(/\.date$/);
    expect(stdout.split('\n').some((l) => l.startsWith(`[^${ref}]: Date inferred: `))).toBe(true);
  });

  it('is what brief prints', async () => {
    const md = await runCli(['country', 'ruritania', '--data', MINI, '--format', 'md']);
    const brief = await runCli(['brief', 'ruritania', '--data', MINI]);
    expect(brief.code).toBe(0);
    expect(brief.stdout).toBe(md.stdout);
    const json = await runCli(['brief', 'ruritania', '--data', MINI, '--json']);
    expect(JSON.parse(json.stdout).country.id).toBe('ruritania');
  });

  it('can be appended to another brief: headings, notes and labels stay whole (>> briefs.md)', async () => {
    const briefs = await Promise.all(
      ['ruritania', 'elbonia'].map((c) => runCli(['brief', c, '--data', MINI])),
    );
    const both = briefs.map((brief) => brief.stdout).join('');
    // Every label defined once, though the two briefs cite the same events.
    expect(structureProblems(both)).toEqual([]);
    expect(footnotes(both).definitions).toContain('ruritania:water-treaty-2021');
    expect(footnotes(both).definitions).toContain('elbonia:water-treaty-2021');
    const tree = fromMarkdown(both, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    expect(tree.children.filter((node) => node.type === 'heading' && node.depth === 1)).toHaveLength(2);
    if (!hasPandoc) return;
    const read = spawnSync('pandoc', ['-f', 'markdown', '-t', 'json'], { input: both, encoding: 'utf8' });
    expect(read.stderr).toBe(''); // no "Duplicate note reference"
    const blocks = JSON.parse(read.stdout).blocks as { t: string; c: unknown[] }[];
    expect(blocks.filter((block) => block.t === 'Header' && block.c[0] === 1)).toHaveLength(2);
  });

  it('escapes Markdown and control characters from the data', async () => {
    const dir = copyDataset();
    edit(
      dir,
      'claims.yaml',
      'statement: Critics say the dam is doomed.',
      'statement: "[pwned](http://x) <img src=x> \\e[31m# red"',
    );
    const { code, stdout } = await runCli(['country', 'ruritania', '--data', dir, '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout).toContain('\\[pwned\\](http\\://x) \\<img src=x\\> \\\\x1b\\[31m# red');
    expect(stdout).not.toContain('\u001b');
    expect(structureProblems(stdout)).toEqual([]);
  });

  it.skipIf(!hasPandoc)('renders through pandoc with one note per definition', async () => {
    const { stdout } = await runCli(['country', 'uzbekistan', '--format', 'md']);
    const ast = JSON.parse(
      execFileSync('pandoc', ['-f', 'markdown', '-t', 'json'], { input: stdout }).toString(),
    );
    const notes = JSON.stringify(ast).match(/"t":"Note"/g) ?? [];
    const markers = [
      ...stdout
        .split('\n')
        .filter((l) => !/^\[\^[a-z0-9.:-]+\]: /.test(l))
        .join('\n')
        .matchAll(/\[\^[a-z0-9.:-]+\]/g),
    ];
    expect(notes.length).toBe(markers.length);
    const plain = execFileSync('pandoc', ['-f', 'markdown', '-t', 'plain'], { input: stdout }).toString();
    expect(plain).not.toContain('[^');
  });
});

describe('brief on a terminal', () => {
  it('is laid out to be read: wrapped at words to the terminal, headings without #, footnotes legible', async () => {
    const { code, stdout } = await runCli(['brief', 'kyrgyzstan'], { tty: true, columns: 80 });
    expect(code).toBe(0);
    const lines = stripVTControlCharacters(stdout).split('\n');
    expect(lines.filter((line) => displayWidth(line) > 80)).toEqual([]);
    expect(lines[0]).toBe('Kyrgyzstan');
    expect(lines.filter((line) => /^#|\*\*/.test(line))).toEqual([]);
    expect(lines.some((line) => /^\[\^kyrgyzstan:[^\]]+\]: /.test(line))).toBe(true);
    // In a pipe, the Markdown as it is.
    const piped = await runCli(['brief', 'kyrgyzstan']);
    expect(piped.stdout.startsWith('# Kyrgyzstan\n')).toBe(true);
  });
});
