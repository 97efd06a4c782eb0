import { randomBytes } from 'node:crypto';
import type { AccountStore, RunAccountTransaction } from './account-store.js';
import type { AuditStore } from './audit-store.js';
import type { ContentStore } from './content-store.js';
import type { EditorialStore } from './editorial-store.js';
import { createSecretBox, SECRETS_KEY_BYTES } from './secret-box.js';
import { loadOrCreateSecretsKey } from './secrets-key.js';
import { seedIfEmpty } from './seed.js';
import { migrateSqlite } from './sqlite/migrate.js';
import { openSqlite } from './sqlite/open-sqlite.js';
import { sealTotpSecrets } from './sqlite/seal-totp-secrets.js';
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

/**
 * Opens the database, applies pending migrations and seeds an empty database. Secrets in it are
 * sealed with `secretsKey`, or by default with the key in `dataDir`/secrets.key (created on first
 * start; an in-memory database gets a key for this process only).
 */
export async function openStore(options: {
  dataDir: string;
  seed?: boolean;
  secretsKey?: Buffer | undefined;
}): Promise<OpenedStore> {
  const { db, connection, file } = openSqlite(options.dataDir);
  try {
    const key =
      options.secretsKey ??
      (options.dataDir === ':memory:'
        ? randomBytes(SECRETS_KEY_BYTES)
        : loadOrCreateSecretsKey(options.dataDir));
    const box = createSecretBox(key);
    const migrated = await migrateSqlite(db);
    await sealTotpSecrets(db, box);
    const content = new SqliteContentStore(db, connection);
    const seeded = options.seed === false ? false : await seedIfEmpty(content);
    const stores: Stores = {
      content,
      editorial: new SqliteEditorialStore(db),
      accounts: new SqliteAccountStore(db, box),
      audit: new SqliteAuditStore(db),
      accountTransaction: (work) =>
        db
          .transaction()
          .execute((trx) =>
            work({ accounts: new SqliteAccountStore(trx, box), audit: new SqliteAuditStore(trx) }),
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
