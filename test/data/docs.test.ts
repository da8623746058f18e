import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { stripVTControlCharacters as plain } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { HELP_FORMATS, allCommands } from '../../src/spec/commands.js';
import { GLOBAL_OPTIONS, OPTIONS, longFlag } from '../../src/spec/options.js';
import { HELP_TOPIC_NAMES } from '../../src/help/topics.js';
import { humanDate } from '../../src/model/human-dates.js';
import { FORMATS } from '../../src/spec/formats.js';
import { ROOT, runCli } from '../helpers.js';
import { ShownExamples, cutFields, head } from '../shown.js';
import { templateOf } from '../../src/edit/record-template.js';

// The reference in docs/ shows real output, as the README does: every "$ command" example is
// compared with what car-brief prints, and the tables that say what car-brief does (which
// command takes which format, how dates are written, the help topics) are checked against it.
// UPDATE_DOCS=1 writes the real output into the pages instead of comparing.
const updating = Boolean(process.env.UPDATE_DOCS);
const PAGES = ['commands', 'formats', 'dates', 'data-format', 'check', 'performance', 'safety'] as const;
const docs = Object.fromEntries(
  PAGES.map((page) => [page, new ShownExamples(join(ROOT, 'docs', `${page}.md`), updating)]),
) as Record<(typeof PAGES)[number], ShownExamples>;
const table = { tty: true, columns: 100 };

afterAll(() => Object.values(docs).forEach((page) => page.save()));

