import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from './spawn.js';

// export sqlite with the built binary (SQLite's WebAssembly build loaded from node_modules by the
// bundle), from a directory outside the repository; the file is read back by the sqlite3 program
// where one is installed: another SQLite than the one that wrote it.

const sqlite3 = spawnSync('sqlite3', ['-version']).status === 0;

describe('export sqlite, built', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'car-brief-e2e-export-'));
  const env = { PATH: process.env.PATH ?? '', HOME: cwd };
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      cwd,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('writes an SQLite file and prints only what it wrote, as JSON', () => {
    const exported = run(['export', 'sqlite', 'brief.db', '--json']);
    expect([exported.code, exported.stderr]).toEqual([0, '']);
    const result = JSON.parse(exported.stdout) as { tables: Record<string, number>; bytes: number };
    expect(result.tables).toMatchObject({ sources: 1, claims: 111 });
    const file = readFileSync(join(cwd, 'brief.db'));
    expect(file.length).toBe(result.bytes);
    expect(file.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(readdirSync(cwd)).toEqual(['brief.db']);
  }, 180_000);

  it.skipIf(!sqlite3)('is read by the sqlite3 program: counts, and a full-text query', () => {
    const query = (sql: string) =>
      spawnSync('sqlite3', ['-readonly', join(cwd, 'brief.db'), sql], { encoding: 'utf8' }).stdout.trim();
    expect(query('PRAGMA integrity_check')).toBe('ok');
    expect(query('SELECT count(*) FROM claims')).toBe('111');
    expect(
      query(
        "SELECT record_id FROM search WHERE field = 'statement' AND id IN (SELECT rowid FROM search_fts('cubic'))",
      ),
    ).toBe('tapi-length-and-capacity');
  });

  it('refuses standard output with exit 2, printing nothing on it', () => {
    const refused = run(['export', 'sqlite', '-']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^car-brief: export sqlite writes a binary file/);
  });
});
