import { createHash } from 'node:crypto';
import type { Role } from '@peer-toolkit/core';
import type { UserRecord } from '../../store/account-store.js';

const etagOf = (kind: string, value: unknown) =>
  `"${kind}-${createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22)}"`;

/**
 * The version of what an admin edits on a user: name, role and whether they are disabled. Taken
 * from those values themselves, so a change to any of them since the admin's page loaded makes
 * their If-Match stale, and nothing else (a sign-in, a password reset) does.
 */
export const userEtag = (user: Pick<UserRecord, 'display_name' | 'role' | 'disabled_at'>) =>
  etagOf('u', [user.display_name, user.role, user.disabled_at !== null]);

/** The version of the security settings: which roles must use a second factor. */
export const securitySettingsEtag = (roles: readonly Role[]) =>
  etagOf('s', [...new Set(roles)].sort());