/** The part of a page under a heading, up to the next heading of the same level or higher. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const level = /^#+/.exec(heading)![0];
  const next = markdown.slice(start + heading.length + 2).search(new RegExp(`^#{1,${level.length}} `, 'm'));
  return next < 0 ? markdown.slice(start) : markdown.slice(start, start + heading.length + 2 + next);
}

/** The rows of the first Markdown table in a text, as trimmed cells (the header row first). */
function tableRows(text: string): string[][] {
  const lines = text.split('\n').filter((line) => line.startsWith('|'));
  return lines
    .filter((line) => !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

describe('docs/: every help topic', () => {
  it('is the short form of a page, which shows `car-brief help <topic>` verbatim', async () => {
    const topics = tableRows(section(docs.commands.markdown, '## `car-brief help [command|topic]`')).slice(1);
    expect(topics.map(([topic]) => topic!.replaceAll('`', '')).sort()).toEqual([...HELP_TOPIC_NAMES].sort());
    for (const [topic, , link] of topics) {
      const name = topic!.replaceAll('`', '');
      const page = /\]\(([\w-]+)\.md\)/.exec(link!)?.[1] as (typeof PAGES)[number];
      expect(docs[page], `${name}: ${link}`).toBeDefined();
      docs[page].expectShown(`car-brief help ${name}`, (await runCli(['help', name])).stdout);
    }
  });
});

describe('docs/commands.md', () => {
  const page = docs.commands;

  it('has a section on every command, naming each of its options, and every global option', () => {
    for (const { fullName, spec } of allCommands().filter((command) => !command.spec.hidden)) {
      const heading = page.markdown
        .split('\n')
        .find((line) => line.startsWith('## `car-brief ') && new RegExp(`\\b${fullName}\\b`).test(line));
      expect(heading, fullName).toBeDefined();
      const text = section(page.markdown, heading!);
      for (const option of spec.options)
        expect(text, `${fullName} ${longFlag(OPTIONS[option])}`).toContain(longFlag(OPTIONS[option]));
    }
    const global = section(page.markdown, '## Global options');
    for (const option of GLOBAL_OPTIONS) expect(global, longFlag(option)).toContain(`\`${longFlag(option)}`);
  });

  it('shows the briefs car-brief prints', async () => {
    const screen = { tty: true, columns: 80, rows: 24 };
    page.expectShown(
      'car-brief country uzbekistan',
      plain((await runCli(['country', 'uzbekistan'], screen)).stdout),
    );
    page.expectShown(
      'car-brief country uzbekistan --full',
      plain((await runCli(['country', 'uzbekistan', '--full'], table)).stdout),
    );
    page.expectShown(
      'car-brief country pakistan',
      plain((await runCli(['country', 'pakistan'], screen)).stdout),
    );
    const brief = (await runCli(['country', 'uzbekistan'])).stdout;
    page.expectShown(
      'car-brief country uzbekistan | head -5 | cut -f2-4',
      cutFields(head(brief, 5), [2, 3, 4]),
    );
    const events = brief.split('\n').filter((line) => line.split('\t')[1] === 'event');
    page.expectShown(
      `car-brief country uzbekistan | awk -F'\\t' '$2 == "event"' | cut -f1,3,6,7`,
      cutFields(events.join('\n'), [1, 3, 6, 7]),
    );
    const text = (await runCli(['country', 'uzbekistan', '--format', 'text'])).stdout;
    page.expectShown('car-brief country uzbekistan --format text | head -2', head(text, 2));
    page.expectShownStart('car-brief brief kyrgyzstan', (await runCli(['brief', 'kyrgyzstan'])).stdout);
  });

  it('shows the timeline, search, show, lists and compare car-brief prints', async () => {
    page.expectShown(
      'car-brief timeline --country uzbekistan',
      plain((await runCli(['timeline', '--country', 'uzbekistan'], table)).stdout),
    );
    const turkmenistan = await runCli(['timeline', '--country', 'turkmenistan', '--format', 'tsv']);
    page.expectShown(
      'car-brief timeline --country turkmenistan --format tsv | cut -f1,4',
      cutFields(turkmenistan.stdout, [1, 4]),
    );
    for (const command of [
      'search Mushak Uzbekistan --limit 4',
      'claims --country uzbekistan --kind assessment --limit 4',
      'compare kyrgyzstan turkmenistan',
      'claims --actor tapi --kind fact --limit 2 --cite chicago',
    ]) {
      page.expectShown(`car-brief ${command}`, plain((await runCli(command.split(' '), table)).stdout));
    }
    page.expectShownStart(
      'car-brief show super-mushak',
      plain((await runCli(['show', 'super-mushak'], table)).stdout),
    );
    page.expectShownStart('car-brief countries', plain((await runCli(['countries'], table)).stdout));
    page.expectShownStart(
      'car-brief compare tajikistan uzbekistan --topic taliban',
      plain((await runCli(['compare', 'tajikistan', 'uzbekistan', '--topic', 'taliban'], table)).stdout),
    );
    // The claims filters and --names (issue 19, items 13 and 14), piped through cut.
    for (const [command, fields] of [
      ['claims --attribution media --format tsv', [1, 6]],
      ['claims --since 2024-09 --format tsv', [1, 5]],
      ['claims --country kyrgyzstan --kind report --names --format tsv', [1, 5]],
    ] as const) {
      const { stdout } = await runCli(command.split(' '));
      page.expectShown(`car-brief ${command} | cut -f${fields.join(',')}`, cutFields(stdout, [...fields]));
    }
    const tsv = await runCli(['compare', 'kyrgyzstan', 'tajikistan', 'turkmenistan']);
    page.expectShown(
      'car-brief compare kyrgyzstan tajikistan turkmenistan | cut -f1,4,7,9,13',
      cutFields(tsv.stdout, [1, 4, 7, 9, 13]),
    );
  });

  it('shows the facts, citations and CSL-JSON car-brief prints', async () => {
    for (const command of [
      'fact TAPI length',
      'fact how many students left Kyrgyzstan --figures',
      'fact when did Azerbaijan buy Super Mushak',
      'fact Baku JF-17 reconsider',
      'fact students Bishkek --quote',
      'fact DG ISI visited Turkmenistan',
      'fact TAPI length --format md',
      'fact TAPI length --cite chicago',
      'fact Baku JF-17 reconsider --cite md',
      'sources --format csl-json',
    ]) {
      page.expectShown(`car-brief ${command}`, (await runCli(command.split(' '))).stdout);
    }
  });

  it('shows validate, init, help and completion as car-brief prints them', async () => {
    // The claims the page shows, appended to a copy of the built-in data.
    const cwd = mkdtempSync(join(tmpdir(), 'car-brief-docs-'));
    expect((await runCli(['init', 'my-data', '--with-builtin'], { cwd })).code).toBe(0);
    const added = /```yaml\n([^`]*)```/.exec(section(page.markdown, '## `car-brief validate`'))![1]!;
    appendFileSync(join(cwd, 'my-data', 'claims.yaml'), added);
    const invalid = await runCli(['validate', '--data', 'my-data'], { cwd });
    expect(invalid.code).toBe(3);
    page.expectShown('car-brief validate --data my-data', invalid.stdout + invalid.stderr);
    page.expectShown('car-brief validate --coverage', (await runCli(['validate', '--coverage'])).stdout);
    page.expectShown('car-brief init my-dataset', (await runCli(['init', 'my-dataset'], { cwd })).stdout);
    page.expectShown(
      'car-brief validate --data my-dataset',
      (await runCli(['validate', '--data', 'my-dataset'], { cwd })).stdout,
    );
    const unknown = await runCli(['help', 'exitcodes']);
    expect(unknown.code).toBe(2);
    page.expectShown('car-brief help exitcodes', unknown.stdout + unknown.stderr);
    const offered = await runCli(['__complete', '--', 'timeline', '--country', 'tu']);
    page.expectShown('car-brief __complete -- timeline --country tu', offered.stdout);
  });
});

describe('docs/commands.md: stale and timeline --within', () => {
  const page = docs.commands;

  it('shows stale and timeline --within as car-brief prints them', async () => {
    const within = await runCli(['timeline', '--within', '2024-07', '--format', 'tsv']);
    page.expectShown(
      'car-brief timeline --within 2024-07 --format tsv | cut -f1,4,16',
      cutFields(within.stdout, [1, 4, 16]),
    );
    const table = await runCli(['stale', '--as-of', '2026-12-07', '--limit', '4'], {
      tty: true,
      columns: 100,
    });
    page.expectShown('car-brief stale --as-of 2026-12-07 --limit 4', plain(table.stdout));
    const tsv = await runCli(['stale', '--as-of', '2026-12-07', '--format', 'tsv']);
    page.expectShown(
      'car-brief stale --as-of 2026-12-07 --format tsv | cut -f1,3,5 | head -4',
      head(cutFields(tsv.stdout, [1, 3, 5]), 4),
    );
  });
});

describe('docs/commands.md: sources add and quote', () => {
  const page = docs.commands;

  it('shows a saved page added, the same text again, and refusals, as car-brief prints them', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'car-brief-docs-add-'));
    cpSync(join(ROOT, 'examples'), join(cwd, 'examples'), { recursive: true });
    expect((await runCli(['init', 'my-data'], { cwd })).code).toBe(0);
    const run = async (command: string, args: string[], code = 0) => {
      const result = await runCli(args, { cwd });
      expect(result.code, command).toBe(code);
      return result;
    };
    const add = ['sources', 'add', 'examples/saved-page.html', '--data', 'my-data'];
    const added = await run('add', add);
    page.expectShown('car-brief sources add examples/saved-page.html --data my-data', added.stdout);
    const listed = await run('list', ['sources', '--data', 'my-data', '--format', 'tsv']);
    page.expectShown(
      'car-brief sources --data my-data --format tsv | cut -f1-6',
      cutFields(listed.stdout, [1, 2, 3, 4, 5, 6]),
    );
    const again = await run('again', add);
    page.expectShown(
      'car-brief sources add examples/saved-page.html --data my-data | head -1',
      head(again.stdout, 1),
    );
    for (const extra of [
      ['--published', '2025-13'],
      ['--published', '2025', '--derived-from', 'ruritania-elbonia-agree-inspect-dam-2023'],
    ]) {
      const args = ['sources', 'add', 'examples/draft.md', '--data', 'my-data', ...extra];
      const refused = await run(extra.join(' '), args, 3);
      page.expectShown(`car-brief ${args.join(' ')}`, refused.stdout + refused.stderr);
    }
  });

  it('shows quote as car-brief prints it', async () => {
    const examples: [shown: string, args: string[]][] = [
      [
        `quote pak-car-analysis-2024 "pakistan's director general isi"`,
        ['quote', 'pak-car-analysis-2024', "pakistan's director general isi"],
      ],
      ['quote pak-car-analysis-2024 Baku reconsider JF-17 --format tsv', []],
      ['quote pak-car-analysis-2024 students left kyrgyzstan --json', []],
    ];
    for (const [shown, args] of examples) {
      const argv = args.length > 0 ? args : shown.split(' ');
      page.expectShown(`car-brief ${shown}`, (await runCli(argv)).stdout);
    }
    // No source named: the latest source is quoted, and a note says which.
    const latest = await runCli(['quote', 'baku', 'reconsider', 'JF-17']);
    page.expectShown('car-brief quote baku reconsider JF-17', latest.stderr + latest.stdout);
  });
});

describe('docs/commands.md: add', () => {
  const page = docs.commands;

  // The session of the page, in order: a saved page added as a source, then an actor, a claim, a
  // refused claim, a second source and a citation of it, and fact showing both sources.
  it('shows records and a citation added, and a quote refused, as car-brief prints them', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'car-brief-docs-add-record-'));
    cpSync(join(ROOT, 'examples'), join(cwd, 'examples'), { recursive: true });
    expect((await runCli(['init', 'my-data'], { cwd })).code).toBe(0);
    const page1 = 'ruritania-elbonia-agree-inspect-dam-2024';
    const add = ['sources', 'add', 'examples/saved-page.html', '--data', 'my-data'];
    expect((await runCli(add, { cwd })).code).toBe(0);
    const examples: [args: string[], code: number][] = [
      [['add', 'actor', '--data', 'my-data', '--name', 'Dam project', '--kind', 'project'], 0],
      [
        [
          'add',
          'claim',
          '--data',
          'my-data',
          '--statement',
          "Nobody has paid for the dam's turbines yet, an engineer says.",
        ],
        0,
      ],
      [
        [
          'add',
          'claim',
          '--data',
          'my-data',
          '--statement',
          'The dam would store 3 bcm of water.',
          '--kind',
          'fact',
        ],
        3,
      ],
    ];
    const rest: string[][] = [
      [
        '--summary',
        'A dam Ruritania and Elbonia agreed to inspect together.',
        '--source',
        page1,
        '--quote',
        'joint inspections of the dam project',
      ],
      [
        '--kind',
        'report',
        '--attribution',
        'an engineer',
        '--about',
        'Dam project',
        '--source',
        page1,
        '--quote',
        'Nobody has paid for the turbines yet',
      ],
      [
        '--about',
        'dam-project',
        '--figure',
        '3 bcm: storage',
        '--source',
        page1,
        '--quote',
        'The dam would store 3 bcm',
      ],
    ];
    const shown = (args: readonly string[]) =>
      `car-brief ${args.map((arg) => (/^[\w./:@%-]+$/.test(arg) ? arg : `"${arg}"`)).join(' ')}`;
    for (const [i, [head, code]] of examples.entries()) {
      const args = [...head, ...rest[i]!];
      const result = await runCli(args, { cwd });
      expect(result.code, args.join(' ')).toBe(code);
      page.expectShown(shown(args), result.stderr + result.stdout);
    }
    // --find: words that stand for several passages refused, then the one span cited.
    const storage = [
      'add',
      'claim',
      '--data',
      'my-data',
      '-k',
      'fact',
      '-a',
      'dam-project',
      '--figure',
      '3 bcm: storage',
    ];
    for (const [words, code] of [
      ['the dam', 3],
      ['dam store bcm', 0],
    ] as const) {
      const args = [...storage, '-f', words, 'The dam would store 3 bcm of water.'];
      const result = await runCli(args, { cwd });
      expect(result.code, args.join(' ')).toBe(code);
      page.expectShown(shown(args), result.stderr + result.stdout);
    }
    // The editor's template, as the page shows it (the latest source cited by default).
    expect(page.markdown).toContain(
      `\n\`\`\`yaml\n${templateOf('claim', 'my-data/claims.yaml', page1)}\`\`\`\n`,
    );

    const wire = [
      'sources',
      'add',
      'examples/wire-dam.txt',
      '--data',
      'my-data',
      '--title',
      'Joint dam inspections agreed',
    ];
    const wired = [...wire, '--publisher', 'Strelsau Wire', '--published', '2024-03-14'];
    page.expectShown(shown(wired), (await runCli(wired, { cwd })).stdout);
    const cite = ['add', 'citation', 'nobody-has-paid-dams-turbines-yet', '--data', 'my-data'];
    const cited = [
      ...cite,
      '--source',
      'joint-dam-inspections-agreed-2024',
      '--quote',
      'No one has paid for the turbines yet',
    ];
    const result = await runCli(cited, { cwd });
    expect(result.code).toBe(0);
    page.expectShown(shown(cited), result.stderr + result.stdout);
    const fact = ['fact', 'turbines', '--data', 'my-data'];
    page.expectShown(shown(fact), (await runCli(fact, { cwd })).stdout);
  });
});

