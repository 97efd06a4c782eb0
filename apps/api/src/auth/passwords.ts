import { randomBytes } from 'node:crypto';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@peer-toolkit/core';
import { dictionary } from '@zxcvbn-ts/language-common';
import argon2 from 'argon2';

/** OWASP's argon2id baseline: 19 MiB of memory, 2 passes, 1 lane. */
const HASH_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Hashed once, so a sign-in for an unknown email takes as long as one for a real account. */
let decoy: Promise<string> | undefined;
export async function spendVerifyTime(password: string): Promise<void> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await decoy, password);
}

// 49,000 passwords from breach corpora, shipped with zxcvbn-ts; only those long enough to be
// allowed at all matter here.
const commonPasswords = new Set(
  dictionary['passwords-common']
    .filter((word) => word.length >= PASSWORD_MIN_LENGTH)
    .map((word) => word.toLowerCase()),
);

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}

/**
 * The password rules (ASVS 5.0 V6): length 8 to 128, no composition rules, not a common password,
 * not the account's own email. Returns what to fix, or undefined.
 */
export function checkNewPassword(password: string, email: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `Enter a password of at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH)
    return `Enter a password of ${PASSWORD_MAX_LENGTH} characters or fewer`;
  if (isCommonPassword(password))
    return 'This password is too common. Choose one that is harder to guess, such as a few unrelated words.';
  const lower = password.toLowerCase();
  if (lower === email.toLowerCase() || lower === email.split('@')[0]?.toLowerCase()) {
    return 'Do not use your email address as your password';
  }
  return undefined;
}

/** A random password for a new or reset account: 20 characters, about 120 bits. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
