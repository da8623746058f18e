// Makes the code caches of both bundles (see bin/main-loader.js), in this process, on the built-in
// data: dist/main.cjs.cache from the lookups people run most, saved before any tool runs (so that
// it holds what a lookup compiles and no more), then dist/tools.cjs.cache from the toolkit
// commands most run (check on a draft, validate).
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { LOADED, TOOLS, loadMain, saveCache } = require('../bin/main-loader.js');

const COMMANDS = [
  ['country', 'uzbekistan'],
  ['country', 'pakistan', '--json'],
  ['countries'],
  ['timeline', '--json'],
  ['timeline', '--country', 'turkmenistan'],
  ['search', 'super', 'mushak', '--json'],
  ['fact', 'TAPI', 'length'],
  ['show', 'tapi'],
  ['claims', '--kind', 'assessment'],
  ['--version'],
  // What a shell's completion asks at each Tab (see src/completion/scripts.ts).
  ['__complete', '--', 'co'],
  ['__complete', '--', 'country', 'uz'],
  ['__complete', '--', 'show', 't'],
  ['__complete', '--', 'timeline', '--tag', 'd'],
];

// On a terminal, as people run them: tables and reports.
const ON_A_TERMINAL = [
  ['country', 'uzbekistan'],
  ['timeline', '--country', 'turkmenistan'],
  ['search', 'tapi'],
];

// The toolkit, on a draft that agrees with the dataset (DRAFT is replaced by its file).
const TOOL_COMMANDS = [['check', 'DRAFT'], ['check', '--json', 'DRAFT'], ['validate']];
const DRAFT_TEXT = 'The TAPI pipeline is 1,735 km long.\n';

const sink = { write: () => true };
// Styles that leave text as it is (chalk's interface, colour level 0).
const plain = new Proxy((...text) => text.join(' '), { get: (target, key) => (key === 'level' ? 0 : plain) });
const terminal = () => ({
  stdout: sink,
  stderr: sink,
  isTTY: true,
  style: plain,
  errStyle: plain,
  columns: 80,
});

async function main() {
  const loaded = loadMain({ cache: false });
  const cache = mkdtempSync(join(tmpdir(), 'car-brief-build-'));
  const draft = join(cache, 'draft.md');
  writeFileSync(draft, DRAFT_TEXT);
  const run = async (argv, output) => {
    const code = await loaded.exports.main(argv, {
      stdout: sink,
      stderr: sink,
      env: { CAR_BRIEF_CACHE_DIR: cache },
      cwd: process.cwd(),
      output,
    });
    if (code !== 0) throw new Error(`car-brief ${argv.join(' ')} exited ${code} while making the code cache`);
  };
  try {
    for (const argv of COMMANDS) await run(argv, undefined);
    for (const argv of ON_A_TERMINAL) await run(argv, terminal);
    if (LOADED.has(TOOLS)) throw new Error('a lookup loaded the tools bundle while making the code cache');
    saveCache(loaded);
    for (const argv of TOOL_COMMANDS)
      await run(
        argv.map((arg) => (arg === 'DRAFT' ? draft : arg)),
        undefined,
      );
    saveCache(LOADED.get(TOOLS));
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
