import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// Tables on a terminal of 80×24 (the design width), 100×40 and 160×50, with the built-in data.
// A table must fit the width without cutting a word: every word of every cell is shown whole.

const SIZES = [80, 100, 160] as const;

/** Commands whose records wrap over several lines. */
const WRAPPED = [
  ['timeline'],
  ['timeline', '--type', 'visit'],
  ['claims'],
  ['claims', '--country', 'azerbaijan', '--kind', 'assessment'],
  ['search', 'TAPI'],
  ['search', 'Super', 'Mushak', 'Uzbekistan'],
];
/** Commands that print one line a record, shortening a cell at a word where it must. */
const ONE_LINE = [['actors'], ['actors', '--kind', 'person'], ['issues'], ['countries']];

// A width at which no table needs to wrap, shorten or leave anything out: the reference.
const WIDE = 10_000;

async function table(argv: readonly string[], columns: number): Promise<string[]> {
  const result = await runCli(argv, { tty: true, columns });
  expect(result.code, argv.join(' ')).toBe(0);
  return stripVTControlCharacters(result.stdout).trimEnd().split('\n');
}

// The hint under a table that left columns out: "id left out to fit; see ...".
const HINT = /^\S.* left out to fit; see /;

/** The table's lines without the hint under it (which may take two lines). */
function body(lines: readonly string[]): string[] {
  const hint = lines.findIndex((line) => HINT.test(line));
  return hint < 0 ? [...lines] : lines.slice(0, hint);
}

/** Every word (a run of non-spaces) of the lines, with how often it occurs. */
function words(lines: readonly string[], trim = (word: string) => word): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of lines.join(' ').split(/\s+/).filter(Boolean).map(trim)) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** The words of shown that are not among (or more often than in) whole. */
function notWhole(shown: Map<string, number>, whole: Map<string, number>): string[] {
  return [...shown].filter(([word, n]) => n > (whole.get(word) ?? 0)).map(([word]) => word);
}

const width = (line: string) => [...line].length; // the built-in data has no wide characters

describe.each(SIZES)('at %i columns', (columns) => {
  it.each(WRAPPED.map((argv) => [argv.join(' '), argv] as const))(
    '%s fits and wraps without cutting or losing a word',
    async (_, argv) => {
      const lines = await table(argv, columns);
      const wide = await table(argv, WIDE);
      expect(lines.filter((line) => width(line) > columns)).toEqual([]);
      expect(lines.join('\n')).not.toContain('…');
      // The same words as at a width where nothing wraps: none cut, none left out (the header
      // names fewer columns when ids moved under the rows).
      expect(words(body(lines).slice(1))).toEqual(words(wide.slice(1)));
    },
  );

  it.each(ONE_LINE.map((argv) => [argv.join(' '), argv] as const))(
    '%s is one line a record, each word whole (a cell shortens at a word, with "…")',
    async (_, argv) => {
      const lines = await table(argv, columns);
      const wide = await table(argv, WIDE);
      expect(lines.filter((line) => width(line) > columns)).toEqual([]);
      const rows = body(lines);
      expect(rows).toHaveLength(wide.length);
      // Row by row: every word shown is a whole word of the same row at full width.
      rows.forEach((row, i) => {
        // (A shortened cell ends "Kazakhstan, Kyrgyzstan…" where it had "Kyrgyzstan, Tajikistan".)
        const bare = (word: string) => word.replace(/[,;:]?…?$/, '');
        const shown = words([row], bare);
        shown.delete('');
        expect(notWhole(shown, words([wide[i]!], bare)), row).toEqual([]);
      });
      // What was left out is said under the table.
      if (rows.length < lines.length) expect(lines.slice(rows.length).join(' ')).toMatch(/--format tsv/);
    },
  );
});

describe('the reference rendering', () => {
  it('holds each record whole, so comparing with it shows any cut', async () => {
    const claims = JSON.parse((await runCli(['claims', '--json'])).stdout) as { statement: string }[];
    const events = JSON.parse((await runCli(['timeline', '--json'])).stdout) as { title: string }[];
    const text = (await table(['claims'], WIDE)).join('\n') + (await table(['timeline'], WIDE)).join('\n');
    for (const { statement } of claims) expect(text).toContain(statement);
    for (const { title } of events) expect(text).toContain(title);
  });
});

