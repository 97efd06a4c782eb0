import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Database } from '../database.js';
import { sqliteMigrations } from './migrations/index.js';

/**
 * Applies every pending migration in one transaction. If any fails, none of this run's
 * migrations stay applied and the error is thrown.
 */
export async function migrateSqlite(
  db: Kysely<Database>,
  migrations: Record<string, Migration> = sqliteMigrations,
): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration "${failed}" failed; the database is unchanged`, {
      cause: error,
    });
  }
  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}
