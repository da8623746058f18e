// Builds dist/: the CLI bundled by esbuild (one module for the fast path; the YAML parser, zod,
// edtf, fuse.js and cli-table3 in chunks loaded only by the commands that need them), then the
// built-in dataset compiled, so that its first run needs no parsing either.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = new URL('../dist/', import.meta.url);
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);

// Modules the CLI loads but never uses, replaced so that start-up does not pay for them:
// commander requires child_process (for executable subcommands, which car-brief has none of),
// and chalk probes the terminal (car-brief gives every Chalk instance its colour level itself).
// And `import process from 'node:process'` (env-paths) is the global process: importing it as
// an ES module costs milliseconds, as Node builds a module of every property of process.
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

const options = {
  plugins: [unused],
  absWorkingDir: root,
  outdir: 'dist',
  // Chunks stay next to the entries: code that finds data/ and package.json relative to its
  // own file must sit one level below the package root.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.CAR_BRIEF_BUILD_MINIFY !== '0',
  // CommonJS dependencies (commander, cli-table3) call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __carBriefRequire } from 'node:module'; const require = __carBriefRequire(import.meta.url);",
  },
  logLevel: 'warning',
};
// The CLI on its own, so that tools' entry points do not split its code into more chunks.
await build({ ...options, entryPoints: { main: 'src/main.ts' } });
await build({
  ...options,
  entryPoints: {
    builtin: 'src/load/builtin.ts',
    'json-schema': 'src/load/check/json-schema.ts',
    lib: 'src/lib.ts',
  },
  entryNames: 'tool-[name]',
  chunkNames: 'tool-[name]-[hash]',
});

const { compileBuiltin } = await import(new URL('tool-builtin.js', dist).href);
writeFileSync(new URL('builtin-data.bin', dist), await compileBuiltin());
