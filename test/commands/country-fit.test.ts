import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BUILTIN, MINI, runCli } from '../helpers.js';

const builtin = (args: string[], options: Parameters<typeof runCli>[1] = {}) =>
  runCli(['--data', BUILTIN, ...args], options);

const lines = (text: string) => stripVTControlCharacters(text).trimEnd().split('\n');

const REPUBLICS = ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan', 'azerbaijan'];
const SCREENS = [
  [80, 24],
  [100, 40],
  [160, 50],
] as const;

// "Open issues (2 of 8)" -> [2, 8]; "Open issues (2)" -> [2, 2].
function shownOf(output: string[], heading: string): [number, number] | undefined {
  const line = output.find((l) => l.startsWith(`${heading} (`));
  const match = line?.match(/\((\d+)(?: of (\d+))?\)/);
  return match ? [Number(match[1]), Number(match[2] ?? match[1])] : undefined;
}

describe('car-brief country on a terminal: one screen', () => {
  for (const [columns, rows] of SCREENS) {
    for (const country of REPUBLICS) {
      it(`fits ${country} to ${columns}×${rows}, title first, a row left for the prompt`, async () => {
        const { code, stdout } = await builtin(['country', country], { tty: true, columns, rows });
        expect(code).toBe(0);
        const output = lines(stdout);
        expect(output.length).toBeLessThanOrEqual(rows - 1);
        expect(output.every((line) => line.length <= columns)).toBe(true);
        expect(output[0]).toMatch(/^\S.* · capital /);
        // The relations summary is there whole, and the last lines say how to see the rest.
        const json = JSON.parse((await builtin(['country', country, '--json'])).stdout);
        expect(output.join(' ')).toContain(json.country.summary.replace(/\s+/g, ' ').slice(0, 60));
        expect(output.join(' ')).toContain(`car-brief country ${country} --full`);
      });
    }
  }

  it('leaves a row for each note it wrote: a corrected name stays on the screen with the brief', async () => {
    for (const [name, columns, rows] of [
      ['uzbekstan', 80, 24],
      ['Tajikstan', 100, 40],
    ] as const) {
      const { stdout, stderr } = await builtin(['country', name], { tty: true, columns, rows });
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(lines(stdout).length + 1).toBeLessThanOrEqual(rows - 1);
    }
  });

  it('shows more of each section on a taller terminal, and says how many it left out', async () => {
    const short = lines(
      (await builtin(['country', 'uzbekistan'], { tty: true, columns: 80, rows: 24 })).stdout,
    );
    const tall = lines(
      (await builtin(['country', 'uzbekistan'], { tty: true, columns: 80, rows: 60 })).stdout,
    );
    const json = JSON.parse((await builtin(['country', 'uzbekistan', '--json'])).stdout);
    const [shortEvents, events] = shownOf(short, 'Latest events')!;
    const [tallEvents] = shownOf(tall, 'Latest events')!;
    expect(events).toBe(json.events.length);
    expect(tallEvents).toBeGreaterThan(shortEvents);
    const left = short.join(' ');
    expect(left).toContain(`${events - shortEvents} event`);
    expect(left).toContain('car-brief timeline --country uzbekistan');
  });

  it('takes 24 rows when the terminal does not say, and fits a tiny fixture brief whole', async () => {
    const unknown = lines((await builtin(['country', 'kyrgyzstan'], { tty: true, columns: 80 })).stdout);
    expect(unknown.length).toBeLessThanOrEqual(23);
    const mini = lines(
      (await runCli(['--data', MINI, 'country', 'ruritania'], { tty: true, rows: 40 })).stdout,
    );
    expect(shownOf(mini, 'Latest events')).toEqual([3, 3]);
    expect(mini.at(-1)).toContain('car-brief country ruritania --full');
  });

  it('gives the whole brief with --full, as --format text does (which wraps nothing, to paste)', async () => {
    const full = await builtin(['country', 'uzbekistan', '--full', '--no-color'], { tty: true, rows: 24 });
    const text = await builtin(['country', 'uzbekistan', '--format', 'text'], { tty: true, rows: 24 });
    const words = (out: string) => out.split(/\s+/).filter(Boolean).sort(); // a wrapped table interleaves its cells' lines
    expect(words(full.stdout)).toEqual(words(text.stdout));
    expect(lines(text.stdout).length).toBeLessThan(lines(full.stdout).length);
    expect(full.stdout).toContain('\nPeople and organisations\n');
    expect(full.stdout).toContain('\nSources\n');
    expect(lines(full.stdout).length).toBeGreaterThan(24);
  });

  it('gives everything in a pipe: text and TSV are not cut to a screen', async () => {
    const text = await builtin(['country', 'uzbekistan', '--format', 'text']);
    expect(text.stdout).toContain('\nPeople and organisations\n');
    expect(text.stdout).not.toContain('Left out:');
    const tsv = lines((await builtin(['country', 'uzbekistan'])).stdout);
    const json = JSON.parse((await builtin(['country', 'uzbekistan', '--json'])).stdout);
    expect(tsv.filter((l) => l.split('\t')[1] === 'event')).toHaveLength(json.events.length);
  });
});

