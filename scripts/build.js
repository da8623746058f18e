// Builds dist/: the CLI bundled by esbuild into one file, then the built-in dataset compiled,
// so that its first run needs no parsing either.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const PLACEHOLDER = 'car-brief-build-id-to-be-filled-in';
const dist = new URL('../dist/', import.meta.url);
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);

// Modules the CLI loads but never uses, replaced so that start-up does not pay for them:
// commander requires child_process (for executable subcommands, which car-brief has none of),
// and chalk probes the terminal (car-brief gives every Chalk instance its colour level itself).
// And `import process from 'node:process'` (env-paths) is the global process: importing it as
// an ES module (in the tools) costs milliseconds, as Node builds a module of every property.
const unused = {
  name: 'unused-modules',
  setup(build) {
    build.onResolve({ filter: /^(node:)?process$/ }, (args) =>
      args.kind === 'import-statement' ? { path: 'process', namespace: 'unused' } : undefined,
    );
    build.onLoad({ filter: /^process$/, namespace: 'unused' }, () => ({
      contents: 'export default globalThis.process;',
      loader: 'js',
    }));
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /commander/.test(args.importer) ? { path: 'child_process', namespace: 'unused' } : undefined,
    );
    build.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'unused' }));
    build.onLoad({ filter: /^child_process$/, namespace: 'unused' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
    build.onLoad({ filter: /^supports-color$/, namespace: 'unused' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};

// The CLI: one CommonJS file, because Node starts a CommonJS program sooner than an ES module
// one (no module loader, no thread pool, one file read). Its heavy dependencies stay outside,
// in node_modules, required only by the commands that need them: yaml, zod and edtf when a
// dataset must be parsed and checked, cli-table3 for terminal tables, marked, Readability and
// linkedom when sources add reads Markdown or a web page, SQLite's WebAssembly build for export
// sqlite (an ES module, which require() loads from Node 20.19 on), and the vscode-languageserver
// packages for lsp. (fuse.js is bundled: the code cache then covers it, which made search faster
// than requiring it.)
const cli = await build({
  plugins: [unused],
  absWorkingDir: root,
  entryPoints: { main: 'src/main.ts' },
  outfile: 'dist/main.cjs',
  write: false,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: process.env.CAR_BRIEF_BUILD_MINIFY !== '0',
  external: [
    'yaml',
    'zod',
    'edtf',
    'cli-table3',
    'marked',
    '@mozilla/readability',
    'linkedom',
    '@sqlite.org/sqlite-wasm',
    'vscode-languageserver',
    'vscode-languageserver-protocol',
    'vscode-languageserver-textdocument',
  ],
  // import() of those becomes require(): a dynamic import would start the ES module loader.
  supported: { 'dynamic-import': false },
  // Code that finds data/ and package.json relative to its own file asks import.meta.url.
  define: { 'import.meta.url': '__carBriefUrl', __CAR_BRIEF_BUILD__: JSON.stringify(PLACEHOLDER) },
  banner: { js: "const __carBriefUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});

// The build's identity: a hash of the bundle and of the locked dependencies (yaml, zod and
// edtf are not in the bundle). Compiled data and cache entries made by another build are not
// used (src/version.ts). The bundle's first line names it, for the code cache.
const [bundle] = cli.outputFiles;
const lock = readFileSync(new URL('../package-lock.json', import.meta.url));
const id = createHash('sha256').update(bundle.contents).update(lock).digest('hex').slice(0, 16);
writeFileSync(bundle.path, `/*! car-brief build ${id} */\n${bundle.text.replaceAll(PLACEHOLDER, id)}`);
writeFileSync(new URL('build-id', dist), `${id}\n`);

// Tools for the build and the benchmarks, as ES modules (dist/tool-*.js).
await build({
  plugins: [unused],
  absWorkingDir: root,
  entryPoints: {
    builtin: 'src/load/builtin.ts',
    'json-schema': 'src/load/check/json-schema.ts',
    lib: 'src/lib.ts',
  },
  outdir: 'dist',
  entryNames: 'tool-[name]',
  chunkNames: 'tool-[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  define: { __CAR_BRIEF_BUILD__: JSON.stringify(id) },
  logLevel: 'warning',
});

const { compileBuiltin } = await import(new URL('tool-builtin.js', dist).href);
writeFileSync(new URL('builtin-data.bin', dist), await compileBuiltin());

// The code cache, made last: it runs the CLI on the compiled built-in data.
execFileSync(process.execPath, [fileURLToPath(new URL('code-cache.cjs', import.meta.url))], {
  stdio: 'inherit',
});
