import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { copyDataset, runCli } from '../helpers.js';
import { gfmOutline, hasPandoc, pandocOutline } from '../markdown-judge.js';

// Every Markdown output (brief, country --format md, fact --format md, fact --cite md, claims --format md), written
// from data whose every text field starts with what Markdown or pandoc would read as a block (a
// list marker of any style, a heading, a quote, a fence, a table, a title block, a footnote or
// link definition) and carries inline markup and addresses, the last right before the footnote
// marker car-brief puts after it. Judged by real parsers (test/markdown-judge.ts), each document
// must have the outline of the same document written from plain words.

// How a field starts: the ordered list markers of pandoc's fancy_lists and example_lists, and
// every other way a line can open a block.
const STARTS = [
  ...['a.', 'A)', '(a)', 'i.', 'iv)', '(IV)', 'B.  two', '#.', '#)', '(#)', '1.', '1)', '(1)', '(@)', '@.'],
  ...['-', '+', '*', '- [ ]', '>', '#', '% title', '|', ': def', '~ def', '=', '---', '***', '___'],
  ...['```', '~~~', '<div>', '<!--', '[^1]:', '[x]: http://x.example', '{#id .cls}', '::: note', '$$'],
];
// What follows in the field: inline markup, then bare addresses, one ending the field.
const TAIL =
  '*em* _em_ `code` [link](https://x.example) ![img](x.png) <https://x.example> <b>b</b> &amp; ' +
  '^sup^ ~sub~ $x$ @cite {.cls} javascript:alert(1) mail@evil.example www.evil.example https://evil.example/end';

type Records = Record<string, unknown>[];

// A copy of the fixture data in which every text field that reaches a brief or a fact is
// "<start> <field> <tail>". Quotes stay verbatim (they are checked against the source text).
function dataset(start: string, tail: string): string {
  const dir = copyDataset();
  const rewrite = (file: string, fields: readonly string[]) => {
    const records = parse(readFileSync(join(dir, file), 'utf8')) as Records;
    for (const record of records)
      for (const field of fields)
        if (typeof record[field] === 'string') record[field] = `${start} ${field} ${record.id} ${tail}`;
    writeFileSync(join(dir, file), stringify(records));
  };
  rewrite('sources.yaml', ['label']);
  rewrite('actors.yaml', ['name', 'summary', 'capital', 'region']);
  rewrite('events.yaml', ['title', 'summary', 'date_note']);
  rewrite('issues.yaml', ['title', 'summary']);
  rewrite('claims.yaml', ['statement', 'attribution']);
  return dir;
}

const OUTPUTS: readonly (readonly string[])[] = [
  ['brief', 'ruritania'],
  ['country', 'ruritania', '--format', 'md'],
  ['fact', 'dam-doomed', '--format', 'md'],
  ['fact', 'dam-size', '--all', '--cite', 'md'],
  ['claims', '--format', 'md'],
];

// Each document is written once, and read by both parsers.
const written = new Map<string, Promise<string>>();

function markdown(args: readonly string[], dir: string): Promise<string> {
  const key = [...args, dir].join('\0');
  if (!written.has(key))
    written.set(
      key,
      runCli([...args, '--data', dir]).then(({ code, stdout, stderr }) => {
        expect(code, stderr).toBe(0);
        return stdout;
      }),
    );
  return written.get(key)!;
}

const plain = dataset('Plain', 'words');
// Each start on its own, then the tail on its own, then both.
const hostile = [
  ...STARTS.map((start) => [start, dataset(start, 'words')] as const),
  ['Plain … (inline markup and addresses)', dataset('Plain', TAIL)] as const,
  ['a. … (inline markup and addresses)', dataset('a.', TAIL)] as const,
];

// The starts whose document an outline tells apart from the plain one.
async function changed(
  args: readonly string[],
  outline: (markdown: string) => string[],
  expected: string[],
): Promise<string[]> {
  const starts: string[] = [];
  for (const [start, dir] of hostile)
    if (JSON.stringify(outline(await markdown(args, dir))) !== JSON.stringify(expected)) starts.push(start);
  return starts;
}

describe.each(OUTPUTS.map((args) => [args.join(' '), args] as const))(
  '%s, from data that reads as Markdown',
  (_, args) => {
    it('keeps its outline as micromark (GitHub Flavored Markdown) reads it', async () => {
      const expected = gfmOutline(await markdown(args, plain));
      expect(expected.some((line) => line.includes('footnoteReference'))).toBe(true);
      expect(await changed(args, gfmOutline, expected)).toEqual([]);
    });

    // pandoc reads some twenty documents here, each a process of its own: 20 s and more on a
    // loaded machine, hence the time it is given.
    it('keeps its outline as pandoc reads it', { timeout: 180_000 }, async (ctx) => {
      ctx.skip(!hasPandoc, 'pandoc is not installed');
      const expected = pandocOutline(await markdown(args, plain));
      expect(expected.some((line) => line.includes('Note'))).toBe(true);
      expect(await changed(args, pandocOutline, expected)).toEqual([]);
    });
  },
);
