import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { LSP_WAIT_MS, LspClient, asFinding, placed, type Placed } from '../lsp-client.js';
import { BIN, runBin } from './spawn.js';

// car-brief lsp as an editor runs it: the built binary, spawned with --stdio from outside the
// repository, spoken to in the protocol (Content-Length framed JSON-RPC). Its diagnostics are
// check --json's findings for the same text, at the same places.

const OUTSIDE = mkdtempSync(join(tmpdir(), 'car-brief-lsp-e2e-'));
afterAll(() => rmSync(OUTSIDE, { recursive: true, force: true }));
const where = { cwd: OUTSIDE, env: { PATH: process.env.PATH ?? '', HOME: OUTSIDE } };
const DRAFT = readFileSync(join(ROOT, 'test/fixtures/drafts/problems.md'), 'utf8');
const URI = pathToFileURL(join(OUTSIDE, 'draft.md')).href;

/** The server, spawned, with a client on its pipes, what it writes to stderr, and its exit code to come. */
function startServer() {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], where);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const output = { stderr: '' };
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
  return { client: new LspClient(child.stdout, child.stdin), exited, output };
}

/** What check --json (the built binary) finds in a text, in the terms diagnostics carry. */
function checkJson(text: string): { findings: Placed[] } {
  const file = join(OUTSIDE, `draft-${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(file, text);
  const { code, stdout } = runBin(['check', file, '--json'], where);
  expect([0, 5]).toContain(code);
  return JSON.parse(stdout) as { findings: Placed[] };
}

describe('car-brief lsp --stdio (built binary)', () => {
  it(
    'publishes check --json findings as diagnostics, follows edits, hovers, offers footnotes, and exits 0 after shutdown',
    async () => {
      const { client, exited, output } = startServer();
      const init = await client.initialize();
      expect(init.serverInfo?.name).toBe('car-brief');
      expect(init.capabilities).toMatchObject({ hoverProvider: true, textDocumentSync: { change: 2 } });

      // didOpen → the same findings as check --json, at the same places (0-based in the protocol).
      await client.open(URI, DRAFT);
      const opened = await client.diagnostics(URI);
      expect(opened.version).toBe(1);
      const expected = checkJson(DRAFT).findings;
      expect(expected.length).toBeGreaterThan(0);
      expect(opened.diagnostics.map(asFinding)).toEqual(expected.map(placed));
      expect(opened.diagnostics.map((d) => d.data)).toEqual(expected);
      const wrong = opened.diagnostics.find((d) => asFinding(d).message.includes('1,800'))!;
      expect(wrong.severity).toBe(1);
      const document = TextDocument.create(URI, 'markdown', 1, DRAFT);
      expect(document.getText(wrong.range)).toBe('1,800 km TAPI pipeline');

      // Hover on the wrong figure: the record it is compared with, in one line with its citation and support.
      const hover = await client.hover(URI, wrong.range.start);
      const record = (wrong.data as { record: string }).record;
      expect(hover?.contents).toMatchObject({ kind: 'markdown' });
      expect((hover?.contents as { value: string }).value).toMatch(
        new RegExp(`¶\\d+ \\(1 source\\) \`${record}\`$`),
      );

      // An incremental change fixes the figure: fresh diagnostics, as check --json gives for the new text.
      const fix = {
        range: {
          start: wrong.range.start,
          end: document.positionAt(document.offsetAt(wrong.range.start) + 5),
        },
        text: '1,735',
      };
      await client.change(URI, 2, [fix]);
      const fixed = TextDocument.applyEdits(document, [{ range: fix.range, newText: fix.text }]);
      const changed = await client.diagnostics(URI, (params) => params.version === 2);
      expect(changed.diagnostics.map(asFinding)).toEqual(checkJson(fixed).findings.map(placed));
      expect(changed.diagnostics.some((d) => asFinding(d).message.includes('1,800'))).toBe(false);

      // A full change: the whole text replaced.
      const faithful = 'In 2019 Azerbaijan bought ten Super Mushak aircraft from Pakistan.\n';
      await client.change(URI, 3, [{ text: faithful }]);
      const full = await client.diagnostics(URI, (params) => params.version === 3);
      expect(full.diagnostics.map(asFinding)).toEqual(checkJson(faithful).findings.map(placed));

      // A footnote for the sentence: the marker after it, the note at the end of the draft.
      const actions =
        (await client.codeActions(URI, {
          start: { line: 0, character: 3 },
          end: { line: 0, character: 3 },
        })) ?? [];
      expect(actions.length).toBeGreaterThan(0);
      const cite = actions[0]!;
      const id = /\[([a-z0-9-]+)\]$/.exec(cite.title)![1]!;
      expect(cite.title).toMatch(/^Cite as a footnote: /);
      const edits = cite.edit!.changes![URI]!;
      const cited = TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 3, faithful), edits);
      expect(cited).toMatch(
        new RegExp(
          `^In 2019 Azerbaijan bought ten Super Mushak aircraft from Pakistan\\.\\[\\^${id}\\]\n\n\\[\\^${id}\\]: .+, ¶\\d+: “.+”\\.\n$`,
        ),
      );

      // Hover on a name: its actor.
      const name = await client.hover(URI, { line: 0, character: 10 });
      expect((name?.contents as { value: string }).value).toMatch(/`azerbaijan`$/);

      await client.shutdown();
      await client.exit();
      expect(await exited).toBe(0);
      expect(output.stderr).toBe('');
    },
    LSP_WAIT_MS * 2,
  );

  it(
    'exits 1 on exit without shutdown, as the protocol says',
    async () => {
      const { client, exited, output } = startServer();
      await client.initialize();
      await client.exit();
      expect(await exited).toBe(1);
      expect(output.stderr).toMatch(
        /^car-brief: the editor ended the language server without shutting it down first\n$/,
      );
    },
    LSP_WAIT_MS,
  );
});
