import { randomUUID } from 'node:crypto';
import type { AccountStore } from '../store/account-store.js';
import { checkNewPassword, generatePassword, hashPassword } from './passwords.js';

export interface BootstrapResult {
  email: string;
  /** Present only when the password was generated; it is shown once and never stored in clear. */
  generatedPassword: string | undefined;
}

/**
 * With no users at all, creates the first admin from the configured email and password, or with
 * a generated password that must be changed at first sign-in. There is never a default password.
 */
export async function bootstrapAdmin(
  accounts: AccountStore,
  config: { email: string; password: string | undefined },
  now: string,
): Promise<BootstrapResult | undefined> {
  if ((await accounts.countUsers()) > 0) return undefined;
  const generated = config.password === undefined ? generatePassword() : undefined;
  const password = config.password ?? (generated as string);
  const problem = checkNewPassword(password, config.email);
  if (problem) throw new Error(`ADMIN_PASSWORD is not acceptable: ${problem}`);
  await accounts.createUser({
    id: randomUUID(),
    email: config.email,
    displayName: 'Administrator',
    role: 'admin',
    passwordHash: await hashPassword(password),
    mustChangePassword: generated !== undefined,
    now,
  });
  return { email: config.email, generatedPassword: generated };
}
