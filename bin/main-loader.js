'use strict';
// Loads the CLI's bundles with the V8 code caches made when car-brief was built, so that a run
// does not compile again what every run compiles: Node 20's own compile cache
// (module.enableCompileCache) arrives only in Node 22. There are two bundles (scripts/build.js):
// dist/main.cjs, which every run loads, and dist/tools.cjs, the toolkit commands (check, lsp,
// add, sources add, validate, …), which main.cjs loads through loadTools when one of them runs.
// A cache (dist/<bundle>.cache) is used only when its first line names this very build of its
// bundle and its checksum holds; V8 itself refuses a cache made by another version of V8 or
// with other flags, and then compiles as usual.
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const MAIN = join(DIST, 'main.cjs');
const TOOLS = join(DIST, 'tools.cjs');
const CACHE = `${MAIN}.cache`;

// Whether the caches are read: off while the build makes them (scripts/code-cache.cjs).
let useCache = true;
// The bundles this process ran, by file: each is run once, and saveCaches writes their caches.
const loaded = new Map();

/**
 * Runs dist/main.cjs (with the code cache when it fits); returns its exports, and the script for
 * saveCache. command: the command about to run (the first word of the command line), whose own
 * cache (main.cjs.<command>.cache) is used when there is one: V8 deserialises all of a cache at
 * every start, so a cache of that command alone is less to read than the one of every lookup.
 */
function loadMain(options = { cache: true }) {
  useCache = options.cache !== false;
  return loadBundle(MAIN, {}, options.command);
}

/** The file of a command's own code cache of a bundle (undefined for a word that names no command). */
function commandCache(file, command) {
  return typeof command === 'string' && /^(__)?[a-z][a-z-]*$/.test(command)
    ? `${file}.${command}.cache`
    : undefined;
}

/**
 * The toolkit bundle's modules, by path under src/ ('commands/check'), each a function that runs
 * it. shared: the modules of main.cjs that tools.cjs uses instead of a copy of its own (the
 * error classes, so that main.cjs's `instanceof` knows what a tool throws).
 */
function loadTools(shared) {
  const tools = loadBundle(TOOLS, shared);
  // Both bundles are made by one build; a tools.cjs of another build would not fit main.cjs.
  if (buildLine(tools.source) !== buildLine(loaded.get(MAIN)?.source ?? tools.source))
    throw new Error(`${TOOLS} is not of the same build as ${MAIN}: reinstall car-brief`);
  return tools.exports;
}

// Runs a bundle once: its source is the body of a function of the CommonJS module's arguments,
// plus __carBriefShared (the modules it takes from main.cjs).
function loadBundle(file, shared, command) {
  const known = loaded.get(file);
  if (known) return known;
  const source = readFileSync(file, 'utf8');
  const own = commandCache(file, command);
  const cachedData = useCache
    ? ((own && cacheFor(own, source)) ?? cacheFor(`${file}.cache`, source))
    : undefined;
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname, __carBriefShared) {${source}\n})`,
    { filename: file, cachedData },
  );
  const module = { exports: {} };
  script
    .runInThisContext()
    .call(module.exports, module.exports, createRequire(file), module, file, DIST, shared);
  const bundle = { exports: module.exports, script, source, file };
  loaded.set(file, bundle);
  return bundle;
}

/** Writes the code cache of a bundle this process ran (after it ran what should be cached): loadMain's result, or LOADED.get(TOOLS); to its file, else <bundle>.cache. */
function saveCache({ script, source, file }, to = `${file}.cache`) {
  const data = script.createCachedData();
  writeFileSync(to, Buffer.concat([Buffer.from(`${buildLine(source)} ${crc32(data)}\n`), data]));
}

// The data of a cache file, if its first line names the build of source and its checksum holds.
function cacheFor(path, source) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(10);
  const [build, crc] = splitLast(end > 0 ? bytes.toString('latin1', 0, end) : '');
  const data = bytes.subarray(end + 1);
  return build === buildLine(source) && crc === String(crc32(data)) ? data : undefined;
}

// A bundle starts with a line naming its build: "/*! car-brief build <hash of both bundles> */".
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

module.exports = { loadMain, loadTools, saveCache, commandCache, LOADED: loaded, MAIN, TOOLS, CACHE };
