import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';
import { BIN, runBin } from './spawn.js';
import { TypedShell, installed } from './typed-shell.js';

// The loop of a growing dataset typed as a writer types it, in a real bash with car-brief's own
// completion: a saved page added as a source, quote to see the span, and a claim citing it with
// --find. Tab (\t) is one key; what the keys below make is what bash ran, line for line. The
// count of keys is the figure the README gives for the loop.
const LOOP = [
  ['car-brief so\ta\tex\ts\t.\t', 'car-brief sources add examples/saved-page.html'],
  ['car-brief q\tnobody yet', 'car-brief quote nobody yet'],
  [
    'car-brief ad\tcl\t-k r\t-b "an engineer" -a r\t-f "nobody yet" "Nobody has paid for the turbines yet."',
    'car-brief add claim -k report -b "an engineer" -a ruritania -f "nobody yet" "Nobody has paid for the turbines yet."',
  ],
] as const;

describe.runIf(installed('bash') && installed('python3'))('the loop, typed in bash', () => {
  it('adds a source, shows the quote and cites it in 142 keys', { timeout: 300_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'car-brief-typing-'));
    const cwd = join(root, 'work');
    cpSync(join(ROOT, 'examples'), join(cwd, 'examples'), { recursive: true });
    const bin = join(root, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'car-brief'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
    chmodSync(join(bin, 'car-brief'), 0o755);
    const env = {
      PATH: `${bin}:/usr/local/bin:/usr/bin:/bin`,
      HOME: root,
      TERM: 'dumb',
      CAR_BRIEF_DATA: 'my-data',
      CAR_BRIEF_CACHE_DIR: join(root, 'cache'),
    };
    expect(runBin(['init', 'my-data'], { cwd, env }).code).toBe(0);
    const script = join(root, 'car-brief.bash');
    writeFileSync(script, runBin(['completion', 'bash'], { cwd, env }).stdout);

    const shell = await TypedShell.start('bash', { cwd, env });
    try {
      await shell.line(`source '${script}'`);
      await shell.line(LOOP[0][0]);
      // What the claim is about, added in between (not counted).
      await shell.line('car-brief add actor Ruritania -k group --summary "A state." -f Ruritania');
      for (const [keys] of LOOP.slice(1)) await shell.line(keys);
      await shell.line(`fc -ln -5 > '${join(root, 'history')}'`);
    } finally {
      await shell.exit();
    }
    const ran = readFileSync(join(root, 'history'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('car-brief') && !line.includes('add actor'));
    expect(ran, shell.screen).toEqual(LOOP.map(([, line]) => line));
    expect(LOOP.reduce((keys, [typed]) => keys + typed.length, 0)).toBe(142);
    const claims = parse(readFileSync(join(cwd, 'my-data/claims.yaml'), 'utf8')) as unknown[];
    expect(claims.at(-1)).toMatchObject({
      id: 'nobody-has-paid-turbines-yet',
      sources: [
        {
          source: 'ruritania-elbonia-agree-inspect-dam-2024',
          paragraph: 5,
          quote: 'Nobody has paid for the turbines yet',
        },
      ],
    });
  });
});
