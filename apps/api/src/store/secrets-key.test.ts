import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateSecretsKey, parseSecretsKey, SECRETS_KEY_FILE } from './secrets-key.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'toolkit-key-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the secrets key file', () => {
  it('is created on first use, readable only by its owner, and the same key after', () => {
    const first = loadOrCreateSecretsKey(dataDir);
    expect(first).toHaveLength(32);
    const file = join(dataDir, SECRETS_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.toString('base64'));
    expect(loadOrCreateSecretsKey(dataDir)).toEqual(first);
  });

  it('stops with a clear message when the file does not hold a key', () => {
    writeFileSync(join(dataDir, SECRETS_KEY_FILE), 'not a key\n');
    expect(() => loadOrCreateSecretsKey(dataDir)).toThrow(/does not hold a secrets key/);
  });
});

describe('a secrets key given in base64', () => {
  it('is read when it is 32 bytes', () => {
    const key = Buffer.alloc(32, 3);
    expect(parseSecretsKey(key.toString('base64'))).toEqual(key);
  });

  it.each([
    '',
    'abc',
    Buffer.alloc(31).toString('base64'),
    `${Buffer.alloc(32).toString('base64')}!`,
  ])('is refused when it is %j', (value) => {
    expect(() => parseSecretsKey(value)).toThrow(/44 characters/);
  });
});
