import type { Role } from '@peer-toolkit/core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type AdminClient,
  adminRequest,
  createUser,
  sessionCookieFrom,
  signedIn,
  signIn,
  TEST_PASSWORD,
} from '../testing/admin-client.js';
import { expectProblem } from '../testing/expect-problem.js';
import { moveToFreshTotpStep, totpCodeAt } from '../testing/totp-clock.js';
import { useTestApp } from '../testing/use-test-app.js';
import { setSecondFactorRoles } from '../testing/user-edits.js';

const testApp = useTestApp();
let admin: AdminClient;

beforeEach(async () => {
  // Moving the clock ages sessions, so each test starts with a fresh admin session.
  admin = await signedIn(testApp, 'admin');
});

async function requireFor(roles: Role[]) {
  const res = await setSecondFactorRoles(admin, roles);
  expect(res.status, res.text).toBe(200);
}

/** Sets up TOTP through the API; returns the secret and the session cookie after it. */
async function enrol(client: AdminClient) {
  const setup = await client.send('post', '/admin/auth/second-factor/setup');
  expect(setup.status, setup.text).toBe(200);
  moveToFreshTotpStep(testApp);
  const confirm = await client.send('post', '/admin/auth/second-factor/confirm', {
    code: totpCodeAt(testApp, setup.body.secret),
  });
  expect(confirm.status, confirm.text).toBe(200);
  client.cookie = sessionCookieFrom(confirm);
  return setup.body.secret as string;
}

async function signInWithCode(user: AdminClient['user'], secret: string) {
  const client = await signIn(testApp, user);
  moveToFreshTotpStep(testApp);
  const res = await client.send('post', '/admin/auth/second-factor', {
    code: totpCodeAt(testApp, secret),
  });
  expect(res.status, res.text).toBe(200);
  client.cookie = sessionCookieFrom(res);
  return client;
}

describe('when an admin requires TOTP for a role', () => {
  it('limits its users to setting it up, even in sessions that began before', async () => {
    const publisher = await signedIn(testApp, 'publisher');
    const editor = await signedIn(testApp, 'editor');
    await requireFor(['publisher']);
    try {
      const session = await publisher.send('get', '/admin/auth/session');
      expect(session.body.stage).toBe('enrol-second-factor');
      for (const [method, path] of [
        ['get', '/admin/content/topics'],
        ['post', '/admin/content/topics/supervision/unpublish'],
        ['post', '/admin/auth/second-factor/disable'],
      ] as const) {
        const problem = expectProblem(await publisher.send(method, path, {}), 403, 'FORBIDDEN');
        expect(problem.detail, path).toMatch(/requires two-step verification/);
      }
      // Other roles are unaffected.
      expect((await editor.send('get', '/admin/content/topics')).status).toBe(200);

      const fresh = await signIn(testApp, await createUser(testApp, 'publisher'));
      expect((await fresh.send('get', '/admin/auth/session')).body.stage).toBe(
        'enrol-second-factor',
      );

      await enrol(publisher);
      const after = await publisher.send('get', '/admin/auth/session');
      expect(after.body).toMatchObject({ stage: 'signed-in', user: { totpEnabled: true } });
      expect((await publisher.send('get', '/admin/content/topics')).status).toBe(200);
    } finally {
      await requireFor([]);
    }
  });

  it('frees its users at once when lifted again', async () => {
    await requireFor(['publisher']);
    const publisher = await signedIn(testApp, 'publisher');
    try {
      expect((await publisher.send('get', '/admin/auth/session')).body.stage).toBe(
        'enrol-second-factor',
      );
    } finally {
      await requireFor([]);
    }
    expect((await publisher.send('get', '/admin/auth/session')).body.stage).toBe('signed-in');
    expect((await publisher.send('get', '/admin/content/topics')).status).toBe(200);
  });

  it('refuses to let its users turn TOTP off', async () => {
    const user = await createUser(testApp, 'editor');
    const client = await signIn(testApp, user);
    const secret = await enrol(client);
    await requireFor(['editor']);
    try {
      moveToFreshTotpStep(testApp);
      const res = await client.send('post', '/admin/auth/second-factor/disable', {
        password: TEST_PASSWORD,
        code: totpCodeAt(testApp, secret),
      });
      expectProblem(res, 403, 'FORBIDDEN');
      const stored = await testApp.stores.accounts.findUserById(user.id);
      expect(stored?.totp_enabled_at).not.toBeNull();
    } finally {
      await requireFor([]);
    }
  });
});

