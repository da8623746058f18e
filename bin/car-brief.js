#!/usr/bin/env node
'use strict';
// CommonJS (see bin/package.json): Node starts it sooner than an ES module.
// Nothing here may throw: main() answers every error it meets with a message and an exit code,
// and what fails around it (a stream, the installation) is reported here in one line.

try {
  run();
} catch (error) {
  fail(error);
}

function run() {
  // A closed pipe (`car-brief country pakistan | head -1`) ends the run quietly; any other
  // failure to write the results (a full disk) is reported in one line, without a stack trace.
  process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE') say(`car-brief: cannot write the output: ${error.code ?? error.message}\n`);
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });
  // Notes and errors that cannot be written are lost: the results and the exit code still count.
  process.stderr.on('error', () => {});

  // On Node 22.1 and later, Node's own compile cache covers what the code cache of
  // main-loader.js does not: the modules the slow path requires (yaml, zod, edtf).
  const cacheOff = !['', '0', 'false'].includes(process.env.CAR_BRIEF_NO_CACHE ?? '');
  if (!cacheOff) require('node:module').enableCompileCache?.();
  const { main } = require('./main-loader.js').loadMain().exports;
  main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: workingDirectory(),
  }).then((code) => {
    process.exitCode = code;
  }, fail);
}

// A working directory removed after the shell entered it (`mkdir g; cd g; rmdir ../g`) has no
// path, and process.cwd() throws: main() is then told there is none (undefined), so that what
// needs no working directory still works and what does is refused with a clear message.
function workingDirectory() {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

// What happens outside main(): an unreadable installation, a failure main() did not catch.
function fail(error) {
  say(`car-brief: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}

function say(text) {
  try {
    process.stderr.write(text);
  } catch {
    // stderr itself is gone: the exit code is all that is left to tell
  }
}
