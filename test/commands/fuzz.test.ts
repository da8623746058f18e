import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/spec/commands.js';
import { GLOBAL_OPTIONS, OPTIONS, longFlag } from '../../src/spec/options.js';
import { MINI, runCli, type RunResult } from '../helpers.js';

// Random command lines fed to main(): real commands and flags mixed with junk, and values
// made to hurt (control characters, escape sequences, bidi overrides, prototype names, huge
// strings). Whatever comes in, car-brief answers with a documented exit code other than 1
// (which means it crashed), prints no stack trace and takes no longer than a lookup should.

/** The seed and the number of cases: fixed, so that a failure is found again by the same run. */
const SEED = 20_241_107;
const RUNS = 500;
// The slowest case seen took about 0.2 s (the built-in data parsed, with --no-cache) on an
// idle machine, 0.4 s on a busy one: the bound is over ten times that. A case that hangs
// fails here, not at the timeout of the whole test.
const CASE_BOUND_MS = 5_000;

// Relative paths in the arguments (--data data) lead into an empty directory of our own.
const CWD = mkdtempSync(join(tmpdir(), 'car-brief-fuzz-'));

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
// init writes files where it is told (a value such as / or .. would be outside this test's
// directory): it is tested on its own (help-init.test.ts), every other command here. So is lsp
// (lsp.test.ts), which serves standard input until an editor ends the session.
const READING = COMMANDS.filter((spec) => spec.name !== 'init' && spec.name !== 'lsp');
const COMMAND_NAMES = [...READING.flatMap((spec) => [spec.name, ...(spec.aliases ?? [])]), 'help'];
const FLAGS = [
  ...['--data', '--format', '--json', '--no-header', '--no-color', '--no-cache', '--version', '-V'],
  ...['--help', '-h', '--country', '--actor', '--issue', '--tag', '--type', '--kind', '--status'],
  ...['--since', '--until', '--limit', '--coverage', '--quote', '--all', '--', '-'],
];
const WORDS = [
  ...PROTOTYPE_NAMES,
  ...['uzbekistan', 'uzbekstan', 'UZ', 'tashkent', 'tapi', 'TAPI length', 'COAS', 'Super Mushak'],
  ...['json', 'tsv', 'csv', 'table', 'ndjson', 'text', 'claim', 'event', 'fact', 'visit', 'planned'],
  ...['2024', '2024-07', '2024-07-10', '2024-13', '199X', '0', '1', '-1', '1e9', '99999999999999999999'],
  ...['', ' ', ',', ',,', '.', '..', '/', '~', '*', '?', '%s', '$HOME', '`id`', 'NaN', 'undefined', 'null'],
];
const NASTY = [
  ...['\u001b[31m', '\u001b[2J', '\u001b]0;title\u0007', '\u001b]8;;http://x\u0007', '\u009b31m', '\u001bc'],
  ...['\n', '\r', '\r\n', '\t', '\u0000', '\u0007', '\u0008', '\u007f', '\u0085', '\u2028', '\u2029'],
  ...['\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u200b', '\ufeff', '\ufffd'],
  ...['\ud800', '\udfff', 'é', 'ﬁ', 'İ', 'ß', 'Ω', '😀', '👩‍👩‍👧', '\u0301', 'ᄀ', '𝔘𝔷𝔟', 'Ｕｚｂｅｋ'],
];

const word = fc.constantFrom(...WORDS);
const nasty = fc.array(fc.oneof(fc.constantFrom(...NASTY), word), { minLength: 1, maxLength: 8 });
/** A value: a known word, random text of any code points, a nasty mix, or a huge string (to ~100 KB). */
const value: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: word },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 3, arbitrary: nasty.map((parts) => parts.join('')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.oneof(word, fc.string({ unit: 'binary', minLength: 1, maxLength: 8 })), fc.nat(100_000))
      .map(([text, size]) => (text === '' ? 'a' : text).repeat(size).slice(0, 100_000)),
  },
  { weight: 1, arbitrary: fc.constantFrom(...FLAGS).map((flag) => `${flag}=`) },
);
const junkFlag = fc.oneof(
  value.map((text) => `--${text}`),
  value.map((text) => `-${text}`),
  fc.constantFrom(...PROTOTYPE_NAMES).map((name) => `--${name}`),
);

/** A flag (alone, before a value, or as flag=value), or now and then a junk flag. */
function flagged(flags: readonly string[]): fc.Arbitrary<string[]> {
  const flag = fc.constantFrom(...flags);
  return fc.oneof(
    { weight: 1, arbitrary: flag.map((name) => [name]) },
    { weight: 4, arbitrary: fc.tuple(flag, value).map((pair) => [...pair]) },
    { weight: 1, arbitrary: fc.tuple(flag, value).map(([name, text]) => [`${name}=${text}`]) },
    { weight: 1, arbitrary: junkFlag.map((name) => [name]) },
  );
}

