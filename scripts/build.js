// Builds dist/: the CLI bundled by esbuild into one file, then the built-in dataset compiled,
// so that its first run needs no parsing either.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
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

// The CLI: CommonJS, because Node starts a CommonJS program sooner than an ES module one (no
// module loader, no thread pool, one file read), in two bundles. dist/main.cjs holds what the
// lookups run (country, timeline, search, fact, show, claims, …) and is all a lookup reads;
// dist/tools.cjs holds the toolkit (TOOLS below), which main.cjs loads only when one of those
// modules is imported (bin/main-loader.js). Their heavy dependencies stay outside, in
// node_modules, required only by the commands that need them: yaml, zod and edtf when a dataset
// must be parsed and checked, cli-table3 for terminal tables, marked, Readability and linkedom
// when sources add reads Markdown or a web page, SQLite's WebAssembly build for export sqlite
// (an ES module, which require() loads from Node 20.19 on), and the vscode-languageserver
// packages for lsp. (fuse.js is bundled: the code cache then covers it, which made search faster
// than requiring it.)
const external = [
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
];

// The toolkit: modules under src/ that the lookups never load, each imported lazily (`await
// import()`) where it is used. A lazy import of one of them in main.cjs loads it from tools.cjs.
const TOOLS = [
  'commands/add',
  'commands/changes',
  'commands/check',
  'commands/export',
  'commands/help',
  'commands/init',
  'commands/lsp',
  'commands/merge-driver',
  'commands/quote',
  'commands/sources-add',
  'commands/sources-update',
  'commands/validate',
  // The slow path of loading (parse and check the YAML), when a dataset changed, and --as-of's
  // compiling of a dataset as it stood.
  'load/build',
  'load/compile/compile',
  // The help topics' texts.
  'help/cache',
  'help/check',
  'help/data',
  'help/dates',
  'help/exit-codes',
  'help/formats',
  'help/safety',
];

// The modules tools.cjs takes from main.cjs instead of bundling its own copy: main.cjs turns
// errors into exit codes by `instanceof` (src/main.ts), so there must be one class of each.
const SHARED = ['errors', 'dataset/container'];

const src = (name) => join(root, 'src', `${name}.ts`);
const srcName = (file) => relative(join(root, 'src'), file).replace(/\.ts$/, '').split(sep).join('/');
// An import's file (TypeScript sources are imported by their .js name).
const resolved = (args) => resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');

// main.cjs: a lazy import of a tool becomes a module that loads it from tools.cjs.
const toTools = {
  name: 'to-tools',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      const name = srcName(resolved(args));
      return args.kind === 'dynamic-import' && TOOLS.includes(name)
        ? { path: name, namespace: 'tools' }
        : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'tools' }, (args) => ({
      contents: `module.exports = require('./tools-bundle')[${JSON.stringify(args.path)}]();`,
      resolveDir: root,
      loader: 'js',
    }));
    build.onResolve({ filter: /^\.\/tools-bundle$/, namespace: 'tools' }, () => ({
      path: 'tools-bundle',
      namespace: 'tools-bundle',
    }));
    // One loading of tools.cjs, given main.cjs's own shared modules.
    build.onLoad({ filter: /.*/, namespace: 'tools-bundle' }, () => ({
      contents: `let tools;
module.exports = new Proxy({}, { get: (_, name) => {
  tools ??= require('../bin/main-loader.js').loadTools({
${SHARED.map((name) => `    ${JSON.stringify(name)}: require(${JSON.stringify(src(name))}),`).join('\n')}
  });
  return tools[name];
} });`,
      resolveDir: root,
      loader: 'js',
    }));
    build.onResolve({ filter: /main-loader\.js$/ }, (args) =>
      args.namespace === 'tools-bundle' ? { path: args.path, external: true } : undefined,
    );
  },
};

