import type SqliteDatabase from 'better-sqlite3';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRequest, createUser, TEST_PASSWORD } from '../testing/admin-client.js';
import { expectProblem } from '../testing/expect-problem.js';
import { createTestApp } from '../testing/test-app.js';
import { openTestDatabase } from '../testing/test-database.js';
import { useTestApp } from '../testing/use-test-app.js';
import { throttleRules } from './throttle-policy.js';

const testApp = useTestApp({ config: { trustProxy: true } });
let db: SqliteDatabase.Database;

beforeAll(() => {
  db = openTestDatabase(testApp, { readonly: true });
});
afterAll(() => {
  db.close();
});

let addressCount = 0;
/** A client address no other test has used. */
const newAddress = () => {
  addressCount += 1;
  return `198.51.${Math.floor(addressCount / 250)}.${(addressCount % 250) + 1}`;
};

function signInFrom(address: string, email: string, password: string, app = testApp) {
  return adminRequest(app, 'post', '/admin/auth/sign-in', {
    body: { email, password },
    headers: { 'X-Forwarded-For': address },
  });
}

/** The wait a 429 asks for, after checking header and body agree. */
function retryAfterOf(res: Response): number {
  const problem = expectProblem(res, 429, 'TOO_MANY_REQUESTS');
  const seconds = Number(res.headers['retry-after']);
  expect(Number.isInteger(seconds) && seconds > 0).toBe(true);
  expect(problem.retryAfterSeconds).toBe(seconds);
  return seconds;
}

/** The body without what differs between any two requests. */
function comparable(res: Response): string {
  const { requestId: _id, instance: _instance, ...rest } = JSON.parse(res.text);
  return JSON.stringify(rest);
}

