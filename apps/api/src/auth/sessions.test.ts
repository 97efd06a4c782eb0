import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type SqliteDatabase from 'better-sqlite3';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../store/sqlite/open-sqlite.js';
import {
  adminRequest,
  createUser,
  sessionCookieFrom,
  signIn,
  TEST_PASSWORD,
} from '../testing/admin-client.js';
import { expectProblem } from '../testing/expect-problem.js';
import { createTestApp } from '../testing/test-app.js';
import { openTestDatabase } from '../testing/test-database.js';
import { useTestApp } from '../testing/use-test-app.js';
import { hashSessionToken } from './session-token.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const testApp = useTestApp({ config: { sessionIdleMinutes: 30, sessionMaxHours: 12 } });
let db: SqliteDatabase.Database;

beforeAll(() => {
  db = openTestDatabase(testApp, { readonly: true });
});
afterAll(() => {
  db.close();
});

const setCookieOf = (res: Response) =>
  ((res.headers['set-cookie'] as unknown as string[] | undefined) ?? []).join('\n');
const tokenOf = (cookie: string | undefined) => cookie?.split('=')[1] ?? '';
const getSession = (cookie: string | undefined) =>
  adminRequest(testApp, 'get', '/admin/auth/session', { cookie });
const sessionRows = (userId: string) =>
  db.prepare('SELECT * FROM sessions WHERE user_id = ?').all(userId) as Record<string, unknown>[];

async function expectSignedOut(cookie: string | undefined) {
  expectProblem(await getSession(cookie), 401, 'UNAUTHENTICATED');
}

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Strict, Path=/, host-only, and not Secure over http', async () => {
    const client = await signIn(testApp, await createUser(testApp, 'editor'));
    const res = await getSession(client.cookie);
    expect(res.status).toBe(200);
    const sign = await adminRequest(testApp, 'post', '/admin/auth/sign-in', {
      body: { email: client.user.email, password: TEST_PASSWORD },
    });
    const line = setCookieOf(sign);
    expect(line).toMatch(/^ptk_session=[A-Za-z0-9_-]+;/);
    expect(line).toContain('; HttpOnly');
    expect(line).toContain('; SameSite=Strict');
    expect(line).toContain('; Path=/;');
    expect(line).not.toMatch(/Secure/i);
    expect(line).not.toMatch(/Domain=/i);
    // It lasts as long as the session may, not past the absolute lifetime.
    const expires = Date.parse(line.match(/Expires=([^;]+)/)?.[1] ?? '');
    expect(expires).toBe(Math.floor(Date.parse(sign.body.expiresAt) / 1000) * 1000);
  });

  it('over https is Secure and named with the __Host- prefix', async () => {
    const origin = 'https://toolkit.example.org';
    const secureApp = await createTestApp({ publicOrigin: origin, adminOrigins: [origin] });
    try {
      const user = await createUser(secureApp, 'editor');
      const res = await adminRequest(secureApp, 'post', '/admin/auth/sign-in', {
        body: { email: user.email, password: TEST_PASSWORD },
        headers: { Origin: origin },
      });
      expect(res.status, res.text).toBe(200);
      const line = setCookieOf(res);
      expect(line).toMatch(/^__Host-ptk_session=[A-Za-z0-9_-]+;/);
      expect(line).toContain('; Secure');
      expect(line).toContain('; HttpOnly');
      expect(line).toContain('; SameSite=Strict');
      expect(line).toContain('; Path=/;');
      expect(line).not.toMatch(/Domain=/i);
      const cookie = sessionCookieFrom(res);
      const session = await adminRequest(secureApp, 'get', '/admin/auth/session', { cookie });
      expect(session.status).toBe(200);
      // A cookie without the prefix could have been planted by a sibling domain: it is ignored.
      const planted = await adminRequest(secureApp, 'get', '/admin/auth/session', {
        cookie: `ptk_session=${tokenOf(cookie)}`,
      });
      expectProblem(planted, 401, 'UNAUTHENTICATED');
    } finally {
      await secureApp.close();
    }
  });
});

