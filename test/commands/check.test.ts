import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { ROOT, runCli } from '../helpers.js';

const ESC = String.fromCharCode(27);
const PROBLEMS = 'test/fixtures/drafts/problems.md';
const FAITHFUL = 'test/fixtures/drafts/faithful.md';

describe('check', () => {
  it('prints file:line:col: severity: message lines in a pipe and exits 5 on a disagreement', async () => {
    const { code, stdout, stderr } = await runCli(['check', PROBLEMS]);
    expect(code).toBe(ExitCode.disagrees);
    expect(code).toBe(5);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    for (const line of lines)
      expect(line).toMatch(/^test\/fixtures\/drafts\/problems\.md:\d+:\d+: (error|warning): \S/);
    expect(lines[0]).toContain('problems.md:3:5: error: "1,800 km TAPI pipeline": the source gives 1,735 km');
    expect(stderr).toContain(
      'note: 4 errors, 3 warnings; 6 of 7 sentences tied to records; not tied: line 11',
    );
    expect(stderr.trimEnd().split('\n').at(-1)).toBe(
      `car-brief: ${PROBLEMS} disagrees with the dataset (4 errors)`,
    );
  });

  it('prints nothing on stdout and exits 0 for a faithful draft', async () => {
    const { code, stdout, stderr } = await runCli(['check', FAITHFUL]);
    expect([code, stdout]).toEqual([0, '']);
    expect(stderr).toBe('note: 0 errors, 0 warnings; 9 of 9 sentences tied to records\n');
  });

  it('shows a table on a terminal, within its width', async () => {
    const { code, stdout } = await runCli(['check', PROBLEMS], { tty: true, columns: 80 });
    expect(code).toBe(5);
    const plain = stripVTControlCharacters(stdout);
    expect(plain).toMatch(/where\s+severity\s+message/);
    expect(plain).toContain('3:5');
    for (const line of plain.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('keeps its lines plain whatever --color says, and colours the table with --color=always', async () => {
    const plain = await runCli(['check', PROBLEMS, '--format', 'text']);
    for (const color of ['always', 'auto', 'never']) {
      const lines = await runCli(['check', PROBLEMS, '--format', 'text', `--color=${color}`]);
      expect(lines.stdout, color).toBe(plain.stdout);
    }
    const table = await runCli(['check', PROBLEMS, '--color=always']);
    expect(table.stdout).toContain(ESC);
    expect(stripVTControlCharacters(table.stdout)).toMatch(/where\s+severity\s+message/);
    // The help says so.
    const help = await runCli(['help', 'check']);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain(
      'The lines are plain text by design, whatever --color says',
    );
  });

  it('gives the whole result as JSON, sentences with the records they were tied to', async () => {
    const { code, stdout } = await runCli(['check', PROBLEMS, '--json']);
    expect(code).toBe(5);
    const result = JSON.parse(stdout) as {
      file: string;
      findings: { kind: string; line: number; record?: string }[];
      sentences: { line: number; records: string[] }[];
    };
    expect(result.file).toBe(PROBLEMS);
    expect(result.findings.map((f) => f.kind)).toContain('planned-as-done');
    expect(result.sentences.find((s) => s.line === 3)?.records).toContain('tapi-length-and-capacity');
  });

  it('gives rows with the record, paragraph and quote in TSV', async () => {
    const { stdout } = await runCli(['check', PROBLEMS, '--format', 'tsv']);
    const [header, first] = stdout.split('\n');
    expect(header).toBe('file\tline\tcolumn\tseverity\tkind\tmessage\trecord\tparagraph\tquote');
    expect(first!.split('\t').slice(0, 5)).toEqual([PROBLEMS, '3', '5', 'error', 'figure-disagrees']);
    expect(first!.split('\t').slice(6)).toEqual([
      'tapi-length-and-capacity',
      '2',
      'the 1735 km, 33 bcm per annum TAPI Gas Pipeline Project',
    ]);
  });

  it('reads a draft piped in when none is named, and asks for one on a terminal', async () => {
    const piped = (text: string, isTTY: boolean) =>
      Object.assign(
        (async function* () {
          yield text;
        })(),
        { isTTY },
      );
    const draft = 'In 2019 Baku purchased ten Super Mushak aircraft.\nThe TAPI pipeline is 1,900 km long.\n';
    const fromPipe = await runCli(['check'], { stdin: piped(draft, false) });
    expect(fromPipe.code).toBe(ExitCode.disagrees);
    expect(fromPipe.stdout).toMatch(/^<stdin>:2:/);
    const onTerminal = await runCli(['check'], { stdin: piped(draft, true) });
    expect(onTerminal.code).toBe(ExitCode.usage);
    expect(onTerminal.stderr).toBe(
      'car-brief: check needs a draft: a file, - for standard input, or one piped in (check < draft.md)\n',
    );
  });

  it('reads the draft relative to the working directory', async () => {
    const { code, stdout } = await runCli(['check', 'drafts/problems.md'], {
      cwd: join(ROOT, 'test/fixtures'),
    });
    expect(code).toBe(5);
    expect(stdout).toMatch(/^drafts\/problems\.md:3:5: error:/);
  });

  it('fails with one line and exit 2 for a draft that cannot be read', async () => {
    for (const [draft, message] of [
      ['no-such-draft.md', 'car-brief: no-such-draft.md: no such file'],
      ['test', 'car-brief: test is a directory; give a draft file, or - for standard input'],
      // A device that never ends is refused before it is read.
      ['/dev/zero', 'car-brief: /dev/zero is not a regular file; give a draft file, or - for standard input'],
      [
        `${'x'.repeat(300)}.md`,
        `car-brief: ${'x'.repeat(300)}.md: cannot read it: its name is too long (ENAMETOOLONG)`,
      ],
    ]) {
      const { code, stdout, stderr } = await runCli(['check', draft!]);
      expect([code, stdout, stderr]).toEqual([2, '', `${message}\n`]);
    }
  });

  it('escapes what the file name and the draft hold before they reach a terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'car-brief-check-'));
    const name = 'draft\u202e\u001b[31m.md';
    writeFileSync(
      join(dir, name),
      'The \u202e1,800 km TAPI\u001b[31m pipeline is long. It has 31\u001b[0mkm.\n',
    );
    for (const tty of [false, true]) {
      const { code, stdout } = await runCli(['check', name], { cwd: dir, tty });
      expect(code).toBe(5);
      // (a terminal's table colours the severity itself)
      const painted = `${ESC}[31merror`;
      const shown = tty ? stdout.split(painted).join('error') : stdout;
      expect(shown).not.toContain('\u202e');
      expect(shown).not.toContain(`${ESC}[31m`);
      expect(stdout).toContain('1,800 km TAPI');
    }
  });
});

describe('check --suggest', () => {
  const SEEDED = 'test/fixtures/drafts/seeded-long.md';

  it('follows each error with its sentence rewritten, and leaves warnings alone', async () => {
    const { code, stdout } = await runCli(['check', SEEDED, '--suggest']);
    expect(code).toBe(5);
    const lines = stdout.trimEnd().split('\n');
    const errors = lines.filter((line) => / error: /.test(line)).length;
    const suggestions = lines.filter((line) => / suggestion: /.test(line));
    expect(suggestions).toHaveLength(errors);
    expect(suggestions).toContain(
      `${SEEDED}:21:17: suggestion: Islamabad has been pushing Tashkent to buy five Super Mushak aircraft.`,
    );
    expect(suggestions).toContain(
      `${SEEDED}:28:79: suggestion: Five hundred and forty Pakistani students in Kyrgyzstan opted to return home, many on charter flights organised by Pakistani authorities.`,
    );
    // Without --suggest, the lines are the findings alone.
    const plain = await runCli(['check', SEEDED]);
    expect(plain.stdout).not.toContain('suggestion:');
  });

  it('gives Markdown with the rewritten sentence and the footnote of its record', async () => {
    const { stdout } = await runCli(['check', SEEDED, '--suggest', '--format', 'md']);
    expect(stdout).toContain(
      '  > The DG ISI visited Ashgabat from 10 to 11 July, assuring Turkmenistan that Islamabad gives the pipeline top priority.[^dg-isi-visit-turkmenistan-2024-07]',
    );
    expect(stdout).toMatch(
      /^\[\^dg-isi-visit-turkmenistan-2024-07\]: .*, ¶2: “Pakistan’s Director General ISI visited Turkmenistan on July 10-11”\.$/m,
    );
  });

  it('gives machine edits in JSON that, applied to the draft, leave no error', async () => {
    const draft = readFileSync(join(ROOT, SEEDED), 'utf8');
    const { stdout } = await runCli(['check', SEEDED, '--json']);
    const { findings } = JSON.parse(stdout) as {
      findings: {
        severity: string;
        edit?: { line: number; column: number; length: number; replacement: string };
      }[];
    };
    const edits = findings.filter((f) => f.severity === 'error').map((f) => f.edit!);
    expect(edits.every((edit) => edit !== undefined)).toBe(true);
    const starts = [0, ...[...draft.matchAll(/\n/g)].map((m) => m.index + 1)];
    let mended = draft;
    for (const edit of [...edits].sort((a, b) => b.line - a.line || b.column - a.column)) {
      const at = starts[edit.line - 1]! + edit.column - 1;
      mended = mended.slice(0, at) + edit.replacement + mended.slice(at + edit.length);
    }
    const again = await runCli(['check', '-'], {
      stdin: Object.assign(
        (async function* () {
          yield mended;
        })(),
        { isTTY: false },
      ),
    });
    expect(again.code).toBe(0);
    expect(again.stdout).not.toMatch(/ error: /);
  });
});
