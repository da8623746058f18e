import { FULL_TEXT_MODULE, openMemoryDatabase, type SqlValue } from './sqlite-engine.js';

// Tables, declared as data, written as an SQLite file: each table created with its keys, its rows
// inserted as bound values (so that nothing of the data is ever read as SQL), and a full-text
// index over the columns named, kept beside its table as an external-content FTS table, which is
// how Datasette finds it ("content=" names the table: a search box on that table's page).

export type { SqlValue };

/** A column: its name, its type, and what it is keyed to. */
export interface SqliteColumn {
  readonly name: string;
  readonly type: 'TEXT' | 'INTEGER' | 'REAL';
  /** The table's primary key (one column). */
  readonly key?: true;
  readonly required?: true;
  /** A foreign key: the table whose primary key the column holds. */
  readonly references?: string;
}

/** A table and its rows (each a value per column, in order). */
export interface SqliteTable {
  readonly name: string;
  readonly columns: readonly SqliteColumn[];
  readonly rows: readonly (readonly SqlValue[])[];
  /** A full-text index over these TEXT columns, as the table <name>_fts (the table's key must be an INTEGER). */
  readonly fullText?: readonly string[];
}

/** What the database says about itself: PRAGMA user_version, which readers check the layout by. */
export interface SqliteDocument {
  readonly tables: readonly SqliteTable[];
  readonly version: number;
}

/** How the full-text index is made: the module, and words matched by their stems, without accents. */
export const FULL_TEXT = {
  module: FULL_TEXT_MODULE,
  tokenize: 'porter unicode61 remove_diacritics 2',
} as const;

/** The SQLite file of the tables, as bytes. */
export async function sqliteFile(document: SqliteDocument): Promise<Uint8Array> {
  const db = await openMemoryDatabase();
  try {
    // SQLite's own default page (the WebAssembly build's is 8 KB, which doubles a small file).
    db.run('PRAGMA page_size = 4096');
    db.run(`PRAGMA user_version = ${Math.trunc(document.version)}`);
    for (const table of document.tables) {
      db.run(createTable(table));
      const marks = table.columns.map(() => '?').join(', ');
      db.runEach(`INSERT INTO ${name(table.name)} VALUES (${marks})`, table.rows);
      if (table.fullText) db.run(fullTextIndex(table, table.fullText));
    }
    return db.bytes();
  } finally {
    db.close();
  }
}

function createTable(table: SqliteTable): string {
  const columns = table.columns.map((column) =>
    [
      name(column.name),
      column.type,
      column.key ? 'PRIMARY KEY' : '',
      column.required ? 'NOT NULL' : '',
      column.references ? `REFERENCES ${name(column.references)}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
  return `CREATE TABLE ${name(table.name)} (\n  ${columns.join(',\n  ')}\n)`;
}

// The FTS table of a table's columns, filled from it, and merged into one b-tree (the file is read-only).
function fullTextIndex(table: SqliteTable, columns: readonly string[]): string {
  const key = table.columns.find((column) => column.key);
  if (key?.type !== 'INTEGER') throw new Error(`${table.name}: a full-text index needs an INTEGER key`);
  const fts = name(`${table.name}_fts`);
  const listed = columns.map(name).join(', ');
  const options = [
    `content=${name(table.name)}`,
    `content_rowid=${name(key.name)}`,
    `tokenize='${FULL_TEXT.tokenize}'`,
  ];
  return [
    `CREATE VIRTUAL TABLE ${fts} USING ${FULL_TEXT.module}(${listed}, ${options.join(', ')})`,
    `INSERT INTO ${fts}(rowid, ${listed}) SELECT ${name(key.name)}, ${listed} FROM ${name(table.name)}`,
    `INSERT INTO ${fts}(${fts}) VALUES ('optimize')`,
  ].join(';\n');
}

// A name quoted as an SQL identifier (the names are car-brief's own; quoted all the same).
function name(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
