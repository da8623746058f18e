import { describe, expect, it } from 'vitest';
import { sqliteFile, type SqliteTable } from '../../src/output/sqlite.js';
import { openMemoryDatabase } from '../../src/output/sqlite-engine.js';

// The SQLite export's parts: tables written to an SQLite file and read
// back from its bytes.

describe('sqliteFile', { timeout: 60_000 }, () => {
  const people: SqliteTable = {
    name: 'people',
    columns: [
      { name: 'id', type: 'TEXT', key: true },
      { name: 'name', type: 'TEXT', required: true },
      { name: 'age', type: 'INTEGER' },
    ],
    rows: [
      ['ada', 'Ada Vance', 52],
      ['bobby', "Robert'); DROP TABLE people; --", null],
    ],
  };
  const notes: SqliteTable = {
    name: 'notes',
    columns: [
      { name: 'id', type: 'INTEGER', key: true },
      { name: 'person', type: 'TEXT', references: 'people' },
      { name: 'text', type: 'TEXT' },
    ],
    rows: [
      [1, 'ada', 'She visited Strelsau in June.'],
      [2, 'bobby', 'Café Zenda hosts the dam conference.'],
    ],
    fullText: ['text'],
  };

  it('writes tables that read back row for row, values bound as data, never run as SQL', async () => {
    const db = await openMemoryDatabase(await sqliteFile({ tables: [people, notes], version: 3 }));
    expect(db.all('SELECT * FROM people')).toEqual([
      { id: 'ada', name: 'Ada Vance', age: 52 },
      { id: 'bobby', name: "Robert'); DROP TABLE people; --", age: null },
    ]);
    expect(db.all('PRAGMA user_version')).toEqual([{ user_version: 3 }]);
    expect(db.all('PRAGMA page_size')).toEqual([{ page_size: 4096 }]);
    expect(db.all('PRAGMA foreign_key_check')).toEqual([]);
    expect(db.all('PRAGMA foreign_key_list(notes)')).toMatchObject([{ table: 'people', from: 'person' }]);
    expect(db.all("SELECT name FROM pragma_table_info('people') WHERE pk = 1")).toEqual([{ name: 'id' }]);
    db.close();
  });

  it('indexes the columns named for full-text search, by stem and without accents, as Datasette finds it', async () => {
    const db = await openMemoryDatabase(await sqliteFile({ tables: [people, notes], version: 1 }));
    const match = (words: string) =>
      db.all('SELECT person FROM notes WHERE id IN (SELECT rowid FROM notes_fts(?))', [words]);
    expect(match('visits')).toEqual([{ person: 'ada' }]);
    expect(match('cafe')).toEqual([{ person: 'bobby' }]);
    expect(match('treaty')).toEqual([]);
    // Datasette's test for a table's search box: an FTS table whose content= names it.
    const fts = db.all(
      `SELECT name FROM sqlite_master WHERE rootpage = 0 AND sql LIKE '%VIRTUAL TABLE%USING FTS%content="notes"%'`,
    );
    expect(fts).toEqual([{ name: 'notes_fts' }]);
    db.close();
  });

  it('refuses a full-text index on a table without an INTEGER key', async () => {
    await expect(sqliteFile({ tables: [{ ...people, fullText: ['name'] }], version: 1 })).rejects.toThrow(
      /INTEGER key/,
    );
  });
});
