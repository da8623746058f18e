import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkText } from '../../src/commands/check.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { codeActionsAt } from '../../src/lsp/actions.js';
import { diagnosticsOf, findingRange } from '../../src/lsp/diagnostics.js';
import { factLine } from '../../src/lsp/facts.js';
import type { CheckJson, JsonFinding } from '../../src/lsp/findings.js';
import { hoverAt } from '../../src/lsp/hover.js';
import { NameFinder } from '../../src/lsp/names.js';
import { phraseEnd, wordEnd } from '../../src/lsp/span.js';
import { BUILTIN, load } from '../helpers.js';

// The language server's pure parts: where a finding's words end in the editor's text, the names
// under the cursor, the hover's line, and the code actions' edits.

let dataset: Dataset;
beforeAll(async () => {
  dataset = await load(BUILTIN);
});

const doc = (text: string, languageId = 'markdown') =>
  TextDocument.create('file:///d.md', languageId, 1, text);
const checkOf = (text: string) => checkText(dataset, text, 'd.md').view.json as CheckJson;

describe('span', () => {
  it('finds the end of words read as the draft reader reads them: marks, line breaks and list marks aside', () => {
    const text = 'The **1,800** km\n- TAPI [pipeline](https://x.org) is long.';
    expect(text.slice(4, phraseEnd(text, 4, '1,800 km TAPI pipeline'))).toBe(
      '**1,800** km\n- TAPI [pipeline',
    );
    expect(phraseEnd(text, 4, '1,900 km')).toBeUndefined();
    expect(text.slice(0, phraseEnd(text, 0, 'The 1,800 km TAPI pipeline is long.'))).toBe(text);
  });

  it('takes a word with its separators, and one character where there is no word', () => {
    expect(wordEnd('buy 12 JF-17C jets', 7)).toBe(13);
    expect(wordEnd('cost 1,735.5 km', 5)).toBe(12);
    expect(wordEnd('a "quote"', 2)).toBe(3);
  });
});

describe('diagnostics', () => {
  it("puts each finding at check's line and column, 0-based, over the words its message quotes", () => {
    const text = '# Draft\n\nThe 1,800 km TAPI pipeline would carry 33 bcm per annum.\n';
    const check = checkOf(text);
    const [diagnostic] = diagnosticsOf(doc(text), check);
    expect(check.findings[0]).toMatchObject({ line: 3, column: 5 });
    expect(diagnostic).toMatchObject({
      range: { start: { line: 2, character: 4 }, end: { line: 2, character: 26 } },
      severity: 1,
      code: 'figure-disagrees',
      source: 'car-brief',
      data: check.findings[0],
    });
  });

  it('takes the length a finding gives (check --suggest is to give one), else its word', () => {
    const finding = {
      line: 1,
      column: 5,
      severity: 'warning',
      kind: 'figure-unsourced',
      message: 'x',
    } as const;
    const text = 'The 1,800 km line.';
    expect(findingRange(doc(text), { ...finding, length: 8 }).end).toEqual({ line: 0, character: 12 });
    expect(findingRange(doc(text), finding).end).toEqual({ line: 0, character: 9 });
  });
});

describe('names', () => {
  it('finds the actor or issue named under the cursor, the longest name, a short one only as written', () => {
    const names = new NameFinder(dataset);
    const line = "Pakistan's envoy went to Tashkent and the Kyrgyz Republic with us, not the US.";
    expect(names.at(line, 3)).toEqual({ id: 'pakistan', start: 0, end: 8 });
    expect(names.at(line, 27)?.id).toBe('uzbekistan');
    expect(names.at(line, 44)).toEqual({ id: 'kyrgyzstan', start: 42, end: 57 });
    expect(names.at(line, 63)).toBeUndefined(); // "us"
    expect(names.at(line, 75)?.id).toBe('united-states');
    expect(names.at(line, 12)).toBeUndefined(); // "envoy"
  });
});

