import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@peer-toolkit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../testing/expect-problem.js';
import { useAdminTestApp } from '../testing/use-test-app.js';
import {
  checkNewPassword,
  generatePassword,
  hashPassword,
  isCommonPassword,
  verifyPassword,
} from './passwords.js';

const EMAIL = 'riverbank.walker@example.org';

/** The parts of a PHC string: $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>. */
function decodePhc(phc: string) {
  const [empty, type, version, params, salt, hash] = phc.split('$');
  if (empty !== '' || !version?.startsWith('v=') || !params || !salt || !hash)
    throw new Error(`not a PHC string: ${phc}`);
  const settings = Object.fromEntries(
    params.split(',').map((pair) => {
      const [name, value] = pair.split('=');
      return [name, Number(value)];
    }),
  );
  return {
    type,
    version: Number(version.slice(2)),
    memoryKiB: settings.m,
    passes: settings.t,
    lanes: settings.p,
    saltBytes: Buffer.from(salt, 'base64').length,
    hashBytes: Buffer.from(hash, 'base64').length,
  };
}

describe('hashing', () => {
  let hash: string;
  beforeAll(async () => {
    hash = await hashPassword('violet-harbour-lantern-42');
  });

  it('uses argon2id with at least OWASP’s baseline cost (19 MiB, 2 passes)', () => {
    const phc = decodePhc(hash);
    expect(phc.type).toBe('argon2id');
    expect(phc.version).toBe(19);
    expect(phc.memoryKiB).toBeGreaterThanOrEqual(19_456);
    expect(phc.passes).toBeGreaterThanOrEqual(2);
    expect(phc.lanes).toBeGreaterThanOrEqual(1);
    expect(phc.saltBytes).toBeGreaterThanOrEqual(16);
    expect(phc.hashBytes).toBeGreaterThanOrEqual(32);
  });

  it('salts every hash, so the same password never hashes the same twice', async () => {
    const again = await hashPassword('violet-harbour-lantern-42');
    expect(again).not.toBe(hash);
    expect(await verifyPassword(again, 'violet-harbour-lantern-42')).toBe(true);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    expect(await verifyPassword(hash, 'violet-harbour-lantern-42')).toBe(true);
    expect(await verifyPassword(hash, 'violet-harbour-lantern-43')).toBe(false);
    expect(await verifyPassword(hash, 'VIOLET-HARBOUR-LANTERN-42')).toBe(false);
    expect(await verifyPassword(hash, '')).toBe(false);
  });

  it('answers false, never throws, for a hash that is not a hash', async () => {
    expect(await verifyPassword('not-a-hash', 'violet-harbour-lantern-42')).toBe(false);
    expect(await verifyPassword('', 'violet-harbour-lantern-42')).toBe(false);
  });
});

describe('the password rules', () => {
  it.each(['password123', 'qwerty123', 'PASSWORD123', 'Qwerty123', 'iloveyou1', 'letmein123'])(
    'refuses the common password %j, whatever its case',
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
      expect(checkNewPassword(password, EMAIL)).toMatch(/too common/);
    },
  );

  it('refuses passwords shorter than 8 or longer than 128 characters', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
    expect(checkNewPassword('k7#vq9z', EMAIL)).toMatch(/at least 8 characters/);
    expect(checkNewPassword('k7#vq9zx', EMAIL)).toBeUndefined();
    expect(checkNewPassword('k'.repeat(128), EMAIL)).toBeUndefined();
    expect(checkNewPassword('k'.repeat(129), EMAIL)).toMatch(/128 characters or fewer/);
  });

  it.each([
    ['a long all-lower-case passphrase', 'lantern orchard whistle meadow'],
    ['digits only', '90417352866'],
    ['letters without digits or symbols', 'quietharbourfog'],
    ['spaces and non-Latin letters', 'ночь тихая гавань'],
    ['emoji', '🦉🌲🌙🪵🔥🧭'],
  ])('sets no composition rules: accepts %s', (_label, password) => {
    expect(checkNewPassword(password, EMAIL)).toBeUndefined();
  });

  it('refuses the account’s own email address, or its local part, as the password', () => {
    expect(checkNewPassword(EMAIL, EMAIL)).toMatch(/email address/);
    expect(checkNewPassword(EMAIL.toUpperCase(), EMAIL)).toMatch(/email address/);
    expect(checkNewPassword('riverbank.walker', EMAIL)).toMatch(/email address/);
    expect(checkNewPassword('riverbank.walker', 'someone.else@example.org')).toBeUndefined();
  });
});

describe('generated passwords', () => {
  const samples = Array.from({ length: 500 }, () => generatePassword());

  it('are 20 URL-safe characters: 120 random bits', () => {
    for (const password of samples) {
      expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
      expect(Buffer.from(password, 'base64url')).toHaveLength(15);
    }
  });

  it('never repeat and use the whole alphabet', () => {
    expect(new Set(samples).size).toBe(samples.length);
    const characters = new Set(samples.join(''));
    expect(characters.size).toBe(64);
    // 10,000 characters over 64 symbols: about 156 each if uniform; a biased source stands out.
    const counts = [...characters].map((character) => samples.join('').split(character).length - 1);
    expect(Math.min(...counts)).toBeGreaterThan(80);
    expect(Math.max(...counts)).toBeLessThan(260);
  });

  it('pass the password rules', () => {
    for (const password of samples.slice(0, 50))
      expect(checkNewPassword(password, EMAIL)).toBeUndefined();
  });
});

describe('the rules are enforced by the API', () => {
  const { testApp, admin } = useAdminTestApp({ roles: ['admin'] });

  it('refuses a common password or the email as password when an admin creates a user', async () => {
    const cases = [
      { email: 'new.editor@example.org', password: 'Password123' },
      { email: 'new.editor@example.org', password: 'new.editor@example.org' },
      { email: 'new.editor@example.org', password: 'short' },
    ];
    for (const body of cases) {
      const res = await admin.send('post', '/admin/users', {
        ...body,
        displayName: 'New editor',
        role: 'editor',
      });
      const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
      expect(problem.issues?.map((issue) => issue.path)).toEqual([['body', 'password']]);
    }
    expect(await testApp.stores.accounts.findUserByEmail('new.editor@example.org')).toBeUndefined();
  });

  it('stores only an argon2id hash of a password an admin sets', async () => {
    const res = await admin.send('post', '/admin/users', {
      email: 'second.editor@example.org',
      displayName: 'Second editor',
      role: 'editor',
      password: 'lantern orchard whistle meadow',
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.temporaryPassword).toBeNull();
    const stored = await testApp.stores.accounts.findUserByEmail('second.editor@example.org');
    expect(stored?.password_hash).not.toContain('lantern');
    expect(decodePhc(stored?.password_hash ?? '').type).toBe('argon2id');
    expect(
      await verifyPassword(stored?.password_hash ?? '', 'lantern orchard whistle meadow'),
    ).toBe(true);
  });
});
