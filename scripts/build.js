// Builds dist/: the CLI bundled by esbuild (one module for the fast path; the YAML parser, zod,
// edtf, fuse.js and cli-table3 in chunks loaded only by the commands that need them), then the
// built-in dataset compiled, so that its first run needs no parsing either.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const dist = new URL('../dist/', import.meta.url);
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);

await build({
  entryPoints: {
    main: 'src/main.ts',
    builtin: 'src/load/builtin.ts',
    'json-schema': 'src/load/check/json-schema.ts',
    lib: 'src/lib.ts',
  },
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
});

const { compileBuiltin } = await import(new URL('builtin.js', dist).href);
writeFileSync(new URL('builtin-data.bin', dist), await compileBuiltin());
