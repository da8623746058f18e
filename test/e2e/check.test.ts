import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { BIN, runBin, runShell } from './spawn.js';

// check as a user runs it: the built binary, from outside the repository, a draft on stdin or in a file.
const OUTSIDE = mkdtempSync(join(tmpdir(), 'car-brief-check-e2e-'));
const where = { cwd: OUTSIDE, env: { PATH: process.env.PATH ?? '', HOME: OUTSIDE } };
const draft = (name: string) => join(ROOT, 'test/fixtures/drafts', name);

function withStdin(args: readonly string[], input: string) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, ...args], {
    ...where,
    input,
    encoding: 'utf8',
  });
  return { code: status, stdout, stderr };
}

describe('car-brief check (built binary)', () => {
  it('exits 5 when a draft disagrees, 0 when it is faithful', () => {
    expect(runBin(['check', draft('problems.md')], where).code).toBe(5);
    const faithful = runBin(['check', draft('faithful.md')], where);
    expect([faithful.code, faithful.stdout]).toEqual([0, '']);
  });

  it('reads a draft from standard input with -', () => {
    const result = withStdin(['check', '-'], readFileSync(draft('problems.md'), 'utf8'));
    expect(result.code).toBe(5);
    expect(result.stdout.split('\n')[0]).toMatch(/^<stdin>:3:5: error: "1,800 km TAPI pipeline"/);
    expect(withStdin(['check', '-'], 'The TAPI pipeline is 1,735 km long.\n').code).toBe(0);
  });

  it('reads a draft piped or redirected in when none is named (check < draft.md)', () => {
    const result = withStdin(['check'], readFileSync(draft('problems.md'), 'utf8'));
    expect(result.code).toBe(5);
    expect(result.stdout.split('\n')[0]).toMatch(/^<stdin>:3:5: error: "1,800 km TAPI pipeline"/);
    const redirected = runShell(`"$NODE" "$BIN" check < "${draft('faithful.md')}"; echo "exit $?"`, where);
    expect(redirected.stdout).toBe('exit 0\n');
    expect(redirected.stderr).toMatch(/^note: 0 errors, 0 warnings/);
  });

  it('prints JSON a tool can parse, and ends quietly in a short pipe', () => {
    const json = runBin(['check', draft('problems.md'), '--json'], where);
    expect(json.code).toBe(5);
    expect((JSON.parse(json.stdout) as { findings: unknown[] }).findings).toHaveLength(7);
    const piped = runShell(
      `"$NODE" "$BIN" check "${draft('problems.md')}" | head -1; echo "exit \${PIPESTATUS[0]}"`,
      where,
    );
    expect(piped.stdout.split('\n')).toHaveLength(3);
    expect(piped.stderr).not.toContain('EPIPE');
  });

  it('suggests the mend of each error: a sentence and its footnote in Markdown, an edit in JSON', () => {
    const md = runBin(['check', draft('seeded-ten.md'), '--suggest', '--format', 'md'], where);
    expect(md.code).toBe(5);
    expect(md.stdout).toContain(
      '  > Islamabad handed one Super Mushak to Tashkent.[^pakistan-gave-uzbekistan-super-mushak]',
    );
    expect(md.stdout).toMatch(/^\[\^pakistan-gave-uzbekistan-super-mushak\]: .*¶13/m);
    const json = runBin(['check', draft('seeded-ten.md'), '--json'], where);
    const { findings } = JSON.parse(json.stdout) as { findings: { record?: string; edit?: unknown }[] };
    expect(findings.find((f) => f.record === 'tapi-length-and-capacity')?.edit).toEqual({
      line: 3,
      column: 52,
      length: 2,
      replacement: '33',
    });
  });

  it('fails with exit 2 and one line for a missing draft', () => {
    const { code, stderr } = runBin(['check', 'missing.md'], where);
    expect([code, stderr]).toEqual([2, 'car-brief: missing.md: no such file\n']);
  });
});
