import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/dataset.js';
import { openMemoryDatabase, type MemoryDatabase } from '../../src/output/sqlite-engine.js';
import { BUILTIN, MINI, copyDataset, edit, load, runCli } from '../helpers.js';

// export sqlite, run in-process into a scratch directory, and the file read back: a row per
// record, citation and figure, the support of each record, a full-text index that finds a claim by
// a word of its statement; and the refusals that leave the target as it was.

const scratch = () => mkdtempSync(join(tmpdir(), 'car-brief-export-'));
const exportTo = (cwd: string, ...args: string[]) => runCli(['export', 'sqlite', ...args], { cwd });
const readBack = async (path: string) => openMemoryDatabase(readFileSync(path));
const count = (db: MemoryDatabase, table: string) =>
  db.all(`SELECT count(*) AS n FROM "${table}"`)[0]!.n as number;

/** The rows each table should have: a record, a citation, a figure, a record that cites. */
function expectedCounts(dataset: Dataset): Record<string, number> {
  const citing = [...dataset.actors, ...dataset.events, ...dataset.issues, ...dataset.claims];
  return {
    sources: dataset.sources.length,
    actors: dataset.actors.length,
    events: dataset.events.length,
    issues: dataset.issues.length,
    claims: dataset.claims.length,
    citations: citing.reduce((n, record) => n + record.sources.length, 0),
    figures: dataset.claims.reduce((n, claim) => n + claim.figures.length, 0),
    support: citing.length,
  };
}

// The claims the full-text index finds by these words, in the statements.
const claimsMatching = (db: MemoryDatabase, words: string) =>
  db
    .all(
      `SELECT record_id FROM search WHERE collection = 'claims' AND field = 'statement'
         AND id IN (SELECT rowid FROM search_fts(?)) ORDER BY record_id`,
      [words],
    )
    .map((row) => row.record_id);

