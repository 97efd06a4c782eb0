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

  it('refuses any changed character', () => {
    const sealed = box.seal(SECRET, 'user-1');
    for (let index = 3; index < sealed.length; index += 1) {
      if (sealed[index] === '.') continue;
      const changed = `${sealed.slice(0, index)}${sealed[index] === 'A' ? 'B' : 'A'}${sealed.slice(index + 1)}`;
      expect(() => box.open(changed, 'user-1'), `changed at ${index}`).toThrow();
    }
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
