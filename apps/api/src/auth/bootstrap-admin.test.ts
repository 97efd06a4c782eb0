import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { DATABASE_FILE } from '../store/sqlite/open-sqlite.js';
import { adminRequest, sessionCookieFrom } from '../testing/admin-client.js';
import { expectProblem } from '../testing/expect-problem.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { bootstrapAdmin } from './bootstrap-admin.js';
import { verifyPassword } from './passwords.js';

const EMAIL = 'owner@example.org';
const now = () => new Date().toISOString();

let testApp: TestApp | undefined;
afterEach(async () => {
  await testApp?.close();
  testApp = undefined;
});

async function freshApp() {
  testApp = await createTestApp();
  return testApp;
}

const signInAs = (app: TestApp, email: string, password: string) =>
  adminRequest(app, 'post', '/admin/auth/sign-in', { body: { email, password } });

/** Every byte SQLite holds for the app: the database file and its write-ahead log. */
function databaseBytes(app: TestApp): Buffer {
  const files = [DATABASE_FILE, `${DATABASE_FILE}-wal`].map((file) => join(app.dataDir, file));
  return Buffer.concat(files.filter((file) => existsSync(file)).map((file) => readFileSync(file)));
}

function auditText(app: TestApp): string {
  const db = new SqliteDatabase(join(app.dataDir, DATABASE_FILE), { readonly: true });
  try {
    return JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
  } finally {
    db.close();
  }
}

describe('the first start, with no users', () => {
  it('creates one admin with the configured password, who can sign in at once', async () => {
    const app = await freshApp();
    const result = await bootstrapAdmin(
      app.stores.accounts,
      { email: EMAIL, password: 'lantern orchard whistle meadow' },
      now(),
    );
    expect(result).toEqual({ email: EMAIL, generatedPassword: undefined });
    expect(await app.stores.accounts.countUsers()).toBe(1);
    const user = await app.stores.accounts.findUserByEmail(EMAIL);
    expect(user).toMatchObject({ role: 'admin', must_change_password: 0, disabled_at: null });
    expect(user?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,/);
    expect(databaseBytes(app).includes('lantern orchard whistle meadow')).toBe(false);

    const res = await signInAs(app, EMAIL, 'lantern orchard whistle meadow');
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      stage: 'signed-in',
      user: { role: 'admin', mustChangePassword: false },
    });
    const users = await adminRequest(app, 'get', '/admin/users', {
      cookie: sessionCookieFrom(res),
    });
    expect(users.status).toBe(200);
  });

  it('generates a password when none is configured: shown once, stored only as argon2id, to be changed', async () => {
    const app = await freshApp();
    const result = await bootstrapAdmin(
      app.stores.accounts,
      { email: EMAIL, password: undefined },
      now(),
    );
    const generated = result?.generatedPassword ?? '';
    expect(generated).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const user = await app.stores.accounts.findUserByEmail(EMAIL);
    expect(user?.must_change_password).toBe(1);
    expect(user?.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user?.password_hash ?? '', generated)).toBe(true);

    const signedIn = await signInAs(app, EMAIL, generated);
    expect(signedIn.status, signedIn.text).toBe(200);
    expect(signedIn.body.user.mustChangePassword).toBe(true);
    const cookie = sessionCookieFrom(signedIn);
    const blocked = await adminRequest(app, 'get', '/admin/users', { cookie });
    expectProblem(blocked, 403, 'FORBIDDEN');

    const changed = await adminRequest(app, 'post', '/admin/auth/password', {
      cookie,
      body: { currentPassword: generated, newPassword: 'harbour-moss-copper-19' },
    });
    expect(changed.status, changed.text).toBe(200);
    const users = await adminRequest(app, 'get', '/admin/users', {
      cookie: sessionCookieFrom(changed),
    });
    expect(users.status).toBe(200);

    // The audit log recorded the sign-in and the change, but neither password.
    const audit = auditText(app);
    expect(audit).toContain('password.change');
    expect(audit).not.toContain(generated);
    expect(audit).not.toContain('harbour-moss-copper-19');
    expect(databaseBytes(app).includes(generated)).toBe(false);
    expect(databaseBytes(app).includes('harbour-moss-copper-19')).toBe(false);
  });

  it.each([
    ['a common password', 'password123'],
    ['a common password in capitals', 'QWERTY123'],
    ['the email address', EMAIL],
  ])('refuses %s as ADMIN_PASSWORD, creating no one', async (_label, password) => {
    const app = await freshApp();
    await expect(
      bootstrapAdmin(app.stores.accounts, { email: EMAIL, password }, now()),
    ).rejects.toThrow(/ADMIN_PASSWORD is not acceptable/);
    expect(await app.stores.accounts.countUsers()).toBe(0);
  });
});

describe('a later start', () => {
  it('creates nothing and changes no one’s password, once any user exists', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'toolkit-bootstrap-'));
    try {
      const first = await openStore({ dataDir, seed: false });
      const created = await bootstrapAdmin(
        first.stores.accounts,
        { email: EMAIL, password: 'lantern orchard whistle meadow' },
        now(),
      );
      expect(created?.email).toBe(EMAIL);
      await first.stores.close();

      const second = await openStore({ dataDir, seed: false });
      try {
        for (const config of [
          { email: EMAIL, password: 'a-different-password-77' },
          { email: 'someone.else@example.org', password: undefined },
        ]) {
          expect(await bootstrapAdmin(second.stores.accounts, config, now())).toBeUndefined();
        }
        expect(await second.stores.accounts.countUsers()).toBe(1);
        const user = await second.stores.accounts.findUserByEmail(EMAIL);
        expect(
          await verifyPassword(user?.password_hash ?? '', 'lantern orchard whistle meadow'),
        ).toBe(true);
        expect(
          await second.stores.accounts.findUserByEmail('someone.else@example.org'),
        ).toBeUndefined();
      } finally {
        await second.stores.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