describe('turning TOTP off oneself', () => {
  it('needs both the password and a current code, and then rotates the session', async () => {
    const user = await createUser(testApp, 'editor');
    const client = await signIn(testApp, user);
    const secret = await enrol(client);
    const elsewhere = await signInWithCode(user, secret);
    const before = client.cookie;
    moveToFreshTotpStep(testApp);
    for (const body of [
      { password: 'not-my-password', code: totpCodeAt(testApp, secret) },
      { password: TEST_PASSWORD, code: totpCodeAt(testApp, secret, 10) },
      { password: TEST_PASSWORD },
    ]) {
      const res = await client.send('post', '/admin/auth/second-factor/disable', body);
      expectProblem(res, 422, 'VALIDATION_FAILED');
    }
    expect((await testApp.stores.accounts.findUserById(user.id))?.totp_enabled_at).not.toBeNull();

    moveToFreshTotpStep(testApp);
    const res = await client.send('post', '/admin/auth/second-factor/disable', {
      password: TEST_PASSWORD,
      code: totpCodeAt(testApp, secret),
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.user.totpEnabled).toBe(false);
    // A change of second factor, like a password change, gives a new token and ends the others.
    const rotated = sessionCookieFrom(res);
    expect(rotated).toBeDefined();
    expect(rotated).not.toBe(before);
    expectProblem(await client.send('get', '/admin/auth/session'), 401, 'UNAUTHENTICATED');
    expectProblem(await elsewhere.send('get', '/admin/auth/session'), 401, 'UNAUTHENTICATED');
    const here = await adminRequest(testApp, 'get', '/admin/content/topics', { cookie: rotated });
    expect(here.status).toBe(200);
    const stored = await testApp.stores.accounts.findUserById(user.id);
    expect(stored?.totp_secret).toBeNull();
    const next = await signIn(testApp, user);
    expect((await next.send('get', '/admin/auth/session')).body.stage).toBe('signed-in');
  });
});

describe('guessing codes at the turn-off step', () => {
  it('counts wrong codes like sign-in failures, so guesses are slowed down', async () => {
    const user = await createUser(testApp, 'editor');
    const client = await signIn(testApp, user);
    const secret = await enrol(client);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const res = await client.send('post', '/admin/auth/second-factor/disable', {
        password: TEST_PASSWORD,
        code: totpCodeAt(testApp, secret, 10),
      });
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 5)).toEqual([422, 422, 422, 422, 422]);
    expect(statuses).toContain(429);
    expect((await testApp.stores.accounts.findUserById(user.id))?.totp_enabled_at).not.toBeNull();
  });
});

describe('an admin resetting a user’s second factor', () => {
  it('removes it and ends the user’s sessions; they then sign in with the password', async () => {
    const user = await createUser(testApp, 'editor');
    const secret = await enrol(await signIn(testApp, user));
    const withCode = await signInWithCode(user, secret);
    expect((await withCode.send('get', '/admin/content/topics')).status).toBe(200);

    const res = await admin.send('post', `/admin/users/${user.id}/second-factor-reset`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ totpEnabled: false, activeSessions: 0 });
    expectProblem(await withCode.send('get', '/admin/content/topics'), 401, 'UNAUTHENTICATED');

    const next = await signIn(testApp, user);
    expect((await next.send('get', '/admin/auth/session')).body).toMatchObject({
      stage: 'signed-in',
      user: { totpEnabled: false },
    });
    const entries = (await admin.send('get', '/admin/audit')).body.items as { action: string }[];
    expect(entries.map((entry) => entry.action)).toContain('user.second-factor-reset');
  });

  it('makes a user whose role requires it set it up again at next sign-in', async () => {
    const user = await createUser(testApp, 'publisher');
    const secret = await enrol(await signIn(testApp, user));
    await requireFor(['publisher']);
    try {
      await signInWithCode(user, secret);
      const reset = await admin.send('post', `/admin/users/${user.id}/second-factor-reset`);
      expect(reset.status).toBe(200);
      const next = await signIn(testApp, user);
      expect((await next.send('get', '/admin/auth/session')).body.stage).toBe(
        'enrol-second-factor',
      );
      expectProblem(await next.send('get', '/admin/content/topics'), 403, 'FORBIDDEN');
      expect((await testApp.stores.accounts.findUserById(user.id))?.totp_secret).toBeNull();
      const newSecret = await enrol(next);
      expect(newSecret).not.toBe(secret);
      expect((await next.send('get', '/admin/content/topics')).status).toBe(200);
    } finally {
      await requireFor([]);
    }
  });

  it('is only for admins', async () => {
    const publisher = await signedIn(testApp, 'publisher');
    const target = await createUser(testApp, 'editor');
    const res = await adminRequest(
      testApp,
      'post',
      `/admin/users/${target.id}/second-factor-reset`,
      {
        cookie: publisher.cookie,
      },
    );
    expectProblem(res, 403, 'FORBIDDEN');
  });
});
