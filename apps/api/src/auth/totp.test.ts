import { Secret } from 'otpauth';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AdminClient,
  adminRequest,
  createUser,
  sessionCookieFrom,
  signIn,
  TEST_PASSWORD,
} from '../testing/admin-client.js';
import { expectProblem } from '../testing/expect-problem.js';
import { moveToFreshTotpStep, TOTP_STEP_MS, totpCodeAt } from '../testing/totp-clock.js';
import { useTestApp } from '../testing/use-test-app.js';
import { throttleRules } from './throttle-policy.js';
import { currentTotp, matchTotp } from './totp.js';

const testApp = useTestApp();

/** A user with TOTP turned on, and the secret their authenticator holds. */
async function userWithTotp() {
  const user = await createUser(testApp, 'editor');
  const client = await signIn(testApp, user);
  const setup = await client.send('post', '/admin/auth/second-factor/setup');
  expect(setup.status, setup.text).toBe(200);
  const { secret } = setup.body as { secret: string };
  moveToFreshTotpStep(testApp);
  const confirm = await client.send('post', '/admin/auth/second-factor/confirm', {
    code: totpCodeAt(testApp, secret),
  });
  expect(confirm.status, confirm.text).toBe(200);
  return { user, secret, cookie: sessionCookieFrom(confirm) };
}

/** Signs in with the password only: a session waiting for the code. */
async function passwordStep(user: AdminClient['user']) {
  const client = await signIn(testApp, user);
  expect(client.cookie).toBeDefined();
  return client;
}

const sendCode = (client: AdminClient, code: string) =>
  client.send('post', '/admin/auth/second-factor', { code });

