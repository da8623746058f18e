import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPARE_COLUMNS } from '../../src/views/brief/compare.js';
import { runBin, runShell, type Surroundings } from './spawn.js';

// compare run as a user runs it: the built binary, from a directory outside the repository, in
// pipes to the tools its examples name.
const OUTSIDE: Surroundings = {
  cwd: mkdtempSync(join(tmpdir(), 'car-brief-compare-')),
  env: {
    PATH: process.env.PATH ?? '',
    HOME: mkdtempSync(join(tmpdir(), 'car-brief-compare-home-')),
    LANG: 'C.UTF-8',
  },
};

describe('car-brief compare, the built binary', () => {
  it('answers in JSON, in TSV cut by column, and ends quietly in a closed pipe', () => {
    const json = runBin(['compare', 'UZ', 'Kyrgyz', 'Republic', '--json'], OUTSIDE);
    expect({ code: json.code, stderr: json.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(json.stdout).map((item: { id: string }) => item.id)).toEqual([
      'uzbekistan',
      'kyrgyzstan',
    ]);
    const cut = runShell('"$NODE" "$BIN" compare uzbekistan,tashkent,ashgabat | cut -f1,13', OUTSIDE);
    expect(cut.stdout.split('\n')[0]).toBe(`${COMPARE_COLUMNS[0]}\t${COMPARE_COLUMNS[12]}`);
    expect(
      cut.stdout
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t')[0]),
    ).toEqual(['uzbekistan', 'turkmenistan']);
    expect(cut.stderr).toBe('note: Uzbekistan named more than once; compared once\n');
    const head = runShell(
      '"$NODE" "$BIN" compare kazakhstan kyrgyzstan tajikistan turkmenistan uzbekistan | head -1; echo "${PIPESTATUS[0]}"',
      OUTSIDE,
    );
    expect(head).toEqual({ code: 0, stdout: `${COMPARE_COLUMNS.join('\t')}\n0\n`, stderr: '' });
  });

  it('exits 4 for an unknown country and 2 for one country, with one line and no trace', () => {
    const unknown = runBin(['compare', 'uzbekistan', 'narnia'], OUTSIDE);
    expect({ code: unknown.code, stdout: unknown.stdout }).toEqual({ code: 4, stdout: '' });
    expect(unknown.stderr).toMatch(/^car-brief: no country called "narnia"\n/);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
    const one = runBin(['compare', 'uzbekistan'], OUTSIDE);
    expect(one).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'car-brief: compare needs two countries or more, e.g. car-brief compare uzbekistan kazakhstan\n',
    });
  });
});