describe('wrong passwords for one account from one address', () => {
  it('meet doubling delays after the free attempts, up to the cap', async () => {
    const user = await createUser(testApp, 'editor');
    const address = newAddress();
    const { free, capSeconds } = throttleRules.accountFromAddress;
    for (let attempt = 1; attempt <= free; attempt += 1) {
      expectProblem(
        await signInFrom(address, user.email, 'wrong-password'),
        401,
        'UNAUTHENTICATED',
      );
    }
    const waits: number[] = [];
    while (waits.filter((wait) => wait === capSeconds).length < 2) {
      // A differently written email is the same account.
      const email = waits.length % 2 ? user.email.toUpperCase() : user.email;
      expectProblem(await signInFrom(address, email, 'wrong-password'), 401, 'UNAUTHENTICATED');
      const wait = retryAfterOf(await signInFrom(address, email, 'wrong-password'));
      waits.push(wait);
      testApp.advance(wait * 1000);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
  });

  it('refuse even the right password while blocked, but let it in after the wait', async () => {
    const user = await createUser(testApp, 'editor');
    const address = newAddress();
    const { free } = throttleRules.accountFromAddress;
    for (let attempt = 1; attempt <= free + 3; attempt += 1) {
      expectProblem(
        await signInFrom(address, user.email, 'wrong-password'),
        401,
        'UNAUTHENTICATED',
      );
      if (attempt > free && attempt < free + 3) testApp.advance(2 ** (attempt - free - 1) * 1000);
    }
    const wait = retryAfterOf(await signInFrom(address, user.email, TEST_PASSWORD));
    expect(wait).toBe(4);
    // Waiting part of the time is not enough, and a blocked attempt does not extend the block.
    testApp.advance(2000);
    expect(retryAfterOf(await signInFrom(address, user.email, TEST_PASSWORD))).toBeLessThan(wait);
    testApp.advance(2000);
    const res = await signInFrom(address, user.email, TEST_PASSWORD);
    expect(res.status, res.text).toBe(200);
    expect(res.body.user.email).toBe(user.email);
  });
});

describe('wrong passwords for one account from many addresses', () => {
  it('slow the account down by at most the account-wide cap, never lock it out', async () => {
    const user = await createUser(testApp, 'editor');
    const { free, capSeconds } = throttleRules.account;
    expect(capSeconds).toBeLessThanOrEqual(60);
    for (let attempt = 1; attempt <= free; attempt += 1) {
      expectProblem(
        await signInFrom(newAddress(), user.email, 'wrong-password'),
        401,
        'UNAUTHENTICATED',
      );
    }
    const waits: number[] = [];
    while (waits.filter((wait) => wait === capSeconds).length < 3) {
      await signInFrom(newAddress(), user.email, 'wrong-password');
      const wait = retryAfterOf(await signInFrom(newAddress(), user.email, 'wrong-password'));
      waits.push(wait);
      testApp.advance(wait * 1000);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);

    // The owner, from their own address, is held up at most a minute, then gets in.
    await signInFrom(newAddress(), user.email, 'wrong-password');
    const wait = retryAfterOf(await signInFrom(newAddress(), user.email, TEST_PASSWORD));
    expect(wait).toBeLessThanOrEqual(60);
    testApp.advance(wait * 1000);
    const res = await signInFrom(newAddress(), user.email, TEST_PASSWORD);
    expect(res.status, res.text).toBe(200);
  });
});

describe('one address trying many accounts', () => {
  it('is throttled across accounts, without blocking those accounts elsewhere', async () => {
    const address = newAddress();
    const victim = await createUser(testApp, 'editor');
    const { free } = throttleRules.address;
    for (let attempt = 1; attempt <= free; attempt += 1) {
      const email = attempt === 1 ? victim.email : `sprayed-${attempt}@example.org`;
      expectProblem(await signInFrom(address, email, 'Summer2024!'), 401, 'UNAUTHENTICATED');
    }
    expectProblem(
      await signInFrom(address, 'sprayed-last@example.org', 'Summer2024!'),
      401,
      'UNAUTHENTICATED',
    );
    retryAfterOf(await signInFrom(address, 'sprayed-next@example.org', 'Summer2024!'));
    retryAfterOf(await signInFrom(address, victim.email, TEST_PASSWORD));
    const elsewhere = await signInFrom(newAddress(), victim.email, TEST_PASSWORD);
    expect(elsewhere.status, elsewhere.text).toBe(200);
  });

  it('cannot dodge the address limit by writing addresses into X-Forwarded-For', async () => {
    // Behind the proxy, the last entry is the one the proxy added; earlier ones are the client's.
    const real = newAddress();
    for (let attempt = 0; attempt <= throttleRules.address.free; attempt += 1) {
      const forged = `10.${attempt}.0.1, ${newAddress()}`;
      await signInFrom(`${forged}, ${real}`, `forger-${attempt}@example.org`, 'Summer2024!');
    }
    retryAfterOf(await signInFrom(`10.99.0.1, ${real}`, 'forger@example.org', 'Summer2024!'));
  });

  it('cannot dodge the address limit with X-Forwarded-For unless the proxy is trusted', async () => {
    const direct = await createTestApp({ trustProxy: false });
    try {
      for (let attempt = 0; attempt <= throttleRules.address.free; attempt += 1) {
        await signInFrom(`203.0.113.${attempt}`, `nobody-${attempt}@example.org`, 'x', direct);
      }
      retryAfterOf(await signInFrom('203.0.113.250', 'nobody@example.org', 'x', direct));
    } finally {
      await direct.close();
    }
  });
});

describe('what a failure reveals', () => {
  it('is the same for an unknown email, a known one and a disabled one, failing and throttled', async () => {
    const known = await createUser(testApp, 'editor');
    const disabled = await createUser(testApp, 'editor');
    await testApp.stores.accounts.updateUser(
      disabled.id,
      { disabledAt: new Date().toISOString() },
      new Date().toISOString(),
    );
    const attempts = [
      { email: known.email, address: newAddress() },
      { email: 'no-such-person@example.org', address: newAddress() },
      { email: disabled.email, address: newAddress() },
    ];
    // The disabled account is tried with its right password: that must not show either.
    const passwordFor = (email: string) => (email === disabled.email ? TEST_PASSWORD : 'wrong-1');
    const failures = await Promise.all(
      attempts.map(({ email, address }) => signInFrom(address, email, passwordFor(email))),
    );
    for (const res of failures) expect(res.status).toBe(401);
    expect(new Set(failures.map(comparable)).size).toBe(1);

    const throttled = [];
    for (const { email, address } of attempts) {
      for (let attempt = 1; attempt <= throttleRules.accountFromAddress.free; attempt += 1)
        await signInFrom(address, email, passwordFor(email));
      throttled.push(await signInFrom(address, email, passwordFor(email)));
    }
    for (const res of throttled) expect(res.status).toBe(429);
    expect(new Set(throttled.map(comparable)).size).toBe(1);
    expect(new Set(throttled.map((res) => res.headers['retry-after'])).size).toBe(1);
    expect(comparable(throttled[0] as Response)).not.toMatch(/no-such-person|editor-/);
  });
});

describe('a successful sign-in', () => {
  it('clears the account’s counters, but not the address’s', async () => {
    const user = await createUser(testApp, 'editor');
    const address = newAddress();
    const rows = () =>
      (
        db
          .prepare('SELECT key FROM sign_in_throttle WHERE key LIKE ? OR key LIKE ?')
          .all(`%${user.email}%`, `%${address}`) as { key: string }[]
      )
        .map((row) => row.key.split(':')[0])
        .sort();
    const { free } = throttleRules.accountFromAddress;
    for (let attempt = 1; attempt < free; attempt += 1)
      await signInFrom(address, user.email, 'wrong-password');
    expect(rows()).toEqual(['account', 'account-address', 'address']);
    expect((await signInFrom(address, user.email, TEST_PASSWORD)).status).toBe(200);
    expect(rows()).toEqual(['address']);
    // Had the counters been kept, the next failures would soon be blocked.
    for (let attempt = 1; attempt < free; attempt += 1) {
      const res = await signInFrom(address, user.email, 'wrong-password');
      expectProblem(res, 401, 'UNAUTHENTICATED');
    }
    expect((await signInFrom(address, user.email, TEST_PASSWORD)).status).toBe(200);
  });
});
