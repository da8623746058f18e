// Makes the code caches of both bundles (see bin/main-loader.js) on the built-in data.
// dist/main.cjs.cache: the lookups people run most, in this process, saved before any tool runs
// (so that it holds what a lookup compiles and no more); then dist/tools.cjs.cache: the toolkit
// commands most run (check on a draft, validate). And for each lookup of OWN_CACHE, a cache of
// that command alone, made in a process of its own (`code-cache.cjs <command>`): V8 deserialises
// all of a cache at every start, so a run of country reads only what country compiles.
const { execFile } = require('node:child_process');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { availableParallelism, tmpdir } = require('node:os');
const { promisify } = require('node:util');
const { join } = require('node:path');
const { LOADED, MAIN, TOOLS, loadMain, saveCache, commandCache } = require('../bin/main-loader.js');

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

// The lookups with a cache of their own, made from their runs above.
const OWN_CACHE = ['country', 'timeline', 'search', 'fact', 'show', 'claims', 'countries', '__complete'];

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

async function main(command) {
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
  const runs = [
    ...COMMANDS.map((argv) => [argv, undefined]),
    ...ON_A_TERMINAL.map((argv) => [argv, terminal]),
  ];
  try {
    if (command !== undefined) {
      for (const [argv, output] of runs) if (argv[0] === command) await run(argv, output);
      const file = commandCache(MAIN, command);
      if (file === undefined) throw new Error(`no code cache of its own for ${command}`);
      saveCache(loaded, file);
      return;
    }
    for (const [argv, output] of runs) await run(argv, output);
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
  // One process a command, as many at once as there are cores.
  const queue = [...OWN_CACHE];
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift())
      await promisify(execFile)(process.execPath, [process.argv[1], name]);
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), queue.length) }, worker));
}

main(process.argv[2]).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
