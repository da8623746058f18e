import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

// Issue 16, items 4 and 6: a record's support (its sources, and the independent ones after
// following derived_from) and its age, said wherever a writer decides what to trust. The fixture
// carries one wire story under three publishers (each derived_from it), a digest that quotes one
// of them, a ministry's statement and a think-tank paper of their own.

const SUPPORT = join(ROOT, 'test/fixtures/support');
const fixture = (argv: readonly string[], options: Parameters<typeof runCli>[1] = {}) =>
  runCli(['--data', SUPPORT, ...argv], options);

/** Runs a command that must succeed quietly; its stdout. */
async function out(argv: readonly string[], options: Parameters<typeof runCli>[1] = {}): Promise<string> {
  const { code, stdout, stderr } = await fixture(argv, options);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return stdout;
}

/** The ids of a piped claims list. */
async function claimIds(argv: readonly string[], data = SUPPORT): Promise<string[]> {
  const { code, stdout, stderr } = await runCli(['--data', data, 'claims', ...argv, '--no-header']);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t')[0]!);
}

/** fact on a terminal wide enough that no answer wraps. */
const fact = (...argv: string[]) => out(['fact', ...argv], TERMINAL);
const TERMINAL = { tty: true, columns: 400 };

describe('fact says what an answer rests on, and how old it is', () => {
  it('counts one wire story under three publishers as one independent source', async () => {
    const lines = (await fact('Strelsau dam store bcm')).split('\n');
    expect(lines[0]).toContain('Daily Herald on the Strelsau dam (3 Mar 2025), ¶2; Evening Post');
    expect(lines[1]).toBe('Support: 3 sources, 1 independent, latest Mar 2025');
  });

  it('says "3 sources, 2 independent" of two republications and a source of its own', async () => {
    expect(await fact('dam cost crowns')).toContain('\nSupport: 3 sources, 2 independent, latest Nov 2025\n');
  });

  it('counts one source cited in two paragraphs once, and leaves out "independent" when all are', async () => {
    expect(await fact('dam open June')).toContain('¶3, 4\nSupport: 1 source, Nov 2025\n');
    expect(await fact('floods delayed')).toContain('\nSupport: 2 sources, latest Nov 2025\n');
  });

  it('follows a chain: a digest of a republication of the wire story, cited with the wire, is one', async () => {
    expect(await fact('weekly digest')).toContain('Support: 2 sources, 1 independent');
  });

  it('keeps the answer one line to paste in a pipe: its support is in JSON, TSV and Markdown', async () => {
    expect((await out(['fact', 'dam cost crowns'])).trimEnd().split('\n')).toHaveLength(1);
    const json = JSON.parse(await out(['fact', 'Strelsau dam store bcm', '--json']));
    expect(json.id).toBe('dam-holds-3-bcm');
    expect(json.support).toEqual({ sources: 3, independent: 1, latest: '2025-03-04' });
    const [header, row] = (await out(['fact', 'dam cost crowns', '--format', 'tsv'])).split('\n');
    const field = (name: string) => row!.split('\t')[header!.split('\t').indexOf(name)];
    expect([field('sources'), field('independent'), field('latest')]).toEqual(['3', '2', '2025-11-12']);
    const md = await out(['fact', 'dam cost crowns', '--format', 'md']);
    expect(md).toContain('¶3: “The dam has cost 2 billion crowns”. Support: 3 sources, 2 independent.\n');
    // Once per record: its other notes do not repeat it.
    expect(md.match(/Support:/g)).toHaveLength(1);
  });

  it('says it under every answer of --all, with --quote and with --cite chicago', async () => {
    const all = await fact('Strelsau dam', '--all');
    expect(all.match(/^Support: /gm)!.length).toBe(all.match(/ — /g)!.length);
    expect(await fact('dam open June', '--quote')).toMatch(/”.*\n.*”.*\nSupport: 1 source, Nov 2025\n$/);
    expect(await fact('dam open June', '--cite', 'chicago')).toContain(
      'paras. 3, 4.\nSupport: 1 source, Nov 2025\n',
    );
  });
});