describe('car-brief country pakistan: the hub as an overview', () => {
  it('has one row per partner at 100 columns, not the whole brief', async () => {
    const { stdout } = await builtin(['country', 'pakistan'], { tty: true, columns: 100, rows: 40 });
    const output = lines(stdout);
    expect(output.length).toBeLessThanOrEqual(39);
    const start = output.findIndex((l) => /^Partners \(\d+\)$/.test(l));
    const partners = Number(output[start]!.match(/\d+/)![0]);
    expect(partners).toBeGreaterThanOrEqual(6);
    const rows = output.slice(start + 1, start + 1 + partners);
    for (const name of [
      'Kazakhstan',
      'Kyrgyzstan',
      'Tajikistan',
      'Turkmenistan',
      'Uzbekistan',
      'Azerbaijan',
    ]) {
      expect(rows.filter((row) => row.startsWith(`${name} `))).toHaveLength(1);
    }
    expect(rows.every((row) => /^[A-Z]/.test(row))).toBe(true);
    expect(stdout).not.toContain('People and organisations');
    expect(stdout).toContain('car-brief country pakistan --full');
  });

  it("marks a partner's latest event as the brief does: planned, and one of its group as a whole", async () => {
    const { stdout } = await builtin(['country', 'pakistan'], { tty: true, columns: 160, rows: 40 });
    const row = (name: string) => lines(stdout).find((l) => l.startsWith(`${name} `))!;
    // The DG ISI's planned visit names Kazakhstan; the Air Chief's names the republics as a whole.
    // Both are overdue as of today (TEST_TODAY).
    expect(row('Kazakhstan')).toMatch(/from Jul 2024 \(planned, overdue\): DG ISI to visit/);
    expect(row('Tajikistan')).toMatch(/from Jul 2024 \(planned, overdue\)\*: Air Chief Marshal Sidhu/);
    expect(row('Turkmenistan')).toMatch(/10–11 Jul 2024: DG ISI visit to Ashgabat/);
    expect(stdout).toContain('Across the Central Asian republics: 6 open; * marks an event of them all.');
  });

  it('gives the whole brief with --full', async () => {
    const { stdout } = await builtin(['country', 'pakistan', '--full'], { tty: true, columns: 100 });
    const json = JSON.parse((await builtin(['country', 'pakistan', '--json'])).stdout);
    expect(stdout).toContain(`Issues (${json.issues.length})`);
    expect(stdout).toContain('People and organisations');
  });
});

describe('car-brief country: scope and wording', () => {
  it("lists only a country's own people: not those a claim about a shared project names", async () => {
    const india = JSON.parse((await builtin(['country', 'india', '--json'])).stdout);
    const ids = india.actors.map((a: { id: string }) => a.id);
    expect(ids).toContain('tapi');
    expect(ids).not.toContain('asim-munir');
    expect(ids).not.toContain('pti');
    const text = (await builtin(['country', 'india', '--format', 'text'])).stdout;
    expect(text).not.toContain('Asim Munir');
  });

  it('writes out "the Central Asian republics", never "the CAR"', async () => {
    for (const country of [...REPUBLICS, 'pakistan']) {
      for (const args of [['--format', 'text'], []]) {
        const { stdout } = await builtin(['country', country, ...args], { tty: true, columns: 80 });
        expect(stdout).not.toMatch(/\bCAR\b/);
      }
    }
    const { stdout } = await builtin(['country', 'uzbekistan', '--format', 'text']);
    expect(stdout).toContain('across the Central Asian republics');
  });
});