/** Any argument: a flag or a value. */
function argument(flags: readonly string[]): fc.Arbitrary<string[]> {
  return fc.oneof(
    flagged(flags),
    value.map((text) => [text]),
  );
}

// A command with as many values as it takes and the flags it takes (now and then others), or
// junk with any flags and values.
const GLOBAL_FLAGS = GLOBAL_OPTIONS.map(longFlag);
const known = fc.constantFrom(...READING).chain((spec) => {
  const own = [...GLOBAL_FLAGS, ...spec.options.map((name) => longFlag(OPTIONS[name]))];
  const values = spec.argument === undefined ? 0 : spec.argument.includes('...') ? 3 : 1;
  return fc
    .tuple(
      fc.constantFrom(spec.name, ...(spec.aliases ?? [])),
      fc.array(value, { minLength: Math.min(values, 1), maxLength: values }),
      fc.array(flagged(own), { maxLength: 3 }),
    )
    .map(([name, words, flags]) => [name, ...words, ...flags.flat()]);
});
const anything = fc
  .tuple(
    fc.oneof(fc.constantFrom(...COMMAND_NAMES), value, junkFlag),
    fc.array(argument(FLAGS), { maxLength: 4 }),
  )
  .map(([name, args]) => [name, ...args.flat()]);
const argv = fc.oneof({ weight: 3, arbitrary: known }, { weight: 1, arbitrary: anything });

/** The exit codes a run may end with for any command line: 1 (a crash) is not among them. */
const EXPECTED_CODES = [0, 2, 3, 4];

// Most cases read the built-in data; some the small fixture, and validate always does: it
// checks a dataset from scratch, which for the built-in one costs more than all else here.
const dataset = fc.constantFrom<'builtin' | 'mini'>('builtin', 'builtin', 'mini');

async function timed(args: string[], data: 'builtin' | 'mini'): Promise<RunResult & { ms: number }> {
  const env = data === 'mini' || args.includes('validate') ? { CAR_BRIEF_DATA: MINI } : {};
  // Standard input is a pipe with nothing in it: check reads a draft from it when given none.
  const stdin = Object.assign(Readable.from([]), { isTTY: false });
  const start = performance.now();
  const result = await runCli(args, { cwd: CWD, env, stdin });
  return { ...result, ms: performance.now() - start };
}

describe('any command line', () => {
  it(`ends with a documented exit code, never 1, no stack trace, within ${CASE_BOUND_MS} ms (seed ${SEED}, ${RUNS} runs)`, async () => {
    // Loaded once before timing: the modules a first run imports (yaml, zod, fuse.js) and the
    // built-in dataset parsed from YAML, the slowest thing a case does (--no-cache).
    await runCli(['claims', '--no-cache'], { cwd: CWD });
    await runCli(['search', 'tapi'], { cwd: CWD });
    let worst = { ms: 0, argv: [] as string[] };
    await fc.assert(
      fc.asyncProperty(argv, dataset, async (args, data) => {
        const result = await timed(args, data);
        if (result.ms > worst.ms) worst = { ms: result.ms, argv: args };
        expect(EXPECTED_CODES, result.stderr.slice(0, 500)).toContain(result.code);
        expect(result.stderr).not.toContain('    at ');
        expect(result.stderr).not.toContain('unexpected error');
        expect(result.ms).toBeLessThan(CASE_BOUND_MS);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    if (process.env.CAR_BRIEF_FUZZ_REPORT) {
      const shown = worst.argv.map((arg) => (arg.length > 40 ? `${arg.slice(0, 40)}…(${arg.length})` : arg));
      process.stderr.write(`fuzz: worst case ${worst.ms.toFixed(0)} ms: ${JSON.stringify(shown)}\n`);
    }
  }, 60_000);

  it.each([
    ['search', 'constructor'],
    ['fact', '__proto__'],
    ['show', 'toString'],
    ['country', 'hasOwnProperty'],
    ['show', '__proto__'],
    ['country', 'constructor'],
    ['timeline', '--country', 'toString'],
    ['claims', '--actor', '__proto__'],
    ['search', 'hasOwnProperty', '--type', 'constructor'],
  ])(
    'answers %s %s (a name on Object.prototype) as any other name: 0 or 4, or 2 for a bad value',
    async (...args) => {
      const { code, stderr } = await runCli(args, { cwd: CWD });
      expect(args[2] === '--type' ? [2] : [0, 4], stderr).toContain(code);
      expect(stderr).not.toContain('    at ');
    },
  );
});
