import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import { DATABASE_FILE } from './sqlite/open-sqlite.js';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'toolkit-sealing-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** What a copy of the database file alone shows. */
function storedSecret(): string | null {
  const db = new SqliteDatabase(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (
      db.prepare("SELECT totp_secret FROM users WHERE id = 'u1'").get() as {
        totp_secret: string | null;
      }
    ).totp_secret;
  } finally {
    db.close();
  }
}

async function storeWithUser(secretsKey?: Buffer) {
  const { stores } = await openStore({ dataDir, seed: false, secretsKey });
  await stores.accounts.createUser({
    id: 'u1',
    email: 'ada@example.org',
    displayName: 'Ada',
    role: 'editor',
    passwordHash: 'hash',
    mustChangePassword: false,
    now: '2026-01-01T00:00:00.000Z',
  });
  return stores;
}

it('keeps TOTP secrets sealed in the database and gives them back in clear', async () => {
  const stores = await storeWithUser();
  await stores.accounts.updateUser('u1', { totpSecret: SECRET }, '2026-01-01T00:00:00.000Z');
  expect((await stores.accounts.findUserById('u1'))?.totp_secret).toBe(SECRET);
  expect((await stores.accounts.findUserByEmail('ada@example.org'))?.totp_secret).toBe(SECRET);
  await stores.close();
  const stored = storedSecret();
  expect(stored).toMatch(/^v1\./);
  expect(stored).not.toContain(SECRET);
  // The default key lives in the data folder, so the next start opens the same secrets.
  const reopened = await openStore({ dataDir, seed: false });
  expect((await reopened.stores.accounts.findUserById('u1'))?.totp_secret).toBe(SECRET);
  await reopened.stores.close();
});

it('seals a secret left in clear by an older version at the next start', async () => {
  const stores = await storeWithUser();
  await stores.close();
  const db = new SqliteDatabase(join(dataDir, DATABASE_FILE));
  db.prepare("UPDATE users SET totp_secret = ? WHERE id = 'u1'").run(SECRET);
  db.close();
  const reopened = await openStore({ dataDir, seed: false });
  expect(storedSecret()).toMatch(/^v1\./);
  expect((await reopened.stores.accounts.findUserById('u1'))?.totp_secret).toBe(SECRET);
  await reopened.stores.close();
});

it('refuses to start with a key other than the one the secrets were sealed with', async () => {
  const key = randomBytes(32);
  const stores = await storeWithUser(key);
  await stores.accounts.updateUser('u1', { totpSecret: SECRET }, '2026-01-01T00:00:00.000Z');
  await stores.close();
  await expect(openStore({ dataDir, seed: false, secretsKey: randomBytes(32) })).rejects.toThrow(
    /do not open with this secrets key/,
  );
  const again = await openStore({ dataDir, seed: false, secretsKey: key });
  expect((await again.stores.accounts.findUserById('u1'))?.totp_secret).toBe(SECRET);
  await again.stores.close();
});
