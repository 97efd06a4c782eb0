// npm run backup [-- file]: a consistent copy of the database that `npm start` uses, safe to take
// while it runs. Without a file it goes to data/backups/toolkit-<UTC time>.sqlite.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'apps/api/dist/backup.js');
if (!existsSync(entry)) {
  console.error('The API is not built yet: run `npm start` (or `pnpm build`) first.');
  process.exit(1);
}
// The same default folder as `npm start`.
process.env.DATA_DIR ??= join(root, 'data');
await import(pathToFileURL(entry).href);
