import { randomUUID } from 'node:crypto';
import { CSRF_HEADER, CSRF_HEADER_VALUE, type Role } from '@peer-toolkit/core';
import request, { type Response } from 'supertest';
import { hashPassword } from '../auth/passwords.js';
import { TEST_ORIGIN, type TestApp } from './test-app.js';

export const TEST_PASSWORD = 'violet-harbour-lantern-42';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface AdminClient {
  user: { id: string; email: string; role: Role };
  /** The session cookie, as sent back to the server. */
  cookie: string | undefined;
  /** A request with this client's session cookie, the admin's Origin and the CSRF header. */
  send(
    method: Method,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
}

/** Creates a user straight in the store, ready to sign in. */
export async function createUser(
  testApp: TestApp,
  role: Role,
  options: { email?: string; password?: string; mustChangePassword?: boolean } = {},
) {
  const user = {
    id: randomUUID(),
    email: options.email ?? `${role}-${randomUUID().slice(0, 8)}@example.org`,
    role,
  };
  await testApp.stores.accounts.createUser({
    ...user,
    displayName: `Test ${role}`,
    passwordHash: await hashPassword(options.password ?? TEST_PASSWORD),
    mustChangePassword: options.mustChangePassword ?? false,
    now: new Date().toISOString(),
  });
  return user;
}

/** The cookie the response set, as a request Cookie header value. */
export function sessionCookieFrom(res: Response): string | undefined {
  const setCookie = res.headers['set-cookie'] as unknown as string[] | undefined;
  return setCookie
    ?.map((line) => line.split(';')[0])
    .find((pair) => pair?.includes('ptk_session='));
}

/** Any request as a browser on the admin would send it. */
export function adminRequest(
  testApp: TestApp,
  method: Method,
  path: string,
  options: { cookie?: string | undefined; body?: unknown; headers?: Record<string, string> } = {},
) {
  let req = request(testApp.app)
    [method](`/api/v1${path}`)
    .set('Origin', TEST_ORIGIN)
    .set(CSRF_HEADER, CSRF_HEADER_VALUE);
  if (options.cookie) req = req.set('Cookie', options.cookie);
  for (const [name, value] of Object.entries(options.headers ?? {})) req = req.set(name, value);
  return options.body === undefined ? req : req.send(options.body as object);
}

/** Signs a user in through the API and returns a client holding their session. */
export async function signIn(
  testApp: TestApp,
  user: { id: string; email: string; role: Role },
  password = TEST_PASSWORD,
): Promise<AdminClient> {
  const res = await adminRequest(testApp, 'post', '/admin/auth/sign-in', {
    body: { email: user.email, password },
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${res.text}`);
  const client: AdminClient = {
    user,
    cookie: sessionCookieFrom(res),
    send: (method, path, body, headers) => {
      const options: {
        cookie?: string | undefined;
        body?: unknown;
        headers?: Record<string, string>;
      } = { cookie: client.cookie };
      if (body !== undefined) options.body = body;
      if (headers) options.headers = headers;
      return adminRequest(testApp, method, path, options);
    },
  };
  return client;
}

/** A new user of the given role, signed in. */
export async function signedIn(testApp: TestApp, role: Role): Promise<AdminClient> {
  return signIn(testApp, await createUser(testApp, role));
}
