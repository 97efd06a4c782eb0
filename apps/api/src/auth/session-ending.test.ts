import type SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminRequest,
  createUser,
  sessionCookieFrom,
  signIn,
  TEST_PASSWORD,
} from '../testing/admin-client.js';
import { expectProblem } from '../testing/expect-problem.js';
import { openTestDatabase } from '../testing/test-database.js';
import { useAdminTestApp } from '../testing/use-test-app.js';
import { editUser } from '../testing/user-edits.js';

const { testApp, admin } = useAdminTestApp({ roles: ['admin'] });
let db: SqliteDatabase.Database;

beforeAll(() => {
  db = openTestDatabase(testApp);
});
afterAll(() => {
  db.close();
});

const sessionCount = (userId: string) =>
  (db.prepare('SELECT count(*) AS n FROM sessions WHERE user_id = ?').get(userId) as { n: number })
    .n;
const isSignedIn = async (cookie: string | undefined) => {
  const res = await adminRequest(testApp, 'get', '/admin/content/topics', { cookie });
  if (res.status !== 401) expect(res.status, res.text).toBe(200);
  else expectProblem(res, 401, 'UNAUTHENTICATED');
  return res.status === 200;
};

/** A user signed in from two browsers. */
async function twoBrowsers(role: 'editor' | 'publisher' = 'editor') {
  const user = await createUser(testApp, role);
  const browsers = [await signIn(testApp, user), await signIn(testApp, user)] as const;
  expect(sessionCount(user.id)).toBe(2);
  for (const browser of browsers) expect(await isSignedIn(browser.cookie)).toBe(true);
  return { user, browsers };
}

describe('changing one’s password', () => {
  it('ends every other session of the user and gives this browser a new token', async () => {
    const { user, browsers } = await twoBrowsers();
    const [here, elsewhere] = browsers;
    const res = await here.send('post', '/admin/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'amber-quarry-nightjar-7',
    });
    expect(res.status, res.text).toBe(200);
    const rotated = sessionCookieFrom(res);
    expect(rotated).toBeDefined();
    expect(rotated).not.toBe(here.cookie);
    expect(await isSignedIn(here.cookie)).toBe(false);
    expect(await isSignedIn(elsewhere.cookie)).toBe(false);
    expect(await isSignedIn(rotated)).toBe(true);
    expect(sessionCount(user.id)).toBe(1);

    const oldPassword = await adminRequest(testApp, 'post', '/admin/auth/sign-in', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expectProblem(oldPassword, 401, 'UNAUTHENTICATED');
    await signIn(testApp, user, 'amber-quarry-nightjar-7');
  });

  it('is refused, ending nothing, when the current password is wrong', async () => {
    const { user, browsers } = await twoBrowsers();
    const res = await browsers[0].send('post', '/admin/auth/password', {
      currentPassword: 'not-my-password',
      newPassword: 'amber-quarry-nightjar-7',
    });
    expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(sessionCount(user.id)).toBe(2);
    expect(await isSignedIn(browsers[1].cookie)).toBe(true);
  });
});

describe('an admin', () => {
  it('disabling a user ends their sessions, and re-enabling does not revive them', async () => {
    const { user, browsers } = await twoBrowsers();
    const res = await editUser(admin, user.id, { disabled: true });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ disabled: true, activeSessions: 0 });
    expect(sessionCount(user.id)).toBe(0);
    for (const browser of browsers) expect(await isSignedIn(browser.cookie)).toBe(false);

    const signInDisabled = await adminRequest(testApp, 'post', '/admin/auth/sign-in', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expectProblem(signInDisabled, 401, 'UNAUTHENTICATED');

    const enabled = await editUser(admin, user.id, { disabled: false });
    expect(enabled.status).toBe(200);
    for (const browser of browsers) expect(await isSignedIn(browser.cookie)).toBe(false);
  });

  it('ending a user’s sessions signs them out everywhere', async () => {
    const { user, browsers } = await twoBrowsers();
    const res = await admin.send('post', `/admin/users/${user.id}/end-sessions`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.activeSessions).toBe(0);
    for (const browser of browsers) expect(await isSignedIn(browser.cookie)).toBe(false);
    const [entry] = (await admin.send('get', '/admin/audit')).body.items;
    expect(entry).toMatchObject({ action: 'user.sessions-ended', targetId: user.id });
  });

  it('changing a user’s role ends their sessions; changing only their name does not', async () => {
    const { user, browsers } = await twoBrowsers('publisher');
    const renamed = await editUser(admin, user.id, { displayName: 'Renamed' });
    expect(renamed.status).toBe(200);
    for (const browser of browsers) expect(await isSignedIn(browser.cookie)).toBe(true);

    const demoted = await editUser(admin, user.id, { role: 'editor' });
    expect(demoted.status).toBe(200);
    expect(sessionCount(user.id)).toBe(0);
    for (const browser of browsers) expect(await isSignedIn(browser.cookie)).toBe(false);
  });

  it('resetting a user’s password ends their sessions', async () => {
    const { user, browsers } = await twoBrowsers();
    const res = await admin.send('post', `/admin/users/${user.id}/password-reset`);
    expect(res.status, res.text).toBe(200);
    for (const browser of browsers) expect(await isSignedIn(browser.cookie)).toBe(false);
    const temporary = await signIn(testApp, user, res.body.temporaryPassword);
    const session = await temporary.send('get', '/admin/auth/session');
    expect(session.body.user.mustChangePassword).toBe(true);
  });
});

describe('a session whose user is gone or disabled', () => {
  it('stops working at once when the user is disabled, even if its row was left behind', async () => {
    const { user, browsers } = await twoBrowsers();
    // Disabled without the route that also ends sessions, as a restore or a bug might leave it.
    db.prepare('UPDATE users SET disabled_at = ? WHERE id = ?').run(
      new Date().toISOString(),
      user.id,
    );
    expect(sessionCount(user.id)).toBe(2);
    for (const browser of browsers) expect(await isSignedIn(browser.cookie)).toBe(false);
    expect(sessionCount(user.id)).toBe(0);
    db.prepare('UPDATE users SET disabled_at = NULL WHERE id = ?').run(user.id);
    for (const browser of browsers) expect(await isSignedIn(browser.cookie)).toBe(false);
  });

  it('stops working when the user is deleted, even with an orphaned row', async () => {
    const { user, browsers } = await twoBrowsers();
    db.pragma('foreign_keys = OFF');
    try {
      db.prepare('DELETE FROM users WHERE id = ?').run(user.id);
    } finally {
      db.pragma('foreign_keys = ON');
    }
    expect(sessionCount(user.id)).toBe(2);
    for (const browser of browsers) expect(await isSignedIn(browser.cookie)).toBe(false);
    expect(sessionCount(user.id)).toBe(0);
  });

  it('is removed with its user when the user row is deleted normally', async () => {
    const { user, browsers } = await twoBrowsers();
    db.prepare('DELETE FROM users WHERE id = ?').run(user.id);
    expect(sessionCount(user.id)).toBe(0);
    for (const browser of browsers) expect(await isSignedIn(browser.cookie)).toBe(false);
  });
});