describe('docs/commands.md: sources update', () => {
  const page = docs.commands;

  it('shows a revised page re-anchored: the plan, the decision, the update', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'car-brief-docs-update-'));
    cpSync(join(ROOT, 'examples'), join(cwd, 'examples'), { recursive: true });
    const run = async (args: string[], code = 0) => {
      const result = await runCli(args, { cwd, tty: true, columns: 100 });
      expect(result.code, args.join(' ')).toBe(code);
      return result;
    };
    await run(['init', 'my-data']);
    await run(['sources', 'add', 'examples/saved-page.html', '--data', 'my-data']);
    const id = 'ruritania-elbonia-agree-inspect-dam-2024';
    const cite = (paragraph: number, quote: string) =>
      `    - { source: ${id}, paragraph: ${paragraph}, quote: "${quote}" }`;
    const claim = (claimId: string, statement: string, ...citations: string[]) => [
      `- id: ${claimId}`,
      `  about: [the-dam]`,
      `  statement: ${statement}`,
      '  kind: fact',
      '  sources:',
      ...citations,
    ];
    writeFileSync(
      join(cwd, 'my-data/actors.yaml'),
      [
        '- id: the-dam',
        '  kind: project',
        '  name: The dam',
        '  summary: A dam Ruritania and Elbonia agreed to inspect.',
        '  sources:',
        cite(2, 'joint inspections of the dam project'),
        cite(6, 'The river does not stop at the border.'),
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(cwd, 'my-data/claims.yaml'),
      [
        ...claim(
          'inspections-agreed',
          'Ruritania and Elbonia agreed to joint inspections of the dam.',
          cite(2, 'agreed on Thursday to joint inspections of the dam project'),
        ),
        ...claim(
          'inspectors-within-weeks',
          'Inspectors could arrive within weeks.',
          cite(3, 'inspectors could arrive “within weeks”'),
        ),
        ...claim(
          'turbines-unpaid',
          'Nobody has paid for the dam’s turbines.',
          cite(5, 'Nobody has paid for the turbines yet'),
        ),
        ...claim(
          'two-valleys-flooded',
          'Critics say the reservoir would flood two valleys.',
          cite(7, 'the reservoir would flood two valleys'),
        ),
        '',
      ].join('\n'),
    );
    await run(['validate', '--data', 'my-data']);
    const update = ['sources', 'update', id, 'examples/saved-page-revised.html', '--data', 'my-data'];
    const plan = await run(update, 6);
    page.expectShown(`car-brief ${update.join(' ')}`, plan.stdout + plan.stderr);
    const json = await run([...update, '--json'], 6);
    const orphaned = (JSON.parse(json.stdout) as { status: string }[]).filter((e) => e.status === 'orphaned');
    page.expectShown(
      `car-brief ${update.join(' ')} --json | jq '.[] | select(.status == "orphaned")'`,
      orphaned.map((e) => JSON.stringify(e, null, 2) + '\n').join(''),
    );
    // The writer's decision: the page no longer says it, so the claim goes.
    const claims = join(cwd, 'my-data/claims.yaml');
    const text = readFileSync(claims, 'utf8');
    writeFileSync(claims, text.slice(0, text.indexOf('- id: two-valleys-flooded')));
    const applied = await run([...update, '--apply', '--accept-changed']);
    page.expectShown(
      `car-brief ${update.join(' ')} --apply --accept-changed`,
      applied.stdout + applied.stderr,
    );
    await run(['validate', '--data', 'my-data']);
  });
});

