import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { DATABASE_FILE } from '../store/sqlite/open-sqlite.js';
import type { TestApp } from './test-app.js';

/** A connection of its own to the test app's SQLite file, for what the API cannot show. Close it. */
export function openTestDatabase(
  testApp: Pick<TestApp, 'dataDir'>,
  options: SqliteDatabase.Options = {},
): SqliteDatabase.Database {
  return new SqliteDatabase(join(testApp.dataDir, DATABASE_FILE), options);
}
