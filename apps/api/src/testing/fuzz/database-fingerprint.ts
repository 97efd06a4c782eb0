import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { openTestDatabase } from '../test-database.js';

/**
 * Tables that refused requests legitimately write: a failed sign-in is audited and counted for
 * throttling, and resolving a session may touch or expire it. Content, users and settings are
 * never among them. What the fuzz wrote to these is checked on its own at the end.
 */
const WRITTEN_BY_REFUSED_REQUESTS = new Set(['audit_log', 'sign_in_throttle', 'sessions']);

/**
 * A hash of the schema and of every row of every table, shadow tables of the search index
 * included, but for the tables above (and their autoincrement counters in sqlite_sequence).
 */
export function fingerprintDatabase(db: Database.Database): string {
  const hash = createHash('sha256');
  const objects = db
    .prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name')
    .all() as { type: string; name: string }[];
  hash.update(JSON.stringify(objects));
  hash.update(String(db.pragma('user_version', { simple: true })));
  for (const { name } of objects.filter((object) => object.type === 'table')) {
    if (WRITTEN_BY_REFUSED_REQUESTS.has(name)) continue;
    const rows = db
      .prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`)
      .raw()
      .all()
      .filter(
        (cells) =>
          name !== 'sqlite_sequence' ||
          !WRITTEN_BY_REFUSED_REQUESTS.has(String((cells as unknown[])[0])),
      );
    hash.update(`\n${name} ${rows.length}\n`);
    for (const row of rows.map((cells) => JSON.stringify(cells)).sort()) hash.update(`${row}\n`);
  }
  return hash.digest('hex');
}

/** Reads the database through a read-only connection of its own, closed afterwards. */
export function readDatabase<T>(dataDir: string, read: (db: Database.Database) => T): T {
  const db = openTestDatabase({ dataDir }, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export const readFingerprint = (dataDir: string) => readDatabase(dataDir, fingerprintDatabase);

/** What the excluded tables held: the sessions by token, and the newest audit entry. */
export function readSessionsAndAudit(dataDir: string) {
  return readDatabase(dataDir, (db) => ({
    sessions: (
      db.prepare('SELECT token_hash, user_id, stage FROM sessions').raw().all() as string[][]
    )
      .map((row) => row.join(' '))
      .sort(),
    lastAuditId: (db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number | null) ?? 0,
  }));
}
