import type { AccountStore, RunAccountTransaction } from './account-store.js';
import type { AuditStore } from './audit-store.js';
import type { ContentStore } from './content-store.js';
import type { EditorialStore } from './editorial-store.js';
import { seedIfEmpty } from './seed.js';
import { migrateSqlite } from './sqlite/migrate.js';
import { openSqlite } from './sqlite/open-sqlite.js';
import { SqliteAccountStore } from './sqlite/sqlite-account-store.js';
import { SqliteAuditStore } from './sqlite/sqlite-audit-store.js';
import { SqliteContentStore } from './sqlite/sqlite-content-store.js';
import { SqliteEditorialStore } from './sqlite/sqlite-editorial-store.js';

/** Every store over one database. */
export interface Stores {
  /** Published content for public reads. */
  content: ContentStore;
  editorial: EditorialStore;
  accounts: AccountStore;
  audit: AuditStore;
  accountTransaction: RunAccountTransaction;
  /** Checks the database's own integrity. */
  checkIntegrity(): Promise<string[]>;
  close(): Promise<void>;
}

export interface OpenedStore {
  stores: Stores;
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
    const content = new SqliteContentStore(db, connection);
    const seeded = options.seed === false ? false : await seedIfEmpty(content);
    const stores: Stores = {
      content,
      editorial: new SqliteEditorialStore(db),
      accounts: new SqliteAccountStore(db),
      audit: new SqliteAuditStore(db),
      accountTransaction: (work) =>
        db
          .transaction()
          .execute((trx) =>
            work({ accounts: new SqliteAccountStore(trx), audit: new SqliteAuditStore(trx) }),
          ),
      checkIntegrity: async () => {
        const rows = connection.pragma('integrity_check') as { integrity_check: string }[];
        const foreignKeys = connection.pragma('foreign_key_check') as unknown[];
        const problems = rows.map((row) => row.integrity_check).filter((result) => result !== 'ok');
        return [...problems, ...foreignKeys.map((row) => `foreign key: ${JSON.stringify(row)}`)];
      },
      close: () => content.close(),
    };
    return { stores, location: file, migrated, seeded };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