describe('setting up TOTP', () => {
  it('takes effect only once a code from the new secret is confirmed, and rotates the session', async () => {
    const user = await createUser(testApp, 'editor');
    const client = await signIn(testApp, user);
    const elsewhere = await signIn(testApp, user);
    const setup = await client.send('post', '/admin/auth/second-factor/setup');
    expect(setup.status).toBe(200);
    const { secret, uri } = setup.body as { secret: string; uri: string };
    expect(Secret.fromBase32(secret).bytes.length * 8).toBeGreaterThanOrEqual(160);
    expect(uri).toMatch(/^otpauth:\/\/totp\/Peer%20Worker%20Toolkit:/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain('digits=6');
    expect(uri).toContain('period=30');

    // Not yet in force: a password alone still signs in fully.
    const before = await signIn(testApp, user);
    expect((await before.send('get', '/admin/auth/session')).body.stage).toBe('signed-in');

    moveToFreshTotpStep(testApp);
    const wrong = await client.send('post', '/admin/auth/second-factor/confirm', {
      code: totpCodeAt(testApp, secret, 3),
    });
    expectProblem(wrong, 422, 'VALIDATION_FAILED');

    const confirm = await client.send('post', '/admin/auth/second-factor/confirm', {
      code: totpCodeAt(testApp, secret),
    });
    expect(confirm.status, confirm.text).toBe(200);
    expect(confirm.body).toMatchObject({ stage: 'signed-in', user: { totpEnabled: true } });
    const rotated = sessionCookieFrom(confirm);
    expect(rotated).toBeDefined();
    expect(rotated).not.toBe(client.cookie);
    for (const old of [client, elsewhere, before]) {
      expectProblem(await old.send('get', '/admin/auth/session'), 401, 'UNAUTHENTICATED');
    }
    const now = await adminRequest(testApp, 'post', '/admin/auth/second-factor/setup', {
      cookie: rotated,
    });
    expectProblem(now, 409, 'CONFLICT');
  });
});

describe('signing in with TOTP on', () => {
  let user: AdminClient['user'];
  let secret: string;
  beforeAll(async () => {
    ({ user, secret } = await userWithTotp());
  });

  it('stops at stage second-factor, with no user and no access to content', async () => {
    const pending = await passwordStep(user);
    const session = await pending.send('get', '/admin/auth/session');
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ stage: 'second-factor', user: null });
    for (const [method, path] of [
      ['get', '/admin/content/topics'],
      ['post', '/admin/auth/second-factor/setup'],
      ['post', '/admin/auth/password'],
    ] as const) {
      const res = await pending.send(method, path, {
        currentPassword: TEST_PASSWORD,
        newPassword: 'amber-quarry-nightjar-7',
      });
      const problem = expectProblem(res, 403, 'FORBIDDEN');
      expect(problem.detail).toMatch(/code from your authenticator/);
    }
    // The pending stage lasts minutes, not the length of a session.
    expect(Date.parse(session.body.expiresAt) - testApp.now()).toBeLessThanOrEqual(5 * 60_000);
  });

  it('with the right code, finishes signing in with a new cookie', async () => {
    const pending = await passwordStep(user);
    moveToFreshTotpStep(testApp);
    const res = await sendCode(pending, totpCodeAt(testApp, secret));
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ stage: 'signed-in', user: { email: user.email } });
    const cookie = sessionCookieFrom(res);
    expect(cookie).toBeDefined();
    expect(cookie).not.toBe(pending.cookie);
    expectProblem(await pending.send('get', '/admin/auth/session'), 401, 'UNAUTHENTICATED');
    const content = await adminRequest(testApp, 'get', '/admin/content/topics', { cookie });
    expect(content.status).toBe(200);
  });

  it('never accepts the same code twice', async () => {
    moveToFreshTotpStep(testApp);
    const code = totpCodeAt(testApp, secret);
    const first = await passwordStep(user);
    expect((await sendCode(first, code)).status).toBe(200);
    const second = await passwordStep(user);
    expectProblem(await sendCode(second, code), 401, 'UNAUTHENTICATED');
    // An older code still inside the window is refused too: steps only move forward.
    expectProblem(await sendCode(second, totpCodeAt(testApp, secret, -1)), 401, 'UNAUTHENTICATED');
  });

  it('accepts codes one step either side of now, not two', async () => {
    moveToFreshTotpStep(testApp);
    const pending = await passwordStep(user);
    expectProblem(await sendCode(pending, totpCodeAt(testApp, secret, -2)), 401, 'UNAUTHENTICATED');
    expectProblem(await sendCode(pending, totpCodeAt(testApp, secret, 2)), 401, 'UNAUTHENTICATED');
    expect((await sendCode(pending, totpCodeAt(testApp, secret, -1))).status).toBe(200);
    const again = await passwordStep(user);
    expect((await sendCode(again, totpCodeAt(testApp, secret, 1))).status).toBe(200);
  });

  it('counts wrong codes towards throttling, and lets the right code in after the wait', async () => {
    moveToFreshTotpStep(testApp);
    const pending = await passwordStep(user);
    const wrong = totpCodeAt(testApp, secret, 5);
    for (let attempt = 1; attempt <= throttleRules.accountFromAddress.free + 1; attempt += 1) {
      expectProblem(await sendCode(pending, wrong), 401, 'UNAUTHENTICATED');
    }
    const blocked = await sendCode(pending, totpCodeAt(testApp, secret));
    expectProblem(blocked, 429, 'TOO_MANY_REQUESTS');
    const wait = Number(blocked.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    testApp.advance(wait * 1000);
    const res = await sendCode(pending, totpCodeAt(testApp, secret));
    expect(res.status, res.text).toBe(200);
  });

  it('refuses a code in the wrong shape without trying it', async () => {
    const pending = await passwordStep(user);
    for (const code of ['12345', '1234567', 'abcdef', '12 34 56']) {
      expectProblem(await sendCode(pending, code), 422, 'VALIDATION_FAILED');
    }
  });
});

describe('the TOTP algorithm', () => {
  // RFC 6238 appendix B, SHA-1 secret "12345678901234567890"; the last 6 of the 8 digits.
  const secret = Secret.fromUTF8('12345678901234567890').base32;
  it.each([
    [59, '287082'],
    [1_111_111_109, '081804'],
    [1_111_111_111, '050471'],
    [1_234_567_890, '005924'],
    [2_000_000_000, '279037'],
    [20_000_000_000, '353130'],
  ])('gives the RFC 6238 code at %i s', (seconds, code) => {
    expect(currentTotp(secret, seconds * 1000)).toBe(code);
    expect(matchTotp(secret, code, seconds * 1000)).toBe(Math.floor(seconds / 30));
    expect(matchTotp(secret, code, seconds * 1000 + 2 * TOTP_STEP_MS)).toBeUndefined();
  });
});
