import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/output/wrap.js';
import { runCli } from '../helpers.js';
import { parseMermaidTimeline } from '../mermaid-timeline.js';

// timeline drawn: as Mermaid, as TimelineJS JSON, and as a chart, with the built-in data, on a
// fake terminal and in a pipe.

/** The events timeline lists, as TSV gives them: id and title, in date order. */
async function listed(args: readonly string[] = []): Promise<{ id: string; title: string }[]> {
  const { stdout } = await runCli(['timeline', ...args, '--format', 'tsv', '--no-header']);
  return stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const fields = line.split('\t');
      return { id: fields[8]!, title: fields[3]! };
    });
}

describe('timeline --format mermaid', () => {
  it('is a Mermaid timeline with every event once, under its year, in date order', async () => {
    const { code, stdout } = await runCli(['timeline', '--format', 'mermaid']);
    expect(code).toBe(0);
    const parsed = parseMermaidTimeline(stdout);
    const events = parsed.sections.flatMap((s) => s.periods.flatMap((p) => p.events));
    expect(events).toEqual((await listed()).map((e) => e.title));
    expect(parsed.sections.map((s) => s.name)).toEqual(['1990s', '2019', '2024']);
    const periods = parsed.sections.flatMap((s) => s.periods.map((p) => p.period));
    expect(periods).toContain("1990s (the article says 'the late 1990s')");
    expect(periods).toContain('from Jul 2024 (planned, date inferred)');
  });

  it('is titled by the countries asked for and marks what reaches them through a group', async () => {
    const parsed = parseMermaidTimeline(
      (await runCli(['timeline', '--country', 'KG', '--format', 'mermaid'])).stdout,
    );
    expect(parsed.title).toBe('Kyrgyzstan');
    const events = parsed.sections.flatMap((s) => s.periods.flatMap((p) => p.events));
    expect(events).toContain(
      'Army chief Asim Munir to visit Central Asian countries (across the Central Asian republics)',
    );
  });
});

describe('timeline --format timelinejs', () => {
  it('is TimelineJS JSON: a title slide, then a slide per event in each of its rows, in order', async () => {
    const { code, stdout } = await runCli(['timeline', '--format', 'timelinejs']);
    expect(code).toBe(0);
    const { title, events } = JSON.parse(stdout) as {
      title: { text: { headline: string; text: string } };
      events: { unique_id: string; start_date: { year: number }; group: string; display_date?: string }[];
    };
    // The built-in dataset's title heads it (from its dataset.yaml), and says what follows.
    expect(title.text.headline).toMatch(/\S/);
    expect(title.text.text).toMatch(/<p>\d+ events, earliest first; each slide cites its source\.<\/p>$/);
    // An event's first slide has its id; its other rows' slides follow it, ids made unique.
    const firsts = events.filter((e) => !e.unique_id.includes('--')).map((e) => e.unique_id);
    expect(firsts).toEqual((await listed()).map((e) => e.id));
    expect(new Set(events.map((e) => e.unique_id)).size).toBe(events.length);
    // The DG ISI's planned visit to Kazakhstan and Uzbekistan is in the row of each (it was in
    // Kazakhstan's alone).
    const rows = (id: string) => events.filter((e) => e.unique_id.split('--')[0] === id).map((e) => e.group);
    expect(rows('dg-isi-planned-visit-kazakhstan-uzbekistan')).toEqual(['Kazakhstan', 'Uzbekistan']);
    expect(events.every((e) => Number.isInteger(e.start_date.year))).toBe(true);
    // A lane per partner country: Pakistan, named by nearly every event, is no group of its own.
    expect(new Set(events.map((e) => e.group))).toEqual(
      new Set([
        'Central Asian republics',
        'Afghanistan',
        'Azerbaijan',
        'Kyrgyzstan',
        'Kazakhstan',
        'Turkmenistan',
        'Uzbekistan',
      ]),
    );
  });

  it('says on stderr when there is no event to show', async () => {
    const result = await runCli([
      'timeline',
      '--country',
      'kazakhstan',
      '--type',
      'sale',
      '--format',
      'timelinejs',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      title: {
        text: {
          headline: 'Kazakhstan',
          text: expect.stringMatching(/<p>0 events, earliest first; each slide cites its source\.<\/p>$/),
        },
      },
      events: [],
    });
    expect(result.stderr).toBe('note: no events: TimelineJS will not load a timeline without any\n');
  });
});

describe('timeline --chart', () => {
  it.each([40, 80, 120])('fits a terminal of %i columns, in Unicode and colour', async (columns) => {
    const { code, stdout } = await runCli(['timeline', '--chart'], { tty: true, columns });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.filter((line) => displayWidth(stripVTControlCharacters(line)) > columns)).toEqual([]);
    expect(stdout).not.toBe(stripVTControlCharacters(stdout));
    expect(stdout).toContain('◌');
  });

  it('is plain ASCII in a pipe and with --no-color, as wide as COLUMNS says', async () => {
    for (const [args, options] of [
      [['timeline', '--chart'], {}],
      [['timeline', '--chart', '--no-color'], { tty: true }],
    ] as const) {
      const { stdout } = await runCli(args, { ...options, columns: 60 });
      expect(stdout).toMatch(/^[\x20-\x7e\n]+$/);
      expect(stdout.split('\n').filter((line) => line.length > 60)).toEqual([]);
    }
  });

  it('draws the countries asked for, in the order asked', async () => {
    const { stdout } = await runCli(['timeline', '--chart', '--country', 'UZ,kazakhstan']);
    expect(
      stdout
        .split('\n')
        .slice(0, 3)
        .map((line) => line.split(' ')[0]),
    ).toEqual(['Uzbekistan', 'Kazakhstan', '']);
  });

  it('is the same as --format chart, and refuses another format', async () => {
    expect((await runCli(['timeline', '--chart'])).stdout).toBe(
      (await runCli(['timeline', '--format', 'chart'])).stdout,
    );
    for (const other of [['--json'], ['--format', 'tsv']]) {
      const result = await runCli(['timeline', '--chart', ...other]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^car-brief: --chart and --format (json|tsv) ask for different formats; give one\n$/,
      );
    }
  });

  it('says on a terminal when nothing matches', async () => {
    const result = await runCli(['timeline', '--chart', '--country', 'kazakhstan', '--type', 'sale'], {
      tty: true,
    });
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('note: no events match --country kazakhstan --type sale\n');
  });
});

describe('the drawn formats elsewhere', () => {
  it.each(['mermaid', 'timelinejs', 'chart'])(
    'are refused by commands that do not draw (--format %s)',
    async (format) => {
      const result = await runCli(['country', 'uzbekistan', '--format', format]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^car-brief: --format ${format} is not available here`));
    },
  );
});
