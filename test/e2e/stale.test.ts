import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, runShell, type Surroundings } from './spawn.js';

// stale and --as-of run as a user runs them: the built binary, from outside the repository,
// today fixed by CAR_BRIEF_TODAY.
const OUTSIDE: Surroundings = {
  cwd: mkdtempSync(join(tmpdir(), 'car-brief-stale-')),
  env: {
    PATH: process.env.PATH ?? '',
    HOME: mkdtempSync(join(tmpdir(), 'car-brief-stale-home-')),
    LANG: 'C.UTF-8',
    CAR_BRIEF_TODAY: '2026-12-07',
  },
};

describe('car-brief stale, the built binary', () => {
  it('answers in JSON as of today and as of a date, and in TSV through cut', () => {
    const now = runBin(['stale', '--json'], OUTSIDE);
    expect({ code: now.code, stderr: now.stderr }).toEqual({ code: 0, stderr: '' });
    const items = JSON.parse(now.stdout) as { id: string; collection: string; since: string }[];
    expect(items.filter((i) => i.collection === 'events').map((i) => i.id)).toEqual([
      'dg-isi-planned-visit-kazakhstan-uzbekistan',
      'coas-munir-planned-visit-central-asia',
      'air-chief-sidhu-planned-visit-central-asia',
    ]);
    expect(JSON.parse(runBin(['stale', '--as-of', '2024-08-01', '--json'], OUTSIDE).stdout)).toEqual([]);
    const cut = runShell('"$NODE" "$BIN" stale | cut -f1,3 | head -2', OUTSIDE);
    expect(cut.stdout).toBe('since\tid\n2025-02-01\tdg-isi-planned-visit-kazakhstan-uzbekistan\n');
    const within = runShell('"$NODE" "$BIN" timeline --within 2024-07 | cut -f1,16', OUTSIDE);
    expect(within.stdout).toBe('date\tprecision\n2024-07\tmonth\n2024-07-10/2024-07-11\tinterval\n');
    const bad = runBin(['stale', '--as-of', 'tomorrow'], OUTSIDE);
    expect({ code: bad.code, stdout: bad.stdout }).toEqual({ code: 2, stdout: '' });
  }, 120_000);
});
