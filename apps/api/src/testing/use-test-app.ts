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
    current = await createTestApp(options.config, options.seed === false ? { seed: false } : {});
  });
  afterAll(async () => {
    await current?.close();
  });
  return standInForApp(() => {
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
      standInForClient(() => {
        const client = clients.get(role);
        if (!client) throw new Error(`The ${role} signs in in beforeAll: use it in a test or hook`);
        return client;
      }),
    ]),
  ) as Record<R, AdminClient>;
  return { ...byRole, testApp };
}

function standInForApp(current: () => TestApp): TestApp {
  return {
    get app() {
      return current().app;
    },
    get express() {
      return current().express;
    },
    get store() {
      return current().store;
    },
    get stores() {
      return current().stores;
    },
    get dataDir() {
      return current().dataDir;
    },
    get seeded() {
      return current().seeded;
    },
    now: () => current().now(),
    advance: (ms) => current().advance(ms),
    close: () => current().close(),
  };
}

function standInForClient(current: () => AdminClient): AdminClient {
  return {
    get user() {
      return current().user;
    },
    get cookie() {
      return current().cookie;
    },
    set cookie(cookie) {
      current().cookie = cookie;
    },
    send: (...args) => current().send(...args),
  };
}
