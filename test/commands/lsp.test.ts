import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { Chalk } from 'chalk';
import { afterAll, describe, expect, it } from 'vitest';
import { runLsp, type LspOptions } from '../../src/commands/lsp.js';
import { SessionEndedError } from '../../src/errors.js';
import { BUILTIN, Buffer, MINI, ROOT, TEST_CACHE, copyDataset, runCli } from '../helpers.js';
import { LSP_WAIT_MS, LspClient, asFinding, placed, type Placed } from '../lsp-client.js';

// car-brief lsp run in-process over a pair of streams, as its command tests need: the dataset it
// follows, a dataset gone bad, the workspace's own dataset, and the ways a session ends.

const SCRATCH = mkdtempSync(join(tmpdir(), 'car-brief-lsp-'));
afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));
const DAM = 'The dam project lies 240 km upstream and would store 3 bcm of water.\n';

/** A session of runLsp on in-memory streams, with a client talking to it. */
function session(options: LspOptions, cwd = ROOT) {
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  const log = new Buffer();
  const out = {
    stdout: new Buffer(),
    stderr: new Buffer(),
    isTTY: false,
    style: new Chalk({ level: 0 }),
    errStyle: new Chalk({ level: 0 }),
    columns: 80,
  };
  const ctx = { out, env: { CAR_BRIEF_CACHE_DIR: TEST_CACHE }, cwd };
  const ended = runLsp(options, ctx, { input: toServer, output: fromServer, log });
  ended.catch(() => {}); // (looked at by the tests that end it)
  return { client: new LspClient(fromServer, toServer), ended, toServer, log };
}

/** Ends a session as an editor should, and checks that it ended well. */
async function close(s: ReturnType<typeof session>): Promise<void> {
  await s.client.shutdown();
  await s.client.exit();
  await expect(s.ended).resolves.toBeUndefined();
  s.client.dispose();
}