describe('docs/commands.md: export sqlite', () => {
  it('shows the SQLite file written, as car-brief prints it', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'car-brief-docs-export-'));
    const exported = await runCli(['export', 'sqlite', 'brief.db'], { cwd });
    expect(exported.code).toBe(0);
    docs.commands.expectShown('car-brief export sqlite brief.db', exported.stdout);
  });
});

describe('docs/formats.md', () => {
  const page = docs.formats;

  // Each fzf recipe previews and prints the id column of its list: checked against the header,
  // and, where fzf is installed, run with --filter in place of the interactive pick.
  it('picks ids with fzf in the field each list has them', async () => {
    const recipes = [
      ...section(page.markdown, '### Picking a record with fzf').matchAll(
        /^car-brief (\w+) --no-header \| fzf .*\{(\d+)\}.* \| cut -f(\d+)$/gm,
      ),
    ];
    expect(recipes.length).toBeGreaterThanOrEqual(5);
    const fzf = spawnSync('fzf', ['--version']).status === 0;
    for (const [, command, preview, cut] of recipes) {
      expect(preview, command).toBe(cut);
      const { stdout } = await runCli([command!]);
      expect(stdout.split('\n')[0]!.split('\t')[Number(cut) - 1], command).toBe('id');
      if (!fzf) continue;
      const rows = (await runCli([command!, '--no-header'])).stdout;
      const picked = spawnSync('fzf', ['--delimiter', '\t', '--filter', 'a'], {
        input: rows,
        encoding: 'utf8',
      });
      const id = picked.stdout.split('\n')[0]!.split('\t')[Number(cut) - 1]!;
      expect((await runCli(['show', id])).code, `${command}: show ${id}`).toBe(0);
    }
  });

  // The table is compared with the declarations (spec/commands.ts); that each declared format is
  // really given, and every other refused, is test/commands/declared-formats.test.ts's job.
  it('says which command takes which format, as the commands declare', () => {
    const [header, ...rows] = tableRows(section(page.markdown, '## Which command takes which'));
    expect(header!.slice(1)).toEqual([...FORMATS]);
    // Each cell names commands in backquotes: `actors`, `issues`, `claims`; `sources add`.
    const namesIn = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
    const visible = allCommands().filter((c) => !c.spec.hidden);
    const listed = rows.flatMap(([commands]) => namesIn(commands!));
    const commands = [...visible.map((c) => c.fullName), 'help'];
    expect(listed.sort()).toEqual(commands.sort());
    for (const [commands, ...marks] of rows) {
      for (const command of namesIn(commands!)) {
        const { formats } = visible.find((c) => c.fullName === command)?.spec ?? HELP_FORMATS;
        const declared = FORMATS.map((format) => (formats.includes(format) ? '✓' : ''));
        expect(marks, command).toEqual(declared);
      }
    }
  });

  it('shows the TSV and the timelines car-brief draws', async () => {
    const countries = await runCli(['countries', '--format', 'tsv']);
    page.expectShown(
      'car-brief countries --format tsv | cut -f2,7-9',
      cutFields(countries.stdout, [2, 7, 8, 9]),
    );
    const mermaid = await runCli(['timeline', '--country', 'kyrgyzstan', '--format', 'mermaid']);
    page.expectShown('car-brief timeline --country kyrgyzstan --format mermaid', mermaid.stdout);
    const timelinejs = await runCli(['timeline', '--country', 'turkmenistan', '--format', 'timelinejs']);
    const slides = (JSON.parse(timelinejs.stdout) as { events: Record<string, unknown>[] }).events;
    page.expectShown(
      `car-brief timeline --country turkmenistan --format timelinejs | jq -c '.events[] | [.start_date, .end_date, .display_date]'`,
      slides
        .map((e) => JSON.stringify([e.start_date ?? null, e.end_date ?? null, e.display_date ?? null]) + '\n')
        .join(''),
    );
    const chart = await runCli(['timeline', '--chart'], { tty: true, columns: 80 });
    page.expectShown('car-brief timeline --chart', plain(chart.stdout));
  });
});

