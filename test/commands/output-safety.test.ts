import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyDataset, edit, runCli, type RunResult } from '../helpers.js';

// A dataset carrying everything a terminal, a spreadsheet or a script could be made to act on:
// ESC sequences, C0 and C1 controls, an OSC 8 hyperlink, bidi overrides and isolates, line
// separators, and cells that start like spreadsheet formulas. Every command, in every format, on
// a fake terminal and in a pipe, must print it all as inert text. (What Markdown would read as
// markup: output-safety-markdown.test.ts.)

// As YAML double-quoted escapes, so that the file itself stays plain text.
const PAYLOAD =
  '\\e[2J\\e[H cleared \\e]8;;http://evil.example\\e\\\\link\\e]8;;\\e\\\\ bell\\a c1\\x9b31m' +
  ' \\u202Edesrever\\u202C \\u2066iso\\u2069 line\\u2028sep rlm\\u200F zw\\u200B bom\\uFEFF tag\\U000E0041';
const FORMULAS = ['=HYPERLINK(\\"http://evil.example\\")', "+cmd|' /C calc'!A0", '-1+1', '@SUM(1)'];

// Raw characters that must never reach the output.
const RAW =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/u;
// eslint-disable-next-line no-control-regex -- the colours car-brief itself writes on a terminal
const OWN_COLOURS = /\u001b\[\d+(?:;\d+)*m/g;

let dir: string;

beforeAll(() => {
  dir = copyDataset();
  edit(dir, 'events.yaml', 'title: Vance visits Strelsau', `title: "${FORMULAS[0]} Vance ${PAYLOAD}"`);
  edit(dir, 'events.yaml', 'title: Water treaty signed', `title: "${FORMULAS[2]} treaty ${PAYLOAD}"`);
  edit(
    dir,
    'events.yaml',
    "summary: Elbonia's foreign minister visited the Ruritanian capital.",
    `summary: "${FORMULAS[1]} ${PAYLOAD}"`,
  );
  edit(dir, 'issues.yaml', 'title: Trouble over the dam', `title: "${FORMULAS[3]} dam ${PAYLOAD}"`);
  edit(dir, 'actors.yaml', 'summary: Ruritania signed', `summary: "${PAYLOAD}" # Ruritania signed`);
  edit(
    dir,
    'claims.yaml',
    'statement: Critics say the dam is doomed.',
    `statement: "Critics say the dam is doomed ${PAYLOAD}"`,
  );
  // A quote with a bidi override in it, as a source text copied from the web might have.
  edit(dir, 'texts/note.txt', 'signed a water treaty', 'signed a \u202ewater\u202c treaty');
  edit(dir, 'events.yaml', 'quote: "signed a water treaty', 'quote: "signed a \\u202Ewater\\u202C treaty');
  edit(dir, 'actors.yaml', 'Ruritania and Elbonia signed a water treaty', 'Ruritania and Elbonia signed a');
});

const data = () => ['--data', dir];

// Every command with arguments that reach the hostile records, and the formats it takes.
const COMMANDS: readonly { args: readonly string[]; formats: readonly string[] }[] = [
  { args: ['country', 'ruritania'], formats: ['table', 'text', 'md', 'tsv', 'csv', 'json'] },
  { args: ['brief', 'ruritania'], formats: ['md', 'csv'] },
  { args: ['countries'], formats: ['table', 'tsv', 'csv', 'json'] },
  { args: ['compare', 'ruritania', 'elbonia'], formats: ['table', 'text', 'tsv', 'csv', 'json', 'ndjson'] },
  {
    args: ['timeline'],
    formats: ['table', 'tsv', 'csv', 'json', 'ndjson', 'mermaid', 'timelinejs', 'chart'],
  },
  { args: ['search', 'vance'], formats: ['table', 'tsv', 'csv', 'json'] },
  { args: ['search', 'dam'], formats: ['table', 'tsv', 'csv', 'json'] },
  { args: ['fact', 'dam', 'doomed'], formats: ['text', 'md', 'tsv', 'csv', 'json'] },
  { args: ['show', 'vance-visit-2023-06'], formats: ['table', 'text', 'tsv', 'csv', 'json'] },
  { args: ['show', 'dam-dispute'], formats: ['table', 'text', 'tsv', 'csv', 'json'] },
  { args: ['actors'], formats: ['table', 'tsv', 'csv', 'json'] },
  { args: ['issues'], formats: ['table', 'tsv', 'csv', 'json'] },
  { args: ['claims'], formats: ['table', 'tsv', 'csv', 'json'] },
];

/** Asserts that output holds no raw control, bidi or separator character (CSV's CRLF aside). */
function expectInert(text: string, format: string): void {
  const body = format === 'csv' ? text.replace(/\r\n/g, '\n') : text;
  const found = RAW.exec(body);
  expect(found, found ? `raw U+${found[0].charCodeAt(0).toString(16)} at ${found.index}` : '').toBeNull();
}

/** The cells of RFC 4180 CSV. */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  const cell = /("(?:[^"]|"")*"|[^,\r\n]*)(?:,|\r\n|$)/g;
  for (const match of text.matchAll(cell)) {
    if (match[0] === '') break;
    const value = match[1]!;
    cells.push(value.startsWith('"') ? value.slice(1, -1).replace(/""/g, '"') : value);
  }
  return cells;
}

