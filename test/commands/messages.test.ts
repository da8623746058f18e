import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

describe('help', () => {
  it.each([
    ['country', '--help'],
    ['help', 'country'],
    ['--data', 'data', 'timeline', '-h'],
    ['events', '--help'],
  ])('is printed for a command that exists: %s %s', async (...argv) => {
    const result = await runCli(argv);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: car-brief (country|timeline|events)/);
  });

  it('for a command that does not exist is a usage error that names it, with a suggestion', async () => {
    expect(await runCli(['bogus', '--help'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "car-brief: unknown command 'bogus'; car-brief --help lists the commands\n",
    });
    // After help, a help topic may be meant too.
    expect(await runCli(['help', 'bogus'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "car-brief: unknown command or help topic 'bogus'; car-brief --help lists them\n",
    });
    const near = await runCli(['help', 'countri']);
    expect(near.stderr).toContain(`unknown command or help topic 'countri' (did you mean "country"?)`);
    // A topic the word begins wins a tie, and is offered even when far by edits.
    expect((await runCli(['help', 'date'])).stderr).toContain('(did you mean "dates"?)');
    expect((await runCli(['help', 'exit'])).stderr).toContain('(did you mean "exit-codes"?)');
  });
});

describe('version and usage errors', () => {
  it('-v, -V and --version print the version', async () => {
    for (const flag of ['-v', '-V', '--version']) {
      const result = await runCli([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
  });

  it("starts every usage error with car-brief:, commander's own included, and exits 2", async () => {
    for (const argv of [
      ['countri'],
      ['country', '--bogus'],
      ['timeline', '--limit'],
      ['country', 'uzbekistan', '--format', 'xml'],
      ['country'],
    ]) {
      const result = await runCli(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).toMatch(/^car-brief: [^\n]+\n$/);
    }
  });
});

describe('an empty result on a terminal', () => {
  it('says what matched nothing; in a pipe, the header alone says it', async () => {
    const tty = await runCli(['timeline', '--country', 'kazakhstan', '--type', 'sale'], { tty: true });
    expect(tty).toEqual({
      code: 0,
      stdout: '',
      stderr: 'note: no events match --country kazakhstan --type sale\n',
    });
    const claims = await runCli(
      ['claims', '--country', 'kazakhstan', '--kind', 'report', '--tag', 'defence'],
      {
        tty: true,
      },
    );
    expect(claims.stderr).toBe('note: no claims match --country kazakhstan --tag defence --kind report\n');
    const piped = await runCli(['timeline', '--country', 'kazakhstan', '--type', 'sale']);
    expect(piped.stderr).toBe('');
    expect(piped.stdout.split('\n')).toHaveLength(2);
  });
});

describe('--color', () => {
  it('always: colour and the brief even in a pipe, for `| less -R`', async () => {
    const piped = await runCli(['country', 'uzbekistan', '--color=always']);
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith('\u001b[1mUzbekistan\u001b[22m')).toBe(true);
    const tsv = await runCli(['country', 'uzbekistan', '--color', 'always', '--format', 'tsv']);
    expect(tsv.stdout.startsWith('date\tsection')).toBe(true);
  });

  it('never, --no-color: none on a terminal; a bad value is a usage error', async () => {
    for (const flags of [['--color=never'], ['--no-color'], ['--color', 'never']]) {
      const { stdout } = await runCli(['country', 'uzbekistan', ...flags], { tty: true });
      expect(stdout.startsWith('Uzbekistan'), flags.join(' ')).toBe(true);
      expect(stdout).not.toContain('\u001b[');
    }
    const bad = await runCli(['countries', '--color=sometimes']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Allowed choices are always, never, auto');
  });
});

describe('a list cut by --limit', () => {
  it('says how much was left out, on stderr, and --limit 0 shows all', async () => {
    const cut = await runCli(['search', 'pakistan']);
    const all = await runCli(['search', 'pakistan', '--limit', '0']);
    const total = all.stdout.trimEnd().split('\n').length - 1;
    expect(total).toBeGreaterThan(10);
    expect(cut.stdout.trimEnd().split('\n')).toHaveLength(11);
    expect(cut.stderr).toBe(`note: showing 10 of ${total} matches; --limit 0 for all\n`);
    expect(all.stderr).toBe('');
    const nothing = await runCli(['search', 'qqqzzz'], { tty: true });
    expect(nothing.stderr).toBe('note: nothing mentions: qqqzzz\n');
  });
});

describe('names and dates as people type and scripts read them', () => {
  it('takes a country name of several words unquoted, as show does', async () => {
    const unquoted = await runCli(['country', 'Kyrgyz', 'Republic', '--json']);
    expect(unquoted.code, unquoted.stderr).toBe(0);
    expect(unquoted.stdout).toBe((await runCli(['country', 'Kyrgyz Republic', '--json'])).stdout);
  });

  it('gives JSON and ndjson events the first and last ISO day of their date, as TSV has', async () => {
    const events = JSON.parse((await runCli(['timeline', '--json'])).stdout) as Record<string, unknown>[];
    expect(events[0]).toMatchObject({ date: '199X', start: '1990-01-01', end: '1999-12-31' });
    const open = events.find((event) => String(event.date).endsWith('/..'));
    expect(open).toMatchObject({ end: null });
    const line = JSON.parse((await runCli(['timeline', '--format', 'ndjson'])).stdout.split('\n')[0]!);
    expect(line).toMatchObject({ date: '199X', start: '1990-01-01', end: '1999-12-31' });
  });
});

describe('--tag resolves as names do', () => {
  it('takes a clear misspelling with a note, and refuses a tag nothing has with suggestions', async () => {
    const defense = await runCli(['claims', '--tag', 'defense', '--json']);
    expect(defense.code).toBe(0);
    expect(defense.stderr).toBe('note: "defense" taken as defence\n');
    expect(defense.stdout).toBe((await runCli(['claims', '--tag', 'defence', '--json'])).stdout);
    const bogus = await runCli(['claims', '--tag', 'bogus']);
    expect(bogus.code).toBe(4);
    expect(bogus.stderr.split('\n')[0]).toBe('car-brief: no record has the tag "bogus"');
    const near = await runCli(['timeline', '--tag', 'diplomatic']);
    expect(near.code).toBe(4);
    expect(near.stderr).toContain('did you mean diplomacy?');
  });
});
