import type { Role } from '@peer-toolkit/core';
import type { Response } from 'supertest';
import type { AdminClient } from './admin-client.js';

async function etagOf(admin: AdminClient, path: string): Promise<string> {
  const res = await admin.send('get', path);
  const etag = res.headers.etag;
  if (res.status !== 200 || typeof etag !== 'string') {
    throw new Error(`GET ${path} gave ${res.status} without an ETag: ${res.text}`);
  }
  return etag;
}

/** The ETag of a user as an admin sees them now: what an edit sends in If-Match. */
export const userVersion = (admin: AdminClient, userId: string) =>
  etagOf(admin, `/admin/users/${userId}`);

/** The ETag of the security settings as they are now. */
export const securitySettingsVersion = (admin: AdminClient) =>
  etagOf(admin, '/admin/security-settings');

/** Changes a user as the admin app does: naming the version just read. */
export async function editUser(
  admin: AdminClient,
  userId: string,
  changes: { displayName?: string; role?: Role; disabled?: boolean },
): Promise<Response> {
  const etag = await userVersion(admin, userId);
  return admin.send('patch', `/admin/users/${userId}`, changes, { 'If-Match': etag });
}

/** Chooses the roles that must use a second factor, as the admin app does. */
export async function setSecondFactorRoles(admin: AdminClient, roles: Role[]): Promise<Response> {
  const etag = await securitySettingsVersion(admin);
  return admin.send(
    'put',
    '/admin/security-settings',
    { secondFactorRequiredFor: roles },
    { 'If-Match': etag },
  );
}
