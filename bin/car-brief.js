#!/usr/bin/env node
'use strict';
// CommonJS (see bin/package.json): Node starts it sooner than an ES module.

// A closed pipe (`car-brief country pakistan | head -1`) ends the run quietly; any other
// failure to write (a full disk) is reported in one line, without a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE' && stream === process.stdout) {
      process.stderr.write(`car-brief: cannot write the output: ${error.code ?? error.message}\n`);
    }
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });
}

// main() answers every error with a message and an exit code; this catches what happens
// outside it (an unreadable installation, a working directory that no longer exists).
function fail(error) {
  process.stderr.write(
    `car-brief: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}

try {
  // On Node 22.1 and later, Node's own compile cache covers what the code cache of
  // main-loader.js does not: the modules the slow path requires (yaml, zod, edtf).
  const cacheOff = !['', '0', 'false'].includes(process.env.CAR_BRIEF_NO_CACHE ?? '');
  if (!cacheOff) require('node:module').enableCompileCache?.();
  const { main } = require('./main-loader.js').loadMain().exports;
  main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  }).then((code) => {
    process.exitCode = code;
  }, fail);
} catch (error) {
  fail(error);
}