describe('docs/dates.md', () => {
  const page = docs.dates;

  it('writes each EDTF form as car-brief writes it for people', () => {
    const rows = tableRows(section(page.markdown, '## Written for people')).slice(1);
    expect(rows.length).toBeGreaterThan(5);
    for (const [edtf, written] of rows) expect(humanDate(edtf!.replaceAll('`', '')), edtf).toBe(written);
  });

  it('shows inferred dates and --since as car-brief prints them', async () => {
    const turkmenistan = await runCli(['timeline', '--country', 'turkmenistan', '--format', 'tsv']);
    page.expectShown(
      'car-brief timeline --country turkmenistan --format tsv | cut -f1,4,7',
      cutFields(turkmenistan.stdout, [1, 4, 7]),
    );
    const since = await runCli(['timeline', '--since', '2024-07', '--format', 'tsv']);
    page.expectShown(
      'car-brief timeline --since 2024-07 --format tsv | cut -f1,4',
      cutFields(since.stdout, [1, 4]),
    );
  });

  it('shows --within, precision, --as-of and stale as car-brief prints them', async () => {
    const within = await runCli(['timeline', '--within', '2024-07', '--format', 'tsv']);
    page.expectShown(
      'car-brief timeline --within 2024-07 --format tsv | cut -f1,4',
      cutFields(within.stdout, [1, 4]),
    );
    const all = cutFields((await runCli(['timeline', '--format', 'tsv'])).stdout, [1, 16]).split('\n');
    page.expectShown(
      'car-brief timeline --format tsv | cut -f1,16 | uniq',
      all.filter((line, i) => line !== all[i - 1]).join('\n'),
    );
    const asOf = await runCli(['timeline', '--as-of', '2024-08-01', '--since', '2024-07', '--format', 'tsv']);
    page.expectShown(
      'car-brief timeline --as-of 2024-08-01 --since 2024-07 --format tsv | cut -f1,4',
      cutFields(asOf.stdout, [1, 4]),
    );
    const stale = await runCli(['stale', '--as-of', '2025-06-30', '--format', 'tsv']);
    page.expectShown(
      'car-brief stale --as-of 2025-06-30 --format tsv | cut -f1,3,7',
      cutFields(stale.stdout, [1, 3, 7]),
    );
  });
});

