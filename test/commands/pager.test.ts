import { appendFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { pagerCommand, screenRows } from '../../src/output/pager.js';
import { Buffer, ROOT, TEST_CACHE } from '../helpers.js';

// The pager runs through the shell; a pager of `cat > file` shows what it was given.

/** A terminal of the given size: stdout is a TTY, as a real one is. */
class Terminal extends Buffer {
  readonly isTTY = true;
  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    super();
  }
}

async function onTerminal(
  argv: string[],
  env: NodeJS.ProcessEnv,
  size: { columns: number; rows: number } = { columns: 100, rows: 24 },
  /** stderr writes to the same terminal, as it does when nothing is redirected: one text, in order. */
  oneScreen = false,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Terminal(size.columns, size.rows);
  const stderr = oneScreen ? stdout : new Buffer();
  const code = await main(argv, {
    stdout,
    stderr,
    env: { CAR_BRIEF_CACHE_DIR: TEST_CACHE, NO_COLOR: '1', PATH: process.env.PATH, ...env },
    cwd: ROOT,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function pagerFile(): { file: string; command: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'car-brief-pager-')), 'paged');
  return { file, command: `cat > '${file}'` };
}

describe('the pager', () => {
  it('pages output longer than the screen through $CAR_BRIEF_PAGER, and prints nothing itself', async () => {
    const { file, command } = pagerFile();
    const paged = await onTerminal(['claims'], { CAR_BRIEF_PAGER: command, PAGER: 'false' });
    const printed = await onTerminal(['claims', '--no-pager'], { CAR_BRIEF_PAGER: command });
    expect(paged.code).toBe(0);
    expect(paged.stdout).toBe('');
    expect(screenRows(printed.stdout, 100)).toBeGreaterThan(24);
    expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
  });

  it('runs the pager string as a shell command, as git does, and help safety says so', async () => {
    const { file } = pagerFile();
    // A pipe and a redirection: only a shell makes these work.
    const run = await onTerminal(['claims'], { CAR_BRIEF_PAGER: `tr a-z A-Z | head -n 1 > '${file}'` });
    expect(run.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toMatch(/^[^a-z]+\n$/);
    const help = (await onTerminal(['help', 'safety', '--no-pager'], {})).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('The pager is a shell command, as git');
    expect(help).toContain('CAR_BRIEF_PAGER and PAGER run with sh -c');
  });

  it('uses $PAGER when $CAR_BRIEF_PAGER is not set', async () => {
    const { file, command } = pagerFile();
    const run = await onTerminal(['claims'], { PAGER: command });
    expect(run.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toContain('pakistan-trains-central-asian-forces');
  });

  it('prints output that fits the screen without a pager', async () => {
    const { file, command } = pagerFile();
    const run = await onTerminal(['countries'], { CAR_BRIEF_PAGER: command }, { columns: 160, rows: 50 });
    expect(run.stdout).toContain('uzbekistan');
    expect(existsSync(file)).toBe(false);
  });

  it('is off with --no-pager, CAR_BRIEF_PAGER= or cat, and in a pipe', async () => {
    const { file, command } = pagerFile();
    for (const [argv, env] of [
      [['claims', '--no-pager'], { CAR_BRIEF_PAGER: command }],
      [['claims'], { CAR_BRIEF_PAGER: '', PAGER: command }],
      [['claims'], { CAR_BRIEF_PAGER: 'cat' }],
    ] as const) {
      const run = await onTerminal([...argv], env);
      expect(run.stdout).toContain('pakistan-trains-central-asian-forces');
    }
    const stdout = new Buffer();
    await main(['claims'], {
      stdout,
      stderr: new Buffer(),
      env: { CAR_BRIEF_CACHE_DIR: TEST_CACHE, CAR_BRIEF_PAGER: command },
      cwd: ROOT,
    });
    expect(stdout.text).toContain('pakistan-trains-central-asian-forces');
    expect(existsSync(file)).toBe(false);
  });

  it('writes notes after the pager has shown the output, where it cannot hide them', async () => {
    const { file, command } = pagerFile();
    const log = `${file}.log`;
    // The pager and stderr write to one log, so that their order shows.
    const stderr = new (class extends Buffer {
      override write(chunk: string): boolean {
        appendFileSync(log, `stderr: ${chunk}`);
        return super.write(chunk);
      }
    })();
    const stdout = new Terminal(100, 24);
    const code = await main(['claims', '--country', 'tajikstan'], {
      stdout,
      stderr,
      env: {
        CAR_BRIEF_CACHE_DIR: TEST_CACHE,
        NO_COLOR: '1',
        PATH: process.env.PATH,
        CAR_BRIEF_PAGER: `${command}; echo paged >> '${log}'`,
      },
      cwd: ROOT,
    });
    expect(code).toBe(0);
    expect(stdout.text).toBe('');
    expect(readFileSync(file, 'utf8')).toContain('pakistan-tajikistan-trust-deficit');
    expect(readFileSync(log, 'utf8')).toMatch(/^paged\nstderr: note: "tajikstan" taken as/);
  });

  it('prints notes after the output that fits, as it does after paged output', async () => {
    const { file, command } = pagerFile();
    const run = await onTerminal(
      ['timeline', '--country', 'kazakhtan'],
      { CAR_BRIEF_PAGER: command },
      { columns: 160, rows: 50 },
      true,
    );
    expect(run.stdout).toContain('Kazakhstan');
    expect(run.stdout).toMatch(/\nnote: "kazakhtan" taken as [^\n]*\n$/);
    expect(run.stdout.indexOf('note:')).toBeGreaterThan(run.stdout.indexOf('Kazakhstan'));
    expect(existsSync(file)).toBe(false);
  });

  it('falls back to printing, with a note, when the pager is not installed', async () => {
    const run = await onTerminal(['claims'], { CAR_BRIEF_PAGER: 'no-such-pager-here -R' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('pakistan-trains-central-asian-forces');
    expect(run.stderr).toMatch(/^note: pager no-such-pager-here not found; printing instead/);
  });

  it('falls back to printing when the shell cannot run the pager', async () => {
    const run = await onTerminal(['claims'], { CAR_BRIEF_PAGER: 'exec /no/such/pager' });
    expect(run.stdout).toContain('pakistan-trains-central-asian-forces');
    expect(run.stderr).toContain('could not run; printing instead');
  });

  it('shows what a failing command wrote before its error, then the error', async () => {
    const { file, command } = pagerFile();
    const run = await onTerminal(['country', 'atlantis'], { CAR_BRIEF_PAGER: command });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('car-brief:');
    expect(existsSync(file)).toBe(false);
  });
});

describe('pagerCommand and screenRows', () => {
  it('chooses $CAR_BRIEF_PAGER, then $PAGER, then less -FRX; empty or cat is off', () => {
    expect(pagerCommand({})).toBe('less -FRX');
    expect(pagerCommand({ PAGER: 'more' })).toBe('more');
    expect(pagerCommand({ PAGER: 'more', CAR_BRIEF_PAGER: 'most' })).toBe('most');
    expect(pagerCommand({ PAGER: 'more', CAR_BRIEF_PAGER: '' })).toBeUndefined();
    expect(pagerCommand({ PAGER: ' cat ' })).toBeUndefined();
  });

  it('counts the rows a text takes, long lines wrapping and colour not counted', () => {
    expect(screenRows('a\nb\n', 80)).toBe(2);
    expect(screenRows('x'.repeat(81) + '\n', 80)).toBe(2);
    expect(screenRows('\x1b[1m' + 'x'.repeat(80) + '\x1b[22m\n\n', 80)).toBe(2);
  });
});
