import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, isSealed } from './secret-box.js';

const box = createSecretBox(randomBytes(32));
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('the secret box', () => {
  it('opens what it sealed, in its own context', () => {
    const sealed = box.seal(SECRET, 'user-1');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain(SECRET);
    expect(box.open(sealed, 'user-1')).toBe(SECRET);
  });

  it('seals the same secret differently each time', () => {
    expect(box.seal(SECRET, 'user-1')).not.toBe(box.seal(SECRET, 'user-1'));
  });

  it('refuses a value moved to another context (another user’s row)', () => {
    expect(() => box.open(box.seal(SECRET, 'user-1'), 'user-2')).toThrow();
  });

  it('refuses a value sealed with another key', () => {
    const other = createSecretBox(randomBytes(32));
    expect(() => other.open(box.seal(SECRET, 'user-1'), 'user-1')).toThrow();
  });

  it('refuses a value with any byte of its IV, tag or ciphertext changed', () => {
    const [version, ...parts] = box.seal(SECRET, 'user-1').split('.');
    parts.forEach((part, which) => {
      const bytes = Buffer.from(part, 'base64url');
      for (let index = 0; index < bytes.length; index += 1) {
        const changed = Buffer.from(bytes);
        changed[index] = (changed[index] ?? 0) ^ 0x01;
        const tampered = parts.map((other, at) =>
          at === which ? changed.toString('base64url') : other,
        );
        expect(
          () => box.open([version, ...tampered].join('.'), 'user-1'),
          `part ${which}, byte ${index}`,
        ).toThrow();
      }
    });
  });

  it.each(['', SECRET, 'v1.', 'v1.a.b', 'v1.a.b.c.d', 'v2.a.b.c'])(
    'refuses %j as not sealed',
    (value) => {
      expect(() => box.open(value, 'user-1')).toThrow();
    },
  );

  it('takes only a 32-byte key', () => {
    expect(() => createSecretBox(randomBytes(16))).toThrow('32 bytes');
  });
});
