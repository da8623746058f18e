import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyDataset, edit } from '../helpers.js';
import { BIN } from './spawn.js';
import { TypedShell, installed, type InteractiveShell } from './typed-shell.js';

// A dataset's names completed in real interactive shells, as a person would: type the first two
// letters, Tab, Enter. Each name carries shell syntax (command substitution, separators,
// redirections, quotes, history and tilde expansion) or a glob that matches files in the working
// directory. On Enter the shell parses the completed line: the word it hands car-brief must be
// the name offered, letter for letter, and nothing may have run (no file "pwned" appears).
const NAMES = [
  'Qa$(>pwned)',
  'Qb`>pwned`',
  'Qc;>pwned',
  'Qd&&>pwned',
  'Qe|>pwned',
  'Qf>pwned',
  'Qg $(>pwned) `>pwned`',
  'Qh<pwned',
  'Qi(x)',
  'Qj&',
  'Qk*',
  'Ql?',
  'Qm[ab]',
  'Qn{x,y}',
  "Qo'single",
  'Qp"double',
  'Qq\\back',
  'Qr!bang !!',
  'Qs #hash',
  'Qt~tilde',
  'Qu$HOME${HOME}',
  'Qv%job^caret',
  'Qw:colon=equals,comma',
  'Qx Türkiye',
];
// Files each glob above would expand to, were it left unquoted.
const GLOB_BAIT = ['Qk-file', 'Ql1', 'Qma', 'Qnx', 'Qny'];

const root = mkdtempSync(join(tmpdir(), 'car-brief-hostile-completion-'));
const data = copyDataset();
const yamlList = NAMES.map((name) => JSON.stringify(name)).join(', ');
edit(
  data,
  'actors.yaml',
  'aliases: [Ruritanian, Kingdom of Ruritania]',
  `aliases: [Ruritanian, ${yamlList}]`,
);
const bin = join(root, 'bin');
mkdirSync(bin);
// car-brief on the PATH: completion goes to the real binary; any other run only records the
// words it was given (NUL after each, a newline after each run).
writeFileSync(
  join(bin, 'car-brief'),
  `#!/bin/sh
if [ "$1" = __complete ]; then exec '${process.execPath}' '${BIN}' "$@"; fi
for word in "$@"; do printf '%s\\0' "$word"; done >> "$CALLS"
printf '\\n' >> "$CALLS"
`,
);
chmodSync(join(bin, 'car-brief'), 0o755);

const ENV = {
  PATH: `${bin}:/usr/local/bin:/usr/bin:/bin`,
  HOME: root,
  TERM: 'dumb',
  XDG_CONFIG_HOME: join(root, 'config'),
  XDG_DATA_HOME: join(root, 'share'),
  CAR_BRIEF_CACHE_DIR: join(root, 'cache'),
};

// The lines each shell needs before Tab completes car-brief: its completion system, the script.
function setup(shell: InteractiveShell, script: string): string[] {
  if (shell === 'zsh') return ['autoload -Uz compinit && compinit -u -D', `source '${script}'`];
  return [`source '${script}'`];
}

// Completes every name in a fresh working directory and returns what each Enter ran with.
async function completeEveryName(shell: InteractiveShell): Promise<{ runs: string[][]; cwd: string }> {
  const cwd = mkdtempSync(join(root, `${shell}-`));
  for (const file of GLOB_BAIT) writeFileSync(join(cwd, file), '');
  const script = join(root, `car-brief.${shell}`);
  writeFileSync(script, execFileSync(process.execPath, [BIN, 'completion', shell], { encoding: 'utf8' }));
  const calls = join(cwd, '..', `${shell}.calls`);
  writeFileSync(calls, '');
  const typed = await TypedShell.start(shell, { cwd, env: { ...ENV, CALLS: calls } });
  try {
    for (const line of setup(shell, script)) await typed.line(line);
    for (const name of NAMES) await typed.line(`car-brief --data ${data} country ${name.slice(0, 2)}\t`);
  } finally {
    await typed.exit();
  }
  const runs = readFileSync(calls, 'utf8')
    .split('\n')
    .filter((run) => run !== '')
    .map((run) => run.split('\0').slice(0, -1));
  return { runs, cwd };
}

describe.concurrent.each(['bash', 'zsh', 'fish'] as const)(
  '%s completion of names carrying shell syntax',
  (shell) => {
    it(
      'inserts each name so that Enter passes it as one word, and nothing runs',
      { timeout: 240_000 },
      async (ctx) => {
        ctx.skip(!installed(shell), `${shell} is not installed`);
        const { runs, cwd } = await completeEveryName(shell);
        expect(runs.map((run) => run.slice(3))).toEqual(NAMES.map((name) => [name]));
        expect(runs.every((run) => run.slice(0, 3).join(' ') === `--data ${data} country`)).toBe(true);
        expect(readdirSync(cwd).sort()).toEqual([...GLOB_BAIT].sort());
      },
    );
  },
);
