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
  // On Node 22.1 and later, Node's own compile cache covers what the code caches of
  // main-loader.js do not: the modules the slow path requires (yaml, zod, edtf).
  const cacheOff = !['', '0', 'false'].includes(process.env.CAR_BRIEF_NO_CACHE ?? '');
  if (!cacheOff) require('node:module').enableCompileCache?.();
  const argv = process.argv.slice(2);
  const { main } = require('./main-loader.js').loadMain({ command: argv[0] }).exports;
  main(argv, {
    stdout: output(1, 'stdout'),
    stderr: output(2, 'stderr'),
    env: process.env,
    cwd: workingDirectory(),
  }).then((code) => {
    process.exitCode = code;
  }, fail);
}

// Where results and notes are written. A terminal (or /dev/null, also a character device) gets
// Node's own stream, which knows its width and height. A pipe or a file is written to directly,
// as Node's stream would on Linux and macOS (synchronously), without the milliseconds Node takes
// to set up a stream; should the descriptor not take a write at once (one left non-blocking by
// another program), Node's stream takes over.
function output(fd, name) {
  const { fstatSync, writeSync } = require('node:fs');
  try {
    if (fstatSync(fd).isCharacterDevice()) return stream(name);
  } catch {
    return stream(name);
  }
  let taken;
  return {
    isTTY: false,
    write(text) {
      if (taken) return taken.write(text);
      let bytes = Buffer.from(text);
      try {
        while (bytes.length > 0) bytes = bytes.subarray(writeSync(fd, bytes));
      } catch (error) {
        if (error.code !== 'EAGAIN') return writeFailed(name, error);
        taken = stream(name);
        return taken.write(bytes);
      }
      return true;
    },
  };
}

// Node's stream for stdout or stderr, its failures handled as writeFailed says.
function stream(name) {
  return process[name].on('error', (error) => writeFailed(name, error));
}

// A closed pipe (`car-brief country pakistan | head -1`) ends the run quietly; any other failure
// to write the results (a full disk) is reported in one line, without a stack trace. Notes and
// errors that cannot be written are lost: the results and the exit code still count.
function writeFailed(name, error) {
  if (name === 'stderr') return false;
  if (error.code !== 'EPIPE') say(`car-brief: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
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
