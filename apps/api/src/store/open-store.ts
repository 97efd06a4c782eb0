import type { ContentStore } from './content-store.js';
import { seedIfEmpty } from './seed.js';
import { migrateSqlite } from './sqlite/migrate.js';
import { openSqlite } from './sqlite/open-sqlite.js';
import { SqliteContentStore } from './sqlite/sqlite-content-store.js';

export interface OpenedStore {
  store: ContentStore;
  /** Where the data lives, for the start-up message. */
  location: string;
  migrated: string[];
  seeded: boolean;
}

/** Opens the database, applies pending migrations and seeds an empty database. */
export async function openStore(options: {
  dataDir: string;
  seed?: boolean;
}): Promise<OpenedStore> {
  const { db, connection, file } = openSqlite(options.dataDir);
  try {
    const migrated = await migrateSqlite(db);
    const store = new SqliteContentStore(db, connection);
    const seeded = options.seed === false ? false : await seedIfEmpty(store);
    return { store, location: file, migrated, seeded };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
