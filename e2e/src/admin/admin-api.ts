import type { Role } from '@peer-toolkit/core';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../harness/servers.js';

/** A person's session with the editorial API, as the admin app's own requests would carry it. */
export interface ApiSession {
  /** One request: JSON in and out, with the session cookie, the CSRF header and the Origin. */
  send(
    method: string,
    path: string,
    options?: { body?: unknown; ifMatch?: string },
  ): Promise<{ status: number; body: Record<string, unknown>; etag: string | null }>;
  /** The same, failing unless the answer is 2xx. */
  ok(
    method: string,
    path: string,
    options?: { body?: unknown; ifMatch?: string },
  ): Promise<Record<string, unknown>>;
}

/** Signs in through the API (without a second factor) and returns the session. */
export async function signInApi(apiUrl: string, email: string, password: string) {
  const headers = (cookie?: string): Record<string, string> => ({
    accept: 'application/json',
    'content-type': 'application/json',
    'x-requested-with': 'peer-toolkit',
    origin: apiUrl,
    ...(cookie ? { cookie } : {}),
  });
  const response = await fetch(`${apiUrl}/api/v1/admin/auth/sign-in`, {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok)
    throw new Error(`sign-in as ${email}: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const session: ApiSession = {
    async send(method, path, options = {}) {
      const res = await fetch(`${apiUrl}/api/v1${path}`, {
        method,
        headers: {
          ...headers(cookie),
          ...(options.ifMatch ? { 'if-match': options.ifMatch } : {}),
        },
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      });
      const text = await res.text();
      return {
        status: res.status,
        body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
        etag: res.headers.get('etag'),
      };
    },
    async ok(method, path, options) {
      const res = await session.send(method, path, options);
      if (res.status >= 300)
        throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
  };
  return session;
}

export const signInAsAdmin = (apiUrl: string) => signInApi(apiUrl, ADMIN_EMAIL, ADMIN_PASSWORD);

export interface TestUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
  role: Role;
}

/**
 * A user made by the admin through the API. With a password chosen here they can sign in and
 * work at once; without one they get a temporary password and must change it first.
 */
export async function createUser(
  admin: ApiSession,
  { role, name, password }: { role: Role; name: string; password?: string | null },
): Promise<TestUser> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.org`;
  const chosen = password === undefined ? `${role} lantern orchard ${name.length}7` : password;
  const body = await admin.ok('POST', '/admin/users', {
    body: { email, displayName: name, role, ...(chosen === null ? {} : { password: chosen }) },
  });
  const user = body.user as { id: string };
  return {
    id: user.id,
    email,
    password: chosen ?? String(body.temporaryPassword),
    displayName: name,
    role,
  };
}

/** One person of each role, for the tests that need several people. */
export async function createTeam(apiUrl: string, suffix: string) {
  const admin = await signInAsAdmin(apiUrl);
  return {
    admin,
    editor: await createUser(admin, { role: 'editor', name: `Edie Editor ${suffix}` }),
    publisher: await createUser(admin, { role: 'publisher', name: `Pat Publisher ${suffix}` }),
  };
}

/** A draft copy of a seeded item under a new id, so a test can change it without touching others. */
export async function copyItem(
  session: ApiSession,
  type: string,
  fromId: string,
  changes: Record<string, unknown>,
): Promise<{ id: string; etag: string; content: Record<string, unknown> }> {
  const source = await session.ok('GET', `/admin/content/${type}/${fromId}`);
  const content = { ...(source.content as Record<string, unknown>), ...changes };
  const created = await session.ok('POST', `/admin/content/${type}`, { body: { content } });
  return {
    id: String(created.id),
    etag: String(created.etag),
    content: created.content as Record<string, unknown>,
  };
}
