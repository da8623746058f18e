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

const { main } = require('./main-loader.js').loadMain().exports;

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
