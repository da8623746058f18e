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
];

async function main() {
  const loaded = loadMain({ cache: false });
  const cache = mkdtempSync(join(tmpdir(), 'car-brief-build-'));
  const sink = { write: () => true };
  try {
    for (const argv of COMMANDS) {
      const code = await loaded.exports.main(argv, {
        stdout: sink,
        stderr: sink,
        env: { CAR_BRIEF_CACHE_DIR: cache },
        cwd: process.cwd(),
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
