'use strict';
// Loads dist/main.cjs with the V8 code cache made when car-brief was built (dist/main.cjs.cache),
// so that a run does not compile again what every run compiles: Node 20's own compile cache
// (module.enableCompileCache) arrives only in Node 22. The cache is used only when its first
// line names this very build of main.cjs and its checksum holds; V8 itself refuses a cache
// made by another version of V8 or with other flags, and then compiles as usual.
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const MAIN = join(DIST, 'main.cjs');
const CACHE = `${MAIN}.cache`;

/** Runs dist/main.cjs (with the code cache when it fits); returns its exports, and the script for saveCache. */
function loadMain(options = { cache: true }) {
  const source = readFileSync(MAIN, 'utf8');
  const cachedData = options.cache ? cacheFor(source) : undefined;
  const script = new Script(wrap(source), { filename: MAIN, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(MAIN), module, MAIN, DIST);
  return { exports: module.exports, script, source };
}

/** Writes the code cache of a script loadMain ran (after it ran what should be cached). */
function saveCache({ script, source }) {
  const data = script.createCachedData();
  writeFileSync(CACHE, Buffer.concat([Buffer.from(`${buildLine(source)} ${crc32(data)}\n`), data]));
}

// The cache's data, if its first line names the build of source and its checksum holds.
function cacheFor(source) {
  let bytes;
  try {
    bytes = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(10);
  const [build, crc] = splitLast(end > 0 ? bytes.toString('latin1', 0, end) : '');
  const data = bytes.subarray(end + 1);
  return build === buildLine(source) && crc === String(crc32(data)) ? data : undefined;
}

// main.cjs starts with a line naming its build: "/*! car-brief build <hash of the rest> */".
function buildLine(source) {
  return source.slice(0, source.indexOf('\n'));
}

function splitLast(line) {
  const at = line.lastIndexOf(' ');
  return [line.slice(0, at), line.slice(at + 1)];
}

function crc32(bytes) {
  return require('node:zlib').crc32(bytes);
}

module.exports = { loadMain, saveCache, MAIN, CACHE };