describe('the session token', () => {
  it('is new at every sign-in; the old one stops working on signing in again', async () => {
    const user = await createUser(testApp, 'editor');
    const first = await signIn(testApp, user);
    const again = await adminRequest(testApp, 'post', '/admin/auth/sign-in', {
      cookie: first.cookie,
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(again.status).toBe(200);
    const second = sessionCookieFrom(again);
    expect(second).toBeDefined();
    expect(tokenOf(second)).not.toBe(tokenOf(first.cookie));
    await expectSignedOut(first.cookie);
    expect((await getSession(second)).status).toBe(200);
    expect(sessionRows(user.id)).toHaveLength(1);
  });

  it('has at least 128 random bits, and only its SHA-256 hash is stored', async () => {
    const user = await createUser(testApp, 'editor');
    const clients = [await signIn(testApp, user), await signIn(testApp, user)];
    const tokens = clients.map((client) => tokenOf(client.cookie));
    expect(new Set(tokens).size).toBe(2);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    }
    const rows = sessionRows(user.id);
    expect(rows.map((row) => row.token_hash).sort()).toEqual(
      tokens.map((token) => hashSessionToken(token)).sort(),
    );
    for (const token of tokens) {
      expect(rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(rows)).not.toContain(token);
      // Nowhere in the database file or its write-ahead log either.
      for (const file of [DATABASE_FILE, `${DATABASE_FILE}-wal`]) {
        if (!existsSync(join(testApp.dataDir, file))) continue;
        expect(readFileSync(join(testApp.dataDir, file)).includes(token)).toBe(false);
      }
    }
  });

  it('is refused when made up or tampered with', async () => {
    const client = await signIn(testApp, await createUser(testApp, 'editor'));
    const token = tokenOf(client.cookie);
    const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    await expectSignedOut(`ptk_session=${flipped}`);
    await expectSignedOut(`ptk_session=${'A'.repeat(43)}`);
    await expectSignedOut(`ptk_session=${hashSessionToken(token)}`);
    await expectSignedOut(`ptk_session=${token}${'x'.repeat(300)}`);
  });
});

describe('session lifetime', () => {
  it('ends after sessionIdleMinutes without a request', async () => {
    const user = await createUser(testApp, 'editor');
    const client = await signIn(testApp, user);
    testApp.advance(29 * MINUTE);
    expect((await getSession(client.cookie)).status).toBe(200);
    testApp.advance(30 * MINUTE);
    await expectSignedOut(client.cookie);
    expect(sessionRows(user.id)).toHaveLength(0);
  });

  it('is kept alive by activity, and says when it will go idle', async () => {
    const client = await signIn(testApp, await createUser(testApp, 'editor'));
    for (let step = 0; step < 4; step += 1) {
      testApp.advance(20 * MINUTE);
      const res = await adminRequest(testApp, 'get', '/admin/content/topics', {
        cookie: client.cookie,
      });
      expect(res.status, `after ${(step + 1) * 20} minutes`).toBe(200);
    }
    const info = await getSession(client.cookie);
    const idleIn = Date.parse(info.body.idleExpiresAt) - testApp.now();
    expect(idleIn).toBeGreaterThan(29 * MINUTE);
    expect(idleIn).toBeLessThanOrEqual(30 * MINUTE);
    testApp.advance(31 * MINUTE);
    await expectSignedOut(client.cookie);
  });

  it('ends after sessionMaxHours however active it is', async () => {
    const client = await signIn(testApp, await createUser(testApp, 'editor'));
    const first = await getSession(client.cookie);
    const signedInAt = Date.parse(first.body.idleExpiresAt) - 30 * MINUTE;
    expect(Date.parse(first.body.expiresAt) - signedInAt).toBe(12 * HOUR);
    let elapsed = 0;
    while (elapsed + 25 * MINUTE < 12 * HOUR) {
      testApp.advance(25 * MINUTE);
      elapsed += 25 * MINUTE;
      expect((await getSession(client.cookie)).status, `after ${elapsed / MINUTE} min`).toBe(200);
    }
    testApp.advance(25 * MINUTE);
    await expectSignedOut(client.cookie);
  });
});

describe('signing out', () => {
  it('ends the session on the server, so a copy of the old cookie no longer works', async () => {
    const user = await createUser(testApp, 'editor');
    const client = await signIn(testApp, user);
    const res = await client.send('post', '/admin/auth/sign-out');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ signedOut: true });
    expect(setCookieOf(res)).toMatch(/^ptk_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(sessionRows(user.id)).toHaveLength(0);
    await expectSignedOut(client.cookie);
    expectProblem(await client.send('get', '/admin/content/topics'), 401, 'UNAUTHENTICATED');
  });
});

describe('a user who must change their password', () => {
  it('can reach only the session, sign-out and change-password routes until they do', async () => {
    const user = await createUser(testApp, 'publisher', { mustChangePassword: true });
    const client = await signIn(testApp, user);
    const session = await getSession(client.cookie);
    expect(session.body.user.mustChangePassword).toBe(true);

    const blocked: [Parameters<typeof client.send>[0], string][] = [
      ['get', '/admin/content/topics'],
      ['get', '/admin/content/topics/x/revisions'],
      ['post', '/admin/content/topics'],
      ['post', '/admin/auth/second-factor/setup'],
      ['post', '/admin/auth/second-factor/disable'],
    ];
    for (const [method, path] of blocked) {
      const problem = expectProblem(await client.send(method, path, {}), 403, 'FORBIDDEN');
      expect(problem.detail, `${method} ${path}`).toBe('Change your password to continue.');
    }

    const changed = await client.send('post', '/admin/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'amber-quarry-nightjar-7',
    });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.user.mustChangePassword).toBe(false);
    const cookie = sessionCookieFrom(changed);
    const after = await adminRequest(testApp, 'get', '/admin/content/topics', { cookie });
    expect(after.status).toBe(200);
  });
});