describe('claims --single-source and --min-sources N count independent sources', () => {
  it('keeps the claims on one origin, however many outlets carry it', async () => {
    expect(await claimIds(['--single-source'])).toEqual([
      'dam-holds-3-bcm',
      'dam-opens-june-2026',
      'dam-3-bcm-digest',
    ]);
  });

  it('keeps the claims on at least N independent sources', async () => {
    expect(await claimIds(['--min-sources', '2'])).toEqual(['dam-cost', 'dam-delayed']);
    expect(await claimIds(['--min-sources', '3'])).toEqual([]);
    expect(await claimIds(['--min-sources', '0'])).toHaveLength(5);
    expect(await claimIds(['--min-sources', '1', '--single-source'])).toHaveLength(3);
  });

  it('combines with the other filters', async () => {
    expect(await claimIds(['--single-source', '--kind', 'report'])).toEqual(['dam-3-bcm-digest']);
  });

  it('refuses a count that is not one, and two flags that select nothing together (exit 2)', async () => {
    for (const argv of [
      ['--min-sources', 'two'],
      ['--min-sources', '-1'],
      ['--single-source', '--min-sources', '2'],
    ]) {
      const { code, stdout, stderr } = await fixture(['claims', ...argv]);
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toMatch(/--min-sources/);
    }
  });

  it('says on a terminal what matched nothing, with the flags as typed', async () => {
    const { stderr } = await fixture(['claims', '--min-sources', '3'], { tty: true });
    expect(stderr).toContain('no claims match --min-sources 3');
  });

  it('gives each claim its support in JSON, and in the TSV columns sources and independent', async () => {
    const claims = JSON.parse(await out(['claims', '--json'])) as { id: string; support: unknown }[];
    expect(Object.fromEntries(claims.map((c) => [c.id, c.support]))).toEqual({
      'dam-holds-3-bcm': { sources: 3, independent: 1, latest: '2025-03-04' },
      'dam-cost': { sources: 3, independent: 2, latest: '2025-11-12' },
      'dam-opens-june-2026': { sources: 1, independent: 1, latest: '2025-11-12' },
      'dam-delayed': { sources: 2, independent: 2, latest: '2025-11-12' },
      'dam-3-bcm-digest': { sources: 2, independent: 1, latest: '2025-03-10' },
    });
    const [header, ...rows] = (await out(['claims'])).trimEnd().split('\n');
    expect(header!.split('\t').slice(-2)).toEqual(['sources', 'independent']);
    expect(rows[0]!.split('\t').slice(-2)).toEqual(['3', '1']);
  });

  it('keeps every built-in claim with --single-source, and none with --min-sources 2', async () => {
    const all = await claimIds([], join(ROOT, 'data'));
    expect(await claimIds(['--single-source'], join(ROOT, 'data'))).toEqual(all);
    expect(await claimIds(['--min-sources', '2'], join(ROOT, 'data'))).toEqual([]);
  });
});

describe('show, timeline and check say the support too', () => {
  it('show: a line under the sources, rows for scripts, and the record in JSON', async () => {
    const text = stripVTControlCharacters(await out(['show', 'dam-cost'], { tty: true, columns: 100 }));
    expect(text).toMatch(/Sources \(3\)\n(.*\n){3}Support: 3 sources, 2 independent, latest Nov 2025\n/);
    const rows = await out(['show', 'dam-cost']);
    expect(rows).toContain('support\tsources\t3\nsupport\tindependent\t2\nsupport\tlatest\t2025-11-12\n');
    const json = JSON.parse(await out(['show', 'dam-holds-3-bcm', '--json']));
    expect(json.record.support).toEqual({ sources: 3, independent: 1, latest: '2025-03-04' });
    // A source rests on nothing it cites.
    expect(JSON.parse(await out(['show', 'wire-story', '--json'])).record.support).toBeUndefined();
  });

  it('timeline --json: each event with its support', async () => {
    const [event] = JSON.parse(await out(['timeline', '--json']));
    expect(event.support).toEqual({ sources: 2, independent: 2, latest: '2025-11-12' });
  });

  it('check: a finding that names a record says what it rests on', async () => {
    const draft = 'The Strelsau dam will store 4 bcm of water.\n';
    const text = await fixture(['check', '-'], { stdin: stdinOf(draft) });
    expect(text.code).toBe(5);
    expect(text.stdout).toMatch(/error: "4 bcm": .*\[dam-holds-3-bcm, .*\] \(3 sources, 1 independent\)\n/);
    const json = JSON.parse((await fixture(['check', '-', '--json'], { stdin: stdinOf(draft) })).stdout);
    expect(json.findings[0].support).toEqual({ sources: 3, independent: 1, latest: '2025-03-04' });
  });
});

