import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadEnv } from './env.js';
import { SECRETS_KEY_FILE } from './store/secrets-key.js';
import { backupSqlite } from './store/sqlite/backup-sqlite.js';

// A consistent copy of the database, safe to take while the API runs:
//   npm run backup [-- file]     (from the repository, on the data folder `npm start` uses)
// Without a file it writes DATA_DIR/backups/toolkit-<UTC time>.sqlite.

const config = loadEnv();
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z');
// A file named on the command line is taken from where the command was typed (INIT_CWD, which
// npm and pnpm set), not from the package folder they run scripts in.
const given = process.argv[2];
const destination = given
  ? resolve(process.env.INIT_CWD ?? process.cwd(), given)
  : join(config.dataDir, 'backups', `toolkit-${stamp}.sqlite`);
mkdirSync(dirname(destination), { recursive: true });
try {
  const result = await backupSqlite(config.dataDir, destination);
  const { items, revisions, users, auditEntries } = result.counts;
  console.log(
    `Backed up ${config.dataDir} to ${result.file} (${Math.round(result.bytes / 1024)} KB): ` +
      `${items} items, ${revisions} revisions, ${users} users, ${auditEntries} audit entries.`,
  );
  if (!config.secretsKey) {
    console.log(
      `Two-step verification secrets in it open only with ${join(config.dataDir, SECRETS_KEY_FILE)}: keep a copy of that key too, apart from the backup.`,
    );
  }
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