// (SQLite's WebAssembly build is compiled on first use: generous time on a loaded machine)
describe('export sqlite', { timeout: 60_000 }, () => {
  it('writes the built-in data: a row per record, citation and figure, and an FTS5 index', async () => {
    const cwd = scratch();
    const { code, stdout, stderr } = await exportTo(cwd, 'brief.db');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^wrote brief\.db \(\d+ KB\): 11 tables, rows:\n {2}dataset {2,}\d+\n/);
    expect(stdout).toMatch(/\n {2}claims +111\n[^]*\nfull-text index: search_fts \(FTS5\)\n$/);
    const dataset = await load(BUILTIN);
    const db = await readBack(join(cwd, 'brief.db'));
    for (const [table, n] of Object.entries(expectedCounts(dataset))) expect(count(db, table), table).toBe(n);
    // "billion cubic metres": one claim's statement says it.
    expect(claimsMatching(db, 'cubic')).toEqual(['tapi-length-and-capacity']);
    expect(db.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(db.all('PRAGMA foreign_key_check')).toEqual([]);
    expect(db.all('PRAGMA user_version')).toEqual([{ user_version: 1 }]);
    db.close();
  });

  it('keeps each record whole in json, its fields in columns, its citations with their quotes', async () => {
    const cwd = scratch();
    expect((await runCli(['--data', MINI, 'export', 'sqlite', 'mini.db'], { cwd })).code).toBe(0);
    const dataset = await load(MINI);
    const db = await readBack(join(cwd, 'mini.db'));
    for (const [table, n] of Object.entries(expectedCounts(dataset))) expect(count(db, table), table).toBe(n);
    for (const claim of dataset.claims) {
      const [row] = db.all('SELECT * FROM claims WHERE id = ?', [claim.id]);
      expect(JSON.parse(row!.json as string)).toEqual(claim);
      expect(row).toMatchObject({ statement: claim.statement, kind: claim.kind });
      expect(JSON.parse(row!.about as string)).toEqual(claim.about);
    }
    expect(db.all("SELECT source_id, paragraph, quote FROM citations WHERE record_id = 'dam-size'")).toEqual([
      { source_id: 'test-note', paragraph: 4, quote: '240 km upstream and would store 3 bcm' },
    ]);
    expect(db.all("SELECT value, unit, of FROM figures WHERE claim_id = 'dam-size' ORDER BY value")).toEqual([
      { value: 3, unit: 'bcm', of: 'storage' },
      { value: 240, unit: 'km', of: 'distance upstream' },
    ]);
    expect(
      db.all("SELECT field, target_id, target_collection FROM record_links WHERE record_id = 'dam-size'"),
    ).toEqual([
      { field: 'about', target_id: 'dam-project', target_collection: 'actors' },
      { field: 'about', target_id: 'ruritania', target_collection: 'actors' },
    ]);
    expect(claimsMatching(db, 'doomed')).toEqual(['dam-doomed']);
    expect(claimsMatching(db, 'upstream')).toEqual(['dam-size']);
    expect(db.all("SELECT value FROM dataset WHERE key = 'exported_by'")[0]!.value).toMatch(/^car-brief /);
    db.close();
  });

  it('counts a source that only repeats another as no independent support', async () => {
    const data = copyDataset();
    writeFileSync(join(data, 'texts/wire.txt'), 'The dam would store 3 bcm of water.\n');
    appendFileSync(
      join(data, 'sources.yaml'),
      [
        '- id: wire-copy',
        '  kind: article',
        '  label: A copy of the note',
        '  title: null',
        '  author: null',
        '  publisher: null',
        '  published: 2024',
        '  published_basis: stated',
        '  derived_from: test-note',
        '  text: texts/wire.txt',
        '',
      ].join('\n'),
    );
    edit(
      data,
      'claims.yaml',
      '    - { source: test-note, paragraph: 4, quote: "240 km upstream and would store 3 bcm" }',
      '    - { source: test-note, paragraph: 4, quote: "240 km upstream and would store 3 bcm" }\n' +
        '    - { source: wire-copy, paragraph: 1, quote: "store 3 bcm" }',
    );
    const cwd = scratch();
    const { code, stderr } = await runCli(['--data', data, 'export', 'sqlite', 'wire.db'], { cwd });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const db = await readBack(join(cwd, 'wire.db'));
    expect(db.all("SELECT * FROM support WHERE record_id IN ('dam-size', 'dam-doomed') ORDER BY 1")).toEqual([
      { record_id: 'dam-doomed', collection: 'claims', sources: 1, independent: 1, latest: '2023' },
      { record_id: 'dam-size', collection: 'claims', sources: 2, independent: 1, latest: '2024' },
    ]);
    expect(db.all("SELECT derived_from FROM sources WHERE id = 'wire-copy'")).toEqual([
      { derived_from: 'test-note' },
    ]);
    db.close();
  });

  it('says what it wrote in JSON', async () => {
    const cwd = scratch();
    const { code, stdout } = await runCli(['--data', MINI, 'export', 'sqlite', 'mini.db', '--json'], { cwd });
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(result).toMatchObject({
      file: 'mini.db',
      replaced: false,
      layout: 1,
      fullText: { table: 'search_fts', module: 'fts5' },
      tables: { sources: 1, actors: 5, events: 3, issues: 1, claims: 2 },
    });
    expect(result.bytes).toBe(readFileSync(join(cwd, 'mini.db')).length);
  });

  it('refuses to replace a file without --force, and replaces it whole with it, leaving nothing beside it', async () => {
    const cwd = scratch();
    writeFileSync(join(cwd, 'brief.db'), 'not yet a database');
    const refused = await runCli(['--data', MINI, 'export', 'sqlite', 'brief.db'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('car-brief: brief.db exists: --force replaces it\n');
    expect(readFileSync(join(cwd, 'brief.db'), 'utf8')).toBe('not yet a database');
    const forced = await runCli(['--data', MINI, 'export', 'sqlite', 'brief.db', '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/^replaced brief\.db /);
    expect(readFileSync(join(cwd, 'brief.db')).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(readdirSync(cwd)).toEqual(['brief.db']);
  });

  it('refuses standard output, a directory, a missing directory and no name, writing nothing (exit 2)', async () => {
    const cwd = scratch();
    mkdirSync(join(cwd, 'site'));
    for (const [file, message] of [
      ['-', 'export sqlite writes a binary file, not standard output: give a file name (brief.db)'],
      ['site', 'site is a directory: give a file name inside it (brief.db)'],
      ['public/brief.db', 'public/brief.db: no such directory public'],
      [' ', 'export sqlite needs a file name (brief.db)'],
    ]) {
      const { code, stdout, stderr } = await exportTo(cwd, file!);
      expect(code, file).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`car-brief: ${message}\n`);
    }
    expect(readdirSync(cwd)).toEqual(['site']);
    expect(readdirSync(join(cwd, 'site'))).toEqual([]);
  });

  it('writes nothing from an invalid dataset (exit 3)', async () => {
    const data = copyDataset();
    edit(data, 'claims.yaml', 'kind: report', 'kind: rumour');
    const cwd = scratch();
    const { code } = await runCli(['--data', data, 'export', 'sqlite', 'bad.db'], { cwd });
    expect(code).toBe(3);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('export', () => {
  it('lists what it exports, and refuses a verb it does not have', async () => {
    const listed = await runCli(['export']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(
      /^car-brief export sqlite <file>\n {4}write the dataset to an SQLite file: [^\n]+\n$/,
    );
    // On a terminal, what it writes is wrapped at words, under the command.
    const screen = await runCli(['export'], { tty: true, columns: 40 });
    const lines = screen.stdout.split('\n').slice(1, -1);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).toMatch(/^ {4}\S.{0,35}\S$/);
    const unknown = await runCli(['export', 'sqlit']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      `car-brief: export has no verb 'sqlit' (did you mean "sqlite"?); its verbs: sqlite\n`,
    );
  });
});