/** check --json's findings for a text, in-process, in the terms diagnostics carry. */
async function checkJson(text: string, data = BUILTIN): Promise<Placed[]> {
  const file = join(SCRATCH, `draft-${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(file, text);
  const { stdout } = await runCli(['check', file, '--json', '--data', data]);
  return (JSON.parse(stdout) as { findings: Placed[] }).findings.map(placed);
}

/** A session on a copy of the fixture dataset, the dam draft opened and its first diagnostics in. */
async function damOpened(data = copyDataset(MINI)) {
  const s = session({ data });
  await s.client.initialize();
  await s.client.open('file:///dam.md', DAM);
  const first = (await s.client.diagnostics('file:///dam.md')).diagnostics;
  return { data, s, first };
}

/** Replaces every occurrence of from with to in these files of a dataset (the edit of a writer who changes a figure). */
function replaceIn(dir: string, files: readonly string[], from: string, to: string): void {
  for (const file of files) {
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(from, to));
  }
}

describe('car-brief lsp (in-process)', () => {
  it(
    'gives the findings check --json gives for the same text, and a code action per record to cite',
    async () => {
      const s = session({ data: BUILTIN });
      await s.client.initialize();
      const text = readFileSync(join(ROOT, 'examples/draft.md'), 'utf8');
      await s.client.open('file:///draft.md', text);
      const { diagnostics } = await s.client.diagnostics('file:///draft.md');
      expect(diagnostics.map(asFinding)).toEqual(await checkJson(text));
      // A plain-text draft is checked the same way, but offered no Markdown footnote.
      await s.client.open(
        'file:///draft.txt',
        'In 2019 Azerbaijan bought ten Super Mushak aircraft.\n',
        'plaintext',
      );
      await s.client.diagnostics('file:///draft.txt');
      const range = { start: { line: 0, character: 4 }, end: { line: 0, character: 4 } };
      expect(await s.client.codeActions('file:///draft.txt', range)).toEqual([]);
      await close(s);
    },
    LSP_WAIT_MS,
  );

  it(
    'follows edits to the dataset: a claim whose figure changes changes the diagnostics',
    async () => {
      const { data, s, first } = await damOpened();
      expect(first).toEqual([]);
      // The source now says 250 km: its text, the quotes and the claim's figure, as a writer edits them.
      replaceIn(data, ['texts/note.txt', 'actors.yaml', 'claims.yaml'], '240 km upstream', '250 km upstream');
      replaceIn(data, ['claims.yaml'], 'value: 240', 'value: 250');
      const after = await s.client.diagnostics('file:///dam.md', (p) => p.diagnostics.length > 0);
      expect(after.diagnostics.map(asFinding)).toEqual(await checkJson(DAM, data));
      expect(after.diagnostics[0]!.message).toMatch(/^"240 km upstream": the source gives 250 km/);
      await close(s);
    },
    LSP_WAIT_MS,
  );

  it(
    'says when the dataset goes bad, keeps checking against the last valid one, and does not crash',
    async () => {
      const { data, s } = await damOpened();
      replaceIn(data, ['claims.yaml'], 'value: 240', 'value: 250'); // a figure no quote gives
      const shown = await s.client.message(/is invalid/);
      expect(shown).toMatch(
        /^car-brief: the dataset at .+ is invalid: 1 problem: .*claims\.yaml:6:\d+: figure 250 does not appear/,
      );
      const again = await s.client.diagnostics('file:///dam.md');
      expect(again.diagnostics).toEqual([]); // the last valid dataset: 240 km is right there
      expect(s.client.messages.some((m) => m.type === 'show')).toBe(true);
      await close(s);
    },
    LSP_WAIT_MS,
  );

  it(
    'starts with an invalid dataset without crashing: each draft says why it is not checked',
    async () => {
      const broken = copyDataset(MINI);
      replaceIn(broken, ['claims.yaml'], 'value: 240', 'value: 250');
      const { s, first: diagnostics } = await damOpened(broken);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ range: { start: { line: 0, character: 0 } }, severity: 2 });
      expect(diagnostics[0]!.message).toMatch(/is invalid: 1 problem/);
      expect(await s.client.hover('file:///dam.md', { line: 0, character: 5 })).toBeNull();
      await close(s);
    },
    LSP_WAIT_MS,
  );

  it(
    "reads the workspace's own dataset (initializationOptions.data, relative to its root)",
    async () => {
      const workspace = copyDataset(MINI);
      const s = session({ data: BUILTIN });
      await s.client.initialize({ data: '.' }, pathToFileURL(workspace).href);
      await s.client.open('file:///dam.md', DAM.replace('240', '250'));
      const { diagnostics } = await s.client.diagnostics('file:///dam.md');
      expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/the source gives 240 km/)]);
      await close(s);
      // A directory that is not there: said, and the command line's dataset used instead.
      const wrong = session({ data: MINI });
      await wrong.client.initialize({ data: 'missing' }, pathToFileURL(workspace).href);
      expect(await wrong.client.message(/initializationOptions/)).toMatch(
        /^initializationOptions\.data: .*missing: no such directory; using the dataset of the command line$/,
      );
      await wrong.client.open('file:///dam.md', DAM.replace('240', '250'));
      expect((await wrong.client.diagnostics('file:///dam.md')).diagnostics).toHaveLength(1);
      await close(wrong);
    },
    LSP_WAIT_MS,
  );

  it(
    'ends with exit 1 (an error) on exit without shutdown, or when the editor closes its input',
    async () => {
      const unasked = session({ data: MINI });
      await unasked.client.initialize();
      await unasked.client.exit();
      await expect(unasked.ended).rejects.toBeInstanceOf(SessionEndedError);
      const closed = session({ data: MINI });
      await closed.client.initialize();
      closed.toServer.end();
      await expect(closed.ended).rejects.toBeInstanceOf(SessionEndedError);
    },
    LSP_WAIT_MS,
  );

  it('refuses --format, a bad --clientProcessId and a missing --data before it starts (exit 2)', async () => {
    for (const args of [
      ['lsp', '--format', 'json'],
      ['lsp', '--json'],
    ]) {
      const { code, stderr } = await runCli(args);
      expect([code, stderr]).toEqual([
        2,
        expect.stringContaining('is not available here: lsp speaks the Language Server Protocol'),
      ]);
    }
    const pid = await runCli(['lsp', '--clientProcessId', 'x']);
    expect([pid.code, pid.stderr]).toEqual([2, 'car-brief: --clientProcessId takes a process id, not x\n']);
    const missing = await runCli(['lsp', '--data', join(SCRATCH, 'missing')]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/no such directory/)]);
  });
});
