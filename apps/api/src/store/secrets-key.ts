import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SECRETS_KEY_BYTES } from './secret-box.js';

export const SECRETS_KEY_FILE = 'secrets.key';

/** A key given as base64 (SECRETS_KEY), checked for length. */
export function parseSecretsKey(base64: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== SECRETS_KEY_BYTES || key.toString('base64') !== base64.trim()) {
    throw new Error(
      `SECRETS_KEY must be ${SECRETS_KEY_BYTES} random bytes in base64 (44 characters), for example the output of: openssl rand -base64 32`,
    );
  }
  return key;
}

/**
 * The key in `dataDir`, created on first use, readable only by this user. Kept beside the
 * database it protects against copies of the database file alone; set SECRETS_KEY to keep the key
 * somewhere else entirely.
 */
export function loadOrCreateSecretsKey(dataDir: string): Buffer {
  const file = join(dataDir, SECRETS_KEY_FILE);
  try {
    // 'wx' fails if the file exists, so two servers starting at once cannot both write one.
    writeFileSync(file, `${randomBytes(SECRETS_KEY_BYTES).toString('base64')}\n`, {
      flag: 'wx',
      mode: 0o600,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const text = readFileSync(file, 'utf8');
  try {
    return parseSecretsKey(text);
  } catch {
    throw new Error(`${file} does not hold a secrets key: restore it from a backup`);
  }
}