describe('the column a reader reads gets the width', () => {
  it('claims --country azerbaijan --kind assessment at 80 columns: about 3 lines a claim, ids below', async () => {
    const argv = ['claims', '--country', 'azerbaijan', '--kind', 'assessment'];
    const claims = JSON.parse((await runCli([...argv, '--json'])).stdout) as { id: string }[];
    const lines = await table(argv, 80);
    expect(claims.length).toBeGreaterThan(5);
    expect(lines.length - 1).toBeLessThanOrEqual(3 * claims.length + 2);
    // Each id whole, on a line of its own under its statement.
    for (const { id } of claims) expect(lines.map((line) => line.trim())).toContain(id);
  });

  it('claims: each statement has at least half the width (plus a line for its id)', async () => {
    const claims = JSON.parse((await runCli(['claims', '--json'])).stdout) as { statement: string }[];
    for (const columns of SIZES) {
      const lines = body(await table(['claims'], columns));
      const half = claims.reduce((sum, c) => sum + Math.ceil(c.statement.length / (columns / 2)) + 1, 1);
      expect(lines.length, String(columns)).toBeLessThanOrEqual(half);
    }
  });
});

describe('a column a filter holds to one value', () => {
  it.each([
    [['claims', '--kind', 'assessment'], 'kind'],
    [['claims', '--country', 'azerbaijan', '--kind', 'assessment'], 'kind'],
    [['actors', '--kind', 'person'], 'kind'],
    [['timeline', '--type', 'visit'], 'type'],
    [['issues', '--status', 'open'], 'status'],
  ])('is not shown: %j hides %s', async (argv, column) => {
    for (const columns of SIZES) {
      const header = (await table(argv, columns))[0]!.split(/\s+/);
      expect(header, `${argv.join(' ')} at ${columns}`).not.toContain(column);
    }
    const unfiltered = (await table([argv[0]!], 160))[0]!.split(/\s+/);
    expect(unfiltered).toContain(column);
  });

  it('is shown when the filter leaves several values', async () => {
    const header = (await table(['claims', '--kind', 'fact,assessment'], 100))[0]!;
    expect(header.split(/\s+/)).toContain('kind');
  });
});

describe('a list cut by --limit', () => {
  it.each([
    ['timeline', 'events'],
    ['actors', 'actors'],
    ['issues', 'issues'],
    ['claims', 'claims'],
  ])('%s says how many it left out, on stderr, in a pipe and on a terminal', async (command, what) => {
    // (split at line ends only: a line may end in an empty field, a tab)
    const lines = (text: string) => text.split('\n').slice(0, -1);
    const all = lines((await runCli([command, '--format', 'tsv', '--no-header'])).stdout);
    for (const tty of [false, true]) {
      const cut = await runCli([command, '--limit', '3'], { tty });
      expect(cut.code).toBe(0);
      expect(cut.stderr).toBe(`note: showing 3 of ${all.length} ${what}; --limit 0 for all\n`);
    }
    const piped = await runCli([command, '--limit', '3', '--no-header']);
    expect(lines(piped.stdout)).toEqual(all.slice(0, 3));
    for (const limit of ['0', String(all.length), String(all.length + 5)]) {
      expect((await runCli([command, '--limit', limit])).stderr, limit).toBe('');
    }
  });

  it('counts after the filters', async () => {
    for (const filter of [
      ['--country', 'pakistan'],
      ['--country', 'kyrgyzstan', '--since', '2024-06'],
      ['--type', 'visit'],
    ]) {
      const all = JSON.parse((await runCli(['timeline', ...filter, '--json'])).stdout) as unknown[];
      const cut = await runCli(['timeline', ...filter, '--limit', '1', '--json']);
      expect(JSON.parse(cut.stdout)).toHaveLength(1);
      expect(cut.stderr).toBe(`note: showing 1 of ${all.length} events; --limit 0 for all\n`);
    }
  });
});

describe('show on a terminal', () => {
  it.each([
    ['baku-should-reconsider-jf-17', 80],
    ['dg-isi-visit-turkmenistan-2024-07', 80],
    ['tapi-length-and-capacity', 80],
    ['super-mushak', 100],
  ])(
    '%s at %i columns: no line wider, the id whole on one line, link names not squeezed',
    async (id, columns) => {
      const { stdout } = await runCli(['show', id], { tty: true, columns });
      const lines = stripVTControlCharacters(stdout).split('\n');
      expect(lines.filter((line) => line.length > columns)).toEqual([]);
      expect(lines.some((line) => line.split(/[\s·]+/).includes(id))).toBe(true);
      // Every linked record's id appears whole on some line.
      const links = JSON.parse((await runCli(['show', id, '--json'])).stdout) as {
        links: Record<string, { id: string }[]>;
      };
      for (const linked of Object.values(links.links).flat())
        expect(
          lines.some((line) => line.split(/\s+/).includes(linked.id)),
          linked.id,
        ).toBe(true);
    },
  );
});
