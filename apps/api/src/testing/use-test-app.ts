import type { Role } from '@peer-toolkit/core';
import { afterAll, beforeAll } from 'vitest';
import type { AppConfig } from '../app.js';
import { type AdminClient, signedIn } from './admin-client.js';
import { createTestApp, type TestApp } from './test-app.js';

export interface TestAppOptions {
  config?: Partial<AppConfig>;
  /** False for a database left empty, without the default content. */
  seed?: boolean;
}

/**
 * Creates a test app in `beforeAll` and closes it in `afterAll`, for the file or the `describe`
 * it is called in. What it returns stands in for that app, so it can be named at the top of a
 * file and used in any test or later hook.
 */
export function useTestApp(options: TestAppOptions = {}): TestApp {
  let current: TestApp | undefined;
  beforeAll(async () => {
    current = await createTestApp(options.config, { seed: options.seed ?? true });
  });
  afterAll(async () => {
    await current?.close();
  });
  return standIn(() => {
    if (!current) throw new Error('The test app is created in beforeAll: use it in a test or hook');
    return current;
  });
}

export type AdminTestApp<R extends Role> = { testApp: TestApp } & Record<R, AdminClient>;

/**
 * `useTestApp`, with a user of each role signed in once in `beforeAll`, after the app is created
 * and before the file's own `beforeAll` hooks. Returns the app and a client for each role.
 */
export function useAdminTestApp<R extends Role>(
  options: TestAppOptions & { roles: readonly R[] },
): AdminTestApp<R> {
  const testApp = useTestApp(options);
  const clients = new Map<Role, AdminClient>();
  beforeAll(async () => {
    for (const role of options.roles) clients.set(role, await signedIn(testApp, role));
  });
  const byRole = Object.fromEntries(
    options.roles.map((role) => [
      role,
      standIn(() => {
        const client = clients.get(role);
        if (!client) throw new Error(`The ${role} signs in in beforeAll: use it in a test or hook`);
        return client;
      }),
    ]),
  ) as Record<R, AdminClient>;
  return { ...byRole, testApp };
}

/**
 * An object that reads and writes every property on whatever `current` returns at the time, so
 * it can be handed out before that exists.
 */
function standIn<T extends object>(current: () => T): T {
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(current(), key),
    set: (_target, key, value) => Reflect.set(current(), key, value),
  });
}
