import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect } from 'kysely';
import type { Database } from '../database.js';

export const DATABASE_FILE = 'toolkit.sqlite';

/**
 * SQLite runs DDL inside transactions, but Kysely's adapter says it does not, which would leave a
 * half-applied migration behind after a failure. This adapter tells the truth.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class ToolkitSqliteDialect extends SqliteDialect {
  override createAdapter() {
    return new TransactionalDdlSqliteAdapter();
  }
}

/** Opens (creating if needed) the database file in `dataDir`, or an in-memory one for ':memory:'. */
export function openSqlite(dataDir: string): {
  db: Kysely<Database>;
  connection: SqliteDatabase.Database;
  file: string;
} {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, DATABASE_FILE);
  }
  const connection = new SqliteDatabase(file);
  connection.pragma('journal_mode = WAL');
  // FULL: a transaction reported committed survives a crash or power cut, not just a process kill.
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new ToolkitSqliteDialect({ database: connection }) });
  return { db, connection, file };
}