describe.each(COMMANDS)('$args.0 $args.1 on hostile data', ({ args, formats }) => {
  it.each(formats)('prints --format %s inert in a pipe', async (format) => {
    const result = await runCli([...args, ...data(), '--format', format]);
    expect(result.code, result.stderr).toBe(0);
    expectInert(result.stdout, format);
    expectInert(result.stderr, format);
    if (format === 'json' || format === 'timelinejs') JSON.parse(result.stdout);
  });

  it('prints inert on a terminal, with colour and without', async () => {
    for (const color of [[], ['--no-color']]) {
      const result: RunResult = await runCli([...args, ...data(), ...color], { tty: true, columns: 80 });
      expect(result.code, result.stderr).toBe(0);
      expectInert(result.stdout.replace(OWN_COLOURS, ''), 'table');
      expectInert(result.stderr, 'table');
    }
  });

  it.runIf(formats.includes('csv'))('writes CSV cells no spreadsheet will run', async () => {
    const { stdout } = await runCli([...args, ...data(), '--format', 'csv']);
    const cells = csvCells(stdout);
    expect(cells.length).toBeGreaterThan(1);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});

describe('what the hostile data looks like once made safe', () => {
  it('shows controls and bidi characters as visible escapes on a terminal and in TSV', async () => {
    const tty = await runCli(['show', 'vance-visit-2023-06', ...data(), '--no-color'], { tty: true });
    expect(tty.stdout).toContain('\\x1b[2J');
    expect(tty.stdout).toContain('\\u202edesrever\\u202c');
    const tsv = await runCli(['timeline', ...data()]);
    expect(tsv.stdout).toContain('\\x1b]8;;http://evil.example\\x1b\\\\link');
    expect(tsv.stdout).toContain('\\x9b31m \\u202edesrever\\u202c \\u2066iso\\u2069 line\\u2028sep');
  });

  it('writes them in JSON as \\u escapes that parse back to the data', async () => {
    const { stdout } = await runCli(['timeline', ...data(), '--json']);
    expect(stdout).toContain('\\u202edesrever\\u202c \\u2066iso\\u2069 line\\u2028sep');
    expect(stdout).toContain('\\u001b[2J');
    const events = JSON.parse(stdout) as { title: string }[];
    expect(events.map((event) => event.title)).toContain(
      '=HYPERLINK("http://evil.example") Vance \u001b[2J\u001b[H cleared \u001b]8;;http://evil.example\u001b\\link' +
        '\u001b]8;;\u001b\\ bell\u0007 c1\u009b31m \u202edesrever\u202c \u2066iso\u2069 line\u2028sep' +
        ' rlm\u200f zw\u200b bom\ufeff tag\u{e0041}',
    );
  });

  it("prefixes formula-like CSV cells with ', and --csv-raw leaves them as they are", async () => {
    const safe = csvCells((await runCli(['timeline', ...data(), '--format', 'csv'])).stdout);
    expect(safe.some((cell) => cell.startsWith(`'=HYPERLINK("http://evil.example") Vance`))).toBe(true);
    expect(safe.some((cell) => cell.startsWith("'-1+1 treaty"))).toBe(true);
    const raw = csvCells((await runCli(['timeline', ...data(), '--format', 'csv', '--csv-raw'])).stdout);
    expect(raw.some((cell) => cell.startsWith('=HYPERLINK("http://evil.example") Vance'))).toBe(true);
    // Escaping of controls is not what --csv-raw turns off.
    expectInert(raw.join('\n'), 'csv');
  });
});

describe('messages that quote input', () => {
  it("escapes commander's own messages: unknown command, unknown option, bad value", async () => {
    for (const argv of [
      ['\u001b[2J\u001b[Hbogus'],
      ['--\u001b]8;;http://evil.example\u001b\\x'],
      ['country', 'uzbekistan', '--format', '\u001b[2J\u001b[Hxml'],
      ['country', 'uzbekistan', '--limit\u202e'],
    ]) {
      const result = await runCli(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^car-brief: /);
      expectInert(result.stderr, 'text');
      expect(result.stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(2);
    }
  });

  it('says them as car-brief says its own: one line, car-brief:, the suggestion after it', async () => {
    const { stderr } = await runCli(['countri']);
    expect(stderr).toBe("car-brief: unknown command 'countri' (did you mean country?)\n");
  });

  it('cannot be made to forge a line: newlines in an argument are escaped', async () => {
    const result = await runCli(['country', 'uzbek\ncar-brief: dataset valid\r']);
    expect(result.code).toBe(4);
    expect(result.stderr.split('\n')[0]).toBe(
      'car-brief: no country called "uzbek\\ncar-brief: dataset valid\\x0d"',
    );
    expect(result.stderr).not.toMatch(/^car-brief: dataset valid/m);
    const unknown = await runCli(['uzbek\ncar-brief: dataset valid']);
    expect(unknown.stderr).toBe("car-brief: unknown command 'uzbek\\ncar-brief: dataset valid'\n");
  });

  it('escapes suggestions taken from hostile data', async () => {
    const result = await runCli(['show', 'Vanse', ...data()]);
    expect([0, 4]).toContain(result.code);
    expectInert(result.stderr, 'text');
  });

  it('escapes file and directory names', async () => {
    const evil = copyDataset();
    writeFileSync(join(evil, 'evil\u001b[2J\u202e\nname.yaml'), '[]\n');
    const result = await runCli(['validate', '--data', evil]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('evil\\x1b[2J\\u202e\\nname.yaml');
    expectInert(result.stderr, 'text');
    expect(result.stderr.split('\n').some((line) => line.startsWith('name.yaml'))).toBe(false);

    const json = await runCli(['validate', '--data', evil, '--json']);
    expectInert(json.stdout, 'json');
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain('\\u001b[2J\u202e\\nname.yaml');

    const parent = mkdtempSync(join(tmpdir(), 'car-brief-names-'));
    const named = join(parent, 'data\u001b[2J\u202e\nset');
    mkdirSync(named);
    const missing = await runCli(['countries', '--data', join(parent, 'no\u001b]8;;x\u001b\\such\ndir')]);
    expect(missing.code).toBe(2);
    expectInert(missing.stderr, 'text');
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
    const empty = await runCli(['validate', '--data', named]);
    expect(empty.code).toBe(3);
    expectInert(empty.stderr, 'text');
  });

  it('escapes the directory named in validate text output', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'car-brief-names-'));
    const named = join(parent, 'ok\u001b[2J\u202e\nX');
    mkdirSync(named);
    for (const file of ['sources', 'actors', 'events', 'issues', 'claims'])
      writeFileSync(join(named, `${file}.yaml`), readFileSync(join(dir, `${file}.yaml`)));
    mkdirSync(join(named, 'texts'));
    writeFileSync(join(named, 'texts/note.txt'), readFileSync(join(dir, 'texts/note.txt')));
    const result = await runCli(['validate', '--data', named]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('ok\\x1b[2J\\u202e\\nX: valid');
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    expectInert(result.stdout, 'text');
  });
});