// tools.cjs: the shared modules are main.cjs's (given by the loader), not copies.
const fromMain = {
  name: 'from-main',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      const name = srcName(resolved(args));
      return SHARED.includes(name) && args.namespace === 'file'
        ? { path: name, namespace: 'shared' }
        : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'shared' }, (args) => ({
      contents: `module.exports = __carBriefShared[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

const common = {
  absWorkingDir: root,
  write: false,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: process.env.CAR_BRIEF_BUILD_MINIFY !== '0',
  external,
  // import() of those becomes require(): a dynamic import would start the ES module loader.
  supported: { 'dynamic-import': false },
  // Code that finds data/ and package.json relative to its own file asks import.meta.url.
  define: { 'import.meta.url': '__carBriefUrl', __CAR_BRIEF_BUILD__: JSON.stringify(PLACEHOLDER) },
  banner: { js: "const __carBriefUrl = require('node:url').pathToFileURL(__filename).href;" },
  metafile: true,
  logLevel: 'warning',
};
const [main, tools] = await Promise.all([
  build({
    ...common,
    plugins: [unused, toTools],
    entryPoints: { main: 'src/main.ts' },
    outfile: 'dist/main.cjs',
  }),
  build({
    ...common,
    plugins: [unused, fromMain],
    stdin: {
      contents: `module.exports = {\n${TOOLS.map((name) => `  ${JSON.stringify(name)}: () => require(${JSON.stringify(src(name))}),`).join('\n')}\n};`,
      resolveDir: root,
      sourcefile: 'tools.js',
      loader: 'js',
    },
    outfile: 'dist/tools.cjs',
  }),
]);

// The split holds: main.cjs bundles no tool (a static import of one would put it back), and
// tools.cjs no copy of a shared module.
const inputs = (result) => Object.keys(Object.values(result.metafile.outputs)[0].inputs);
const misplaced = [
  ...inputs(main).filter((file) => TOOLS.includes(srcName(join(root, file)))),
  ...inputs(tools).filter((file) => SHARED.includes(srcName(join(root, file)))),
];
if (misplaced.length > 0) throw new Error(`in the wrong bundle: ${misplaced.join(', ')}`);

// The build's identity: a hash of both bundles and of the locked dependencies (yaml, zod and
// edtf are not in the bundles). Compiled data and cache entries made by another build are not
// used (src/version.ts). Each bundle's first line names it, for the code caches.
const bundles = [main.outputFiles[0], tools.outputFiles[0]];
const lock = readFileSync(new URL('../package-lock.json', import.meta.url));
const hash = createHash('sha256');
for (const bundle of bundles) hash.update(bundle.contents);
const id = hash.update(lock).digest('hex').slice(0, 16);
for (const bundle of bundles) {
  // (tools.cjs, read only by the toolkit, keeps a tagged template of non-ASCII characters anyway.)
  const text = bundle.text.replaceAll(PLACEHOLDER, id);
  writeFileSync(
    bundle.path,
    `/*! car-brief build ${id} */\n${bundle === bundles[0] ? await asciiRegExps(text) : text}`,
  );
}
writeFileSync(new URL('build-id', dist), `${id}\n`);

// A bundle of ASCII is a one-byte string in V8, half the memory of the two-byte string that one
// character beyond Latin-1 (a ’ in a regular expression) makes of the whole bundle: for main.cjs,
// some 120 pages fewer touched at every start. esbuild escapes every other non-ASCII character
// (charset: ascii); those in regular expression literals are escaped here, as \uXXXX, which a
// regular expression reads as the very character (a pair of them as one code point with the u
// flag). TypeScript's parser says where the literals are.
async function asciiRegExps(text) {
  const NON_ASCII = /\P{ASCII}/u;
  if (!NON_ASCII.test(text)) return text;
  const { default: ts } = await import('typescript');
  const file = ts.createSourceFile('bundle.js', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const literals = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push([node.getStart(file), node.end]);
    else ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let at = 0;
  for (const [start, end] of literals) {
    const escaped = text
      .slice(start, end)
      .replace(/\\?\P{ASCII}|\\./gsu, (match) =>
        NON_ASCII.test(match) ? [...match.replace(/^\\/, '')].map(unicodeEscape).join('') : match,
      );
    out += text.slice(at, start) + escaped;
    at = end;
  }
  return out + text.slice(at);
}

// A character as \uXXXX escapes (two for one beyond the Basic Multilingual Plane).
function unicodeEscape(char) {
  return [...Array(char.length).keys()]
    .map((i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`)
    .join('');
}

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
