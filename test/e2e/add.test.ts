import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { BIN, runBin } from './spawn.js';
import { installed } from './typed-shell.js';

// The writer's loop with the built binary, from a directory outside the repository: a source
// added, a quote found, an actor and a claim added by flags, a second source cited for the claim;
// and the claim written in $EDITOR on a real terminal (a pseudo-terminal from python3's pty), the
// editor a script that saves a bad quote first and a good one after.

const TIMEOUT = 180_000;
const PAGE = 'ruritania-elbonia-agree-inspect-dam-2024';

/** A working directory with the examples and a dataset started in my-data, the saved page added. */
function started(): { cwd: string; env: Record<string, string> } {
  const cwd = mkdtempSync(join(tmpdir(), 'car-brief-e2e-add-record-'));
  cpSync(join(ROOT, 'examples'), join(cwd, 'examples'), { recursive: true });
  const env = { PATH: process.env.PATH ?? '', HOME: cwd, CAR_BRIEF_CACHE_DIR: join(cwd, 'cache') };
  expect(runBin(['init', 'my-data'], { cwd, env }).code).toBe(0);
  expect(runBin(['sources', 'add', 'examples/saved-page.html', '--data', 'my-data'], { cwd, env }).code).toBe(
    0,
  );
  return { cwd, env };
}

describe('add, built', () => {
  it(
    'adds an actor and a claim by flags, cites a second source for the claim, and fact shows both',
    () => {
      const where = started();
      const run = (...args: string[]) => runBin([...args, '--data', 'my-data'], where);
      const [best] = JSON.parse(run('quote', PAGE, 'nobody paid turbines', '--json').stdout) as {
        quote: string;
      }[];
      expect(best!.quote).toBe('Nobody has paid for the turbines');
      const actor = run(
        'add',
        'actor',
        ...['--name', 'Dam project', '--kind', 'project', '--summary', 'A dam two states inspect.'],
        ...['--source', PAGE, '--quote', 'joint inspections of the dam project'],
      );
      expect([actor.code, actor.stdout]).toEqual([0, 'dam-project\n']);
      const claim = run(
        'add',
        'claim',
        ...[
          '--statement',
          'Nobody has paid for the turbines.',
          '--kind',
          'report',
          '--attribution',
          'an engineer',
        ],
        ...['--about', 'dam-project', '--source', PAGE, '--quote', best!.quote, '--json'],
      );
      expect(claim.code).toBe(0);
      const { id } = JSON.parse(claim.stdout) as { id: string };
      expect(id).toBe('nobody-has-paid-turbines');
      const wire = run(
        ...['sources', 'add', 'examples/wire-dam.txt', '--title', 'Dam wire', '--published', '2024-03-14'],
      );
      expect(wire.code).toBe(0);
      const cited = run(
        'add',
        'citation',
        id,
        '--source',
        'dam-wire-2024',
        '--quote',
        'No one has paid for the turbines yet',
      );
      expect([cited.code, cited.stdout]).toEqual([0, `${id}\n`]);
      const fact = run('fact', 'turbines');
      expect(fact.stdout).toBe(
        'Nobody has paid for the turbines. (according to an engineer) — Ruritania and Elbonia agree to inspect the dam, ¶5; Dam wire, ¶2\n',
      );
      expect(run('validate').code).toBe(0);
    },
    TIMEOUT,
  );

  // The editor, a node script: the first save a quote that is not verbatim, the second the right one.
  const EDITOR = `
    const fs = require('node:fs');
    const [file] = process.argv.slice(2);
    const counter = process.env.EDITOR_COUNTER;
    const n = (fs.existsSync(counter) ? Number(fs.readFileSync(counter, 'utf8')) : 0) + 1;
    fs.writeFileSync(counter, String(n));
    fs.writeFileSync(counter + '.' + n, fs.readFileSync(file, 'utf8'));
    const quote = n === 1 ? 'nobody paid for the turbines' : 'Nobody has paid for the turbines';
    fs.writeFileSync(file, [
      'statement: Nobody has paid for the turbines.',
      'kind: report',
      'attribution: an engineer',
      'about: [Dam project]',
      'sources:',
      '  - source: ${PAGE}',
      '    quote: ' + quote,
      '',
    ].join('\\n'));
  `;

  it.skipIf(!installed('python3'))(
    'writes a claim in $EDITOR on a terminal, reopened once on a bad quote; its id still captured by $(…)',
    () => {
      const where = started();
      const actor = [
        ...['add', 'actor', '--data', 'my-data', '--name', 'Dam project', '--kind', 'project'],
        ...['--summary', 'A dam.', '--source', PAGE, '--quote', 'joint inspections of the dam project'],
      ];
      expect(runBin(actor, where).code).toBe(0);
      writeFileSync(join(where.cwd, 'editor.cjs'), EDITOR);
      const counter = join(where.cwd, 'runs');
      const env = {
        ...where.env,
        TERM: 'xterm',
        VISUAL: `${process.execPath} ${join(where.cwd, 'editor.cjs')}`,
        EDITOR_COUNTER: counter,
      };
      // A terminal's standard input and error, and standard output captured, as id=$(car-brief add claim) does.
      const line = `id=$("${process.execPath}" "${BIN}" add claim --data my-data); echo "exit=$? id=$id"`;
      const PTY = 'import pty, sys; sys.exit(pty.spawn(sys.argv[1:]) >> 8)';
      const run = spawnSync('python3', ['-c', PTY, 'sh', '-c', line], {
        cwd: where.cwd,
        env,
        input: '',
        encoding: 'utf8',
        timeout: TIMEOUT,
      });
      const screen = run.stdout;
      expect(screen, screen).toContain('exit=0 id=nobody-has-paid-turbines');
      expect(readFileSync(counter, 'utf8')).toBe('2');
      expect(readFileSync(`${counter}.2`, 'utf8')).toContain(
        `#   sources[0].quote: not verbatim in any paragraph of ${PAGE}; did you mean ¶5: "Nobody has paid for the turbines"?`,
      );
      const claims = readFileSync(join(where.cwd, 'my-data/claims.yaml'), 'utf8');
      expect(claims).toContain('- id: nobody-has-paid-turbines\n');
      expect(existsSync(join(where.cwd, 'my-data/new-claim.yaml'))).toBe(false);
      expect(runBin(['validate', '--data', 'my-data'], where).code).toBe(0);
    },
    TIMEOUT,
  );
});
