// Makes dist/main.cjs.cache (see bin/main-loader.js): runs the commands people run most, in
// this process, on the built-in data, then saves the code V8 compiled for them.
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { loadMain, saveCache } = require('../bin/main-loader.js');

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
  const runs = [
    ...COMMANDS.map((argv) => [argv, undefined]),
    ...ON_A_TERMINAL.map((argv) => [argv, terminal]),
  ];
  try {
    for (const [argv, output] of runs) {
      const code = await loaded.exports.main(argv, {
        stdout: sink,
        stderr: sink,
        env: { CAR_BRIEF_CACHE_DIR: cache },
        cwd: process.cwd(),
        output,
      });
      if (code !== 0)
        throw new Error(`car-brief ${argv.join(' ')} exited ${code} while making the code cache`);
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
  saveCache(loaded);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