describe('docs/check.md and docs/safety.md', () => {
  it('show the findings check gives on the example draft, and an error as car-brief prints it', async () => {
    const { code, stdout, stderr } = await runCli(['check', 'examples/draft.md', '--format', 'text']);
    expect(code).toBe(5);
    docs.check.expectShown('car-brief check examples/draft.md --format text', stdout + stderr);
    for (const args of [
      ['examples/findings.md', '--format', 'text'],
      ['examples/findings.md', '--suggest', '--format', 'md'],
    ]) {
      const shown = await runCli(['check', ...args]);
      docs.check.expectShown(`car-brief check ${args.join(' ')}`, shown.stdout + shown.stderr);
    }
    const tsv = await runCli(['check', 'examples/findings.md', '--suggest', '--format', 'tsv']);
    docs.check.expectShown(
      'car-brief check examples/findings.md --suggest --format tsv | cut -f2,3,10',
      cutFields(tsv.stdout, [2, 3, 10]),
    );
    const missing = await runCli(['country', 'atlantis']);
    expect(missing.code).toBe(4);
    docs.safety.expectShown('car-brief country atlantis', missing.stdout + missing.stderr);
  });
});

// GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens.
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(markdown: string): Set<string> {
  const found = new Set<string>();
  const times = new Map<string, number>(); // a heading repeated gets -1, -2, ...
  let inBlock = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) inBlock = !inBlock;
    else if (!inBlock && /^#{1,6} /.test(line)) {
      const base = slug(line.replace(/^#+ /, ''));
      const n = times.get(base) ?? 0;
      found.add(n === 0 ? base : `${base}-${n}`);
      times.set(base, n + 1);
    }
  }
  return found;
}

describe('the README and docs/', () => {
  it('link only to files and headings that exist', () => {
    const files = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((file) => `docs/${file}`)];
    for (const file of files.filter((f) => f.endsWith('.md'))) {
      const markdown = readFileSync(join(ROOT, file), 'utf8').replace(/```[^]*?```/g, '');
      for (const [, target] of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue; // https:, mailto:
        const [path, anchor] = target!.split('#');
        const linked = path ? relative(ROOT, resolve(dirname(join(ROOT, file)), path)) : file;
        expect(existsSync(join(ROOT, linked)), `${file}: ${target}`).toBe(true);
        if (anchor !== undefined) {
          expect(anchors(readFileSync(join(ROOT, linked), 'utf8')), `${file}: ${target}`).toContain(anchor);
        }
      }
    }
  });

  // Last: the examples above are all the pages show.
  it('check every example the docs show', () => {
    for (const page of Object.values(docs)) expect(page.unchecked(), page.path).toEqual([]);
  });
});