describe('hover', () => {
  it('gives a figure the record its sentence was tied to that states it, in one line with citation and support', () => {
    const text = 'In 2019 Azerbaijan bought ten Super Mushak aircraft from Pakistan.\n';
    const data = { dataset, names: new NameFinder(dataset), check: checkOf(text) };
    const hover = hoverAt(doc(text), { line: 0, character: 27 }, data);
    expect(hover?.range).toEqual({ start: { line: 0, character: 26 }, end: { line: 0, character: 29 } });
    const value = (hover?.contents as { value: string }).value;
    expect(value).toMatch(/ten Super Mushak .* — .*¶9 \(1 source\) `[a-z0-9-]+`$/);
    // A word that is neither a figure nor a name: nothing.
    expect(hoverAt(doc(text), { line: 0, character: 21 }, data)).toBeNull();
  });

  it('says the support out loud, whatever the record', () => {
    expect(factLine(dataset, 'tapi-length-and-capacity')).toMatch(/ — .+, ¶2 \(1 source\)$/);
    expect(factLine(dataset, 'pak-car-analysis-2024')).toBeUndefined(); // a source is not a fact
    expect(factLine(dataset, 'no-such-record')).toBeUndefined();
  });
});

describe('code actions', () => {
  const apply = (text: string, action: { edit?: { changes?: Record<string, unknown[]> } }) =>
    TextDocument.applyEdits(doc(text), action.edit!.changes!['file:///d.md'] as never);

  it('cites a record as a footnote after the sentence, beside the notes already at the end', () => {
    const text =
      'In 2019 Azerbaijan bought ten Super Mushak aircraft from Pakistan. More.\n\n[^x]: A note.\n';
    const actions = codeActionsAt(doc(text), cursor(0, 3), { dataset, check: checkOf(text), markdown: true });
    const id = /\[([a-z0-9-]+)\]$/.exec(actions[0]!.title)![1]!;
    expect(apply(text, actions[0]!)).toMatch(
      new RegExp(
        `^In 2019 Azerbaijan bought ten Super Mushak aircraft from Pakistan\\.\\[\\^${id}\\] More\\.\n\n` +
          `\\[\\^x\\]: A note\\.\n\\[\\^${id}\\]: Untitled analysis of Pakistan's Central Asia policy \\(late 2024\\), ¶\\d+: “[^\n]+”\\.\n$`,
      ),
    );
    // Cited already: not offered again; and never in plain text.
    const cited = apply(text, actions[0]!);
    const again = codeActionsAt(doc(cited), cursor(0, 3), { dataset, check: checkOf(cited), markdown: true });
    expect(again.map((a) => a.title)).not.toContain(actions[0]!.title);
    expect(
      codeActionsAt(doc(text), cursor(0, 3), { dataset, check: checkOf(text), markdown: false }),
    ).toEqual([]);
  });

  it('offers no footnote on a sentence an error says is wrong', () => {
    const text = 'In 2018 Azerbaijan bought ten Super Mushak aircraft from Pakistan.\n';
    const check = checkOf(text);
    expect(check.findings.some((f) => f.severity === 'error')).toBe(true);
    const actions = codeActionsAt(doc(text), cursor(0, 3), { dataset, check, markdown: true });
    expect(actions.filter((action) => /footnote/i.test(action.title))).toEqual([]);
  });

  it("applies check --suggest's edits where a finding carries them (check --json's edit, or a list of edits)", () => {
    const text = 'The 1,800 km TAPI pipeline.\n';
    const check = checkOf(text);
    const finding: JsonFinding = {
      ...check.findings[0]!,
      edits: [{ line: 1, column: 5, length: 5, replacement: '1,735' }],
    };
    const actions = codeActionsAt(doc(text), cursor(0, 6), {
      dataset,
      check: { ...check, findings: [finding] },
      markdown: true,
    });
    expect(actions[0]).toMatchObject({
      title: 'Write “1,735”, as the source has it',
      kind: 'quickfix',
      isPreferred: true,
    });
    expect(apply(text, actions[0]!)).toBe('The 1,735 km TAPI pipeline.\n');
    // check --json gives the error its own edit, which is offered as it is.
    expect(check.findings[0]!.edit).toBeDefined();
    const own = codeActionsAt(doc(text), cursor(0, 6), { dataset, check, markdown: false });
    expect(own[0]).toMatchObject({ kind: 'quickfix', isPreferred: true });
    expect(apply(text, own[0]!)).toMatch(/1,735 km/);
    // A finding without an edit offers none.
    const bare = check.findings.map(({ edit: _edit, ...rest }) => rest as JsonFinding);
    expect(
      codeActionsAt(doc(text), cursor(0, 6), {
        dataset,
        check: { ...check, findings: bare },
        markdown: false,
      }),
    ).toEqual([]);
  });
});

function cursor(line: number, character: number) {
  return { start: { line, character }, end: { line, character } };
}
