import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// The map of docs/architecture.md, kept true: every module of src/ stands on a floor, imports
// only from its own floor or those below (lazy and type-only imports count too), and no import
// circle exists. An exception must be listed here and in docs/architecture.md, with its reason.

const SRC = join(ROOT, 'src');

/** The floors, lowest first: a module may import from its own floor and the ones below it. */
const FLOORS: readonly (readonly [floor: string, pattern: RegExp])[] = [
  ['vocabulary', /^(model\/|spec\/|types\/|errors\.ts$|version\.ts$|paths\.ts$)/],
  ['dataset', /^dataset\//],
  ['load', /^(load|edit)\//],
  ['query', /^(query|factcheck)\//],
  ['output', /^output\//],
  ['views', /^views\//],
  ['commands', /^(commands|completion|help|init|lsp)\/|^(context|workdir)\.ts$/],
  ['cli', /^cli\/|^(cli|main|lib)\.ts$/],
];

/** Imports that run up a floor, kept on purpose (see docs/architecture.md). */
const KEPT_UPWARD: readonly string[] = [
  // The record types are inferred from the zod schemas that check them (type-only: no code runs).
  'model/records.ts -> load/check/dataset-schema.ts',
  'model/records.ts -> load/check/schema.ts',
];

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith('.ts') ? [relative(SRC, path)] : [];
  });
}

// Every relative import of a module: static, type-only, re-exports and import().
const IMPORT = /(?:import|export)\s[^'";]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function importsOf(module: string): string[] {
  const text = readFileSync(join(SRC, module), 'utf8');
  return [...text.matchAll(IMPORT)].map((match) =>
    relative(SRC, resolve(dirname(join(SRC, module)), match[1] ?? match[2]!)).replace(/\.js$/, '.ts'),
  );
}

const ALL = modules(SRC);
const GRAPH = new Map(ALL.map((module) => [module, importsOf(module)] as const));
const floorOf = (module: string) => FLOORS.findIndex(([, pattern]) => pattern.test(module));

describe('architecture', () => {
  it('reads the imports it maps (a sanity check of the reader)', () => {
    expect(GRAPH.get('cli.ts')).toContain('cli/actions.ts');
    expect(GRAPH.get('cli/actions.ts')).toContain('commands/country.ts'); // a lazy import()
    expect(GRAPH.get('model/records.ts')).toContain('load/check/schema.ts'); // a type-only import
  });

  it('places every module of src/ on a floor', () => {
    expect(ALL.filter((module) => floorOf(module) < 0)).toEqual([]);
  });

  it('imports only what exists', () => {
    const missing = [...GRAPH].flatMap(([from, to]) =>
      to.filter((t) => !GRAPH.has(t)).map((t) => `${from} -> ${t}`),
    );
    expect(missing).toEqual([]);
  });

  it('never imports from a higher floor, but for the exceptions it lists', () => {
    const upward = [...GRAPH].flatMap(([from, imports]) =>
      imports.filter((to) => floorOf(to) > floorOf(from)).map((to) => `${from} -> ${to}`),
    );
    expect(upward.sort()).toEqual([...KEPT_UPWARD].sort());
  });

  it('has no import circle', () => {
    // Depth-first search; a module met again while still on the path closes a circle.
    const circles: string[][] = [];
    const done = new Set<string>();
    const path: string[] = [];
    const visit = (module: string) => {
      if (done.has(module)) return;
      const at = path.indexOf(module);
      if (at >= 0) {
        circles.push([...path.slice(at), module]);
        return;
      }
      path.push(module);
      for (const next of GRAPH.get(module) ?? []) visit(next);
      path.pop();
      done.add(module);
    };
    for (const module of ALL) visit(module);
    expect(circles).toEqual([]);
  });
});
