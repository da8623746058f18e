// car-brief lsp: how long after a change to a 2,000-word draft its fresh diagnostics arrive (a
// report, not a test). The built binary is spawned as an editor spawns it, spoken to over its
// pipes; each run is an incremental didChange, timed until the publishDiagnostics of that
// version. Two series: with the server's debounce (what a writer sees), and with none (the check
// itself and the protocol round trip).
//   npm run build && node bench/lsp.mjs [--runs N]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'car-brief.js');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 25;

// A 2,000-word draft: the article itself (every paragraph, as a writer quoting it would), then a
// paraphrase of it (test/fixtures/drafts/faithful.md) and the README's example draft.
const article = readFileSync(join(ROOT, 'data/texts/pak-car-analysis-2024.txt'), 'utf8');
const paraphrase = readFileSync(join(ROOT, 'test/fixtures/drafts/faithful.md'), 'utf8');
const example = readFileSync(join(ROOT, 'examples/draft.md'), 'utf8');
const DRAFT = `${article.split('\n').join('\n\n')}\n\n${paraphrase}\n\n${example}`;
const WORDS = DRAFT.split(/\s+/).filter(Boolean).length;

/** One session: the server spawned, initialized with this debounce, and the draft opened. */
async function session(debounce) {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], {
    cwd: tmpdir(),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    waiting.get(params.version)?.(params);
    waiting.delete(params.version);
  });
  connection.listen();
  const initializationOptions = debounce === undefined ? {} : { debounce };
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    initializationOptions,
  });
  await connection.sendNotification('initialized', {});
  const uri = pathToFileURL(join(tmpdir(), 'bench-draft.md')).href;
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  let version = 1;
  const opened = published(version);
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version, text: DRAFT },
  });
  await opened;
  // The figure a writer keeps changing: the TAPI pipeline's length in the paraphrase.
  const at = DRAFT.indexOf('1,735 km');
  const line = DRAFT.slice(0, at).split('\n').length - 1;
  const character = at - DRAFT.lastIndexOf('\n', at - 1) - 1;
  const range = { start: { line, character }, end: { line, character: character + 5 } };
  return {
    async change() {
      version++;
      const arrived = published(version);
      const started = performance.now();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range, text: version % 2 === 0 ? '1,800' : '1,735' }],
      });
      const params = await arrived;
      return { ms: performance.now() - started, findings: params.diagnostics.length };
    },
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise((resolve) => child.on('exit', resolve));
      connection.dispose();
    },
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

console.log(`draft: ${WORDS} words; ${RUNS} changes per series; load average ${loadavg()[0].toFixed(2)}`);
for (const [label, debounce] of [
  ['with the default debounce', undefined],
  ['without debounce (check + round trip)', 0],
]) {
  const s = await session(debounce);
  for (let i = 0; i < 3; i++) await s.change(); // warm up
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    times.push((await s.change()).ms);
    await sleep(30);
  }
  await s.close();
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `${label}: median ${median(times).toFixed(0)} ms, min ${sorted[0].toFixed(0)}, ` +
      `p90 ${sorted[Math.floor(sorted.length * 0.9)].toFixed(0)}, max ${sorted.at(-1).toFixed(0)} ms`,
  );
}