describe('the brief says what it rests on, and how old it is', () => {
  it('on its heading line, and per key figure when it rests on more than one source', async () => {
    const screen = stripVTControlCharacters(
      await out(['country', 'ruritania'], { tty: true, columns: 100, rows: 30 }),
    );
    const [heading] = screen.split('\n');
    expect(heading).toBe(
      'Ruritania  RU · RTA · capital Strelsau · Europe · 7 sources, 3 independent, latest Nov 2025',
    );
    const wide = await out(['country', 'ruritania'], { tty: true, columns: 200, rows: 30 });
    const flat = stripVTControlCharacters(wide);
    expect(flat).toContain(
      'The Strelsau dam will store 3 bcm of water when full. (3 sources, 1 independent)',
    );
    expect(flat).toContain('The Strelsau dam has cost 2 billion crowns. (3 sources, 2 independent)');
    const full = stripVTControlCharacters(await out(['country', 'ruritania', '--format', 'text']));
    expect(full).toContain('Claims about it: 5 (4 facts, 1 report, 0 assessments), 3 on a single source;');
  });

  it('in Markdown: the line under the heading, and each record first note', async () => {
    const md = await out(['brief', 'ruritania']);
    expect(md).toContain(
      '*RU · RTA · capital Strelsau · Europe · 7 sources, 3 independent, latest Nov 2025*',
    );
    expect(md).toContain(
      '“The Strelsau dam will store 3 bcm of water”. Support: 3 sources, 1 independent.\n',
    );
    expect(md).toContain(
      '[^ruritania:dam-opens-june-2026]: Elbonian Ministry of Water statement (12 Nov 2025), ¶3: “The dam will open in June 2026”. Support: 1 source.\n',
    );
  });

  it('in JSON: the brief as a whole, and each record', async () => {
    const brief = JSON.parse(await out(['country', 'ruritania', '--json']));
    expect(brief.support).toEqual({ sources: 7, independent: 3, latest: '2025-11-12' });
    expect(brief.country.support).toEqual({ sources: 1, independent: 1, latest: '2024-09/2024-12' });
    const claim = brief.claims.find((c: { id: string }) => c.id === 'dam-holds-3-bcm');
    expect(claim.support).toEqual({ sources: 3, independent: 1, latest: '2025-03-04' });
  });
});

describe('the built-in data honestly says "1 source" everywhere', () => {
  const builtin = (argv: readonly string[], options: Parameters<typeof runCli>[1] = {}) =>
    runCli(['--data', join(ROOT, 'data'), ...argv], options);

  it('fact, show and the brief', async () => {
    expect((await builtin(['fact', 'TAPI', 'length'], TERMINAL)).stdout.split('\n')[1]).toBe(
      'Support: 1 source, late 2024',
    );
    expect((await builtin(['show', 'tapi-length-and-capacity'], { tty: true })).stdout).toContain(
      'Support: 1 source, late 2024',
    );
    const screen = (await builtin(['country', 'kazakhstan'], { tty: true, columns: 80, rows: 24 })).stdout;
    expect(stripVTControlCharacters(screen).split('\n')[0]).toMatch(/ · capital .* · 1 source, late 2024$/);
    // One source: the heading says it once, not every key figure.
    expect(stripVTControlCharacters(screen)).not.toMatch(/\(1 source\)/);
  });

  it('check', async () => {
    const { stdout } = await builtin(['check', join(ROOT, 'examples/draft.md'), '--format', 'text']);
    const findings = stdout.trimEnd().split('\n');
    const named = findings.filter((line) => / \[[a-z0-9-]+, ¶/.test(line));
    expect(named.length).toBeGreaterThan(0);
    for (const line of named) expect(line).toMatch(/\] \(1 source\)$/);
  });
});

function stdinOf(text: string) {
  return Object.assign(
    (async function* () {
      yield Buffer.from(text);
    })(),
    { isTTY: false },
  );
}
