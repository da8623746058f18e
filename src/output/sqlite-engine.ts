// SQLite itself, as the export uses it: a database in memory, made and then serialised to the
// bytes of a file. The engine is SQLite's official WebAssembly build (@sqlite.org/sqlite-wasm):
// no native addon, no install script, FTS5 built in. It is loaded by the first call, so that no
// other command pays for it; this module is the one place that knows its API (a later engine,
// such as node:sqlite once Node 22 is the floor, replaces this file alone).

import type sqlite3InitModule from '@sqlite.org/sqlite-wasm';

type Init = typeof sqlite3InitModule;
type Sqlite3Static = Awaited<ReturnType<Init>>;
type Database = InstanceType<Sqlite3Static['oo1']['DB']>;

/** A value of an SQLite cell, as car-brief writes and reads them. */
export type SqlValue = string | number | null;

/** The full-text module the engine has (the export's FTS table uses it). */
export const FULL_TEXT_MODULE = 'fts5';

/** A database held in memory. */
export interface MemoryDatabase {
  /** Runs statements that return nothing (CREATE, PRAGMA, INSERT … SELECT). */
  run(sql: string): void;
  /** Runs one statement once per row of values, all in one transaction. */
  runEach(sql: string, rows: readonly (readonly SqlValue[])[]): void;
  /** The rows a query returns, as objects by column name. */
  all(sql: string, values?: readonly SqlValue[]): Record<string, SqlValue>[];
  /** The database as the bytes of an SQLite file. */
  bytes(): Uint8Array;
  close(): void;
}

let engine: Promise<Sqlite3Static> | undefined;

// The engine, loaded once. It would log to the console (and so into car-brief's output): its
// messages are dropped, since every failure also throws, with the same message, to the caller.
function loadEngine(): Promise<Sqlite3Static> {
  engine ??= (async () => {
    const quiet = () => {};
    const global = globalThis as { sqlite3ApiConfig?: object };
    global.sqlite3ApiConfig = { log: quiet, debug: quiet, warn: quiet, error: quiet };
    const loaded: { default: unknown } = await import('@sqlite.org/sqlite-wasm');
    // In the bundle, import() is require(), which gives the ES module's namespace as its default.
    const init: Init =
      typeof loaded.default === 'function'
        ? (loaded.default as Init)
        : (loaded.default as { default: Init }).default;
    return init({ print: quiet, printErr: quiet });
  })();
  return engine;
}

/** Opens a database in memory: empty, or holding the SQLite file given as bytes. */
export async function openMemoryDatabase(file?: Uint8Array): Promise<MemoryDatabase> {
  const sqlite3 = await loadEngine();
  const db = new sqlite3.oo1.DB(':memory:', 'c');
  if (file) load(sqlite3, db, file);
  return {
    run: (sql) => void db.exec(sql),
    runEach: (sql, rows) =>
      db.transaction(() => {
        const statement = db.prepare(sql);
        try {
          for (const row of rows) statement.bind([...row]).stepReset();
        } finally {
          statement.finalize();
        }
      }),
    all: (sql, values = []) =>
      db.selectObjects(sql, values.length > 0 ? [...values] : undefined) as Record<string, SqlValue>[],
    bytes: () => sqlite3.capi.sqlite3_js_db_export(db),
    close: () => db.close(),
  };
}

// Puts the file's bytes in the database's place (SQLite's own deserialize, on a copy in its memory).
function load(sqlite3: Sqlite3Static, db: Database, file: Uint8Array): void {
  const { capi, wasm } = sqlite3;
  // (a plain Uint8Array: the engine sizes its copy by the array's constructor, which a Buffer is not)
  const pointer = wasm.allocFromTypedArray(new Uint8Array(file.buffer, file.byteOffset, file.length));
  const flags = capi.SQLITE_DESERIALIZE_FREEONCLOSE | capi.SQLITE_DESERIALIZE_RESIZEABLE;
  db.checkRc(capi.sqlite3_deserialize(db, 'main', pointer, file.length, file.length, flags));
}
