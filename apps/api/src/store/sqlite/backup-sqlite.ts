import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { DATABASE_FILE } from './open-sqlite.js';

export interface BackupResult {
  file: string;
  bytes: number;
  /** Rows in the copy, as a check that it holds what the database held. */
  counts: { items: number; revisions: number; users: number; auditEntries: number };
}

const count = (db: SqliteDatabase.Database, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/**
 * Copies the database in `dataDir` to `destination` with SQLite's online backup, which is safe
 * while the server runs and writes: the copy is one consistent moment of the database. It is
 * written beside the destination and renamed into place only once complete and checked, so a
 * failed or interrupted backup never leaves a half-written file under the name asked for, and an
 * existing file is never overwritten.
 */
export async function backupSqlite(dataDir: string, destination: string): Promise<BackupResult> {
  const source = join(dataDir, DATABASE_FILE);
  if (!existsSync(source)) throw new Error(`There is no database at ${source}`);
  if (existsSync(destination)) {
    throw new Error(`${destination} already exists; choose another name or move it first`);
  }
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const live = new SqliteDatabase(source, { fileMustExist: true });
  try {
    await live.backup(partial);
  } finally {
    live.close();
  }
  const copy = new SqliteDatabase(partial, { fileMustExist: true });
  let counts: BackupResult['counts'];
  try {
    const problems = [
      ...(copy.pragma('integrity_check') as { integrity_check: string }[])
        .map((row) => row.integrity_check)
        .filter((result) => result !== 'ok'),
      ...(copy.pragma('foreign_key_check') as unknown[]).map((row) => JSON.stringify(row)),
    ];
    if (problems.length > 0) throw new Error(`The copy failed its check: ${problems.join('; ')}`);
    counts = {
      items: count(copy, 'content_items'),
      revisions: count(copy, 'content_revisions'),
      users: count(copy, 'users'),
      auditEntries: count(copy, 'audit_log'),
    };
  } catch (error) {
    copy.close();
    rmSync(partial, { force: true });
    throw error;
  }
  copy.close();
  renameSync(partial, destination);
  return { file: destination, bytes: statSync(destination).size, counts };
}
