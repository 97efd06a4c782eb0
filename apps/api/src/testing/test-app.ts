import { mkdtempSync, rmSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import { pino } from 'pino';
import { type AppConfig, createApp } from '../app.js';
import type { ContentStore } from '../store/content-store.js';
import { openStore, type Stores } from '../store/open-store.js';

/** The origin test requests come from, as a browser on the admin would send it. */
export const TEST_ORIGIN = 'http://127.0.0.1:4000';

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    allowedOrigins: [],
    logLevel: 'silent',
    publicOrigin: TEST_ORIGIN,
    adminOrigins: [TEST_ORIGIN],
    trustProxy: false,
    sessionIdleMinutes: 30,
    sessionMaxHours: 12,
    ...overrides,
  };
}

export interface TestApp {
  /** The request listener a real server uses, fast path included: give this to supertest. */
  app: RequestListener;
  /** The Express app behind it, for tests that inspect routes. */
  express: Express;
  /** The public content store. */
  store: ContentStore;
  stores: Stores;
  dataDir: string;
  /** Whether the default content was seeded into the new database. */
  seeded: boolean;
  /** The app's clock: real time plus whatever `advance` has added. */
  now: () => number;
  /** Moves the app's clock forward, for expiry and throttling tests. */
  advance: (ms: number) => void;
  close: () => Promise<void>;
}

/**
 * The real app over a real SQLite file in a temporary folder, seeded with the default content
 * unless `seed` is false.
 */
export async function createTestApp(
  options: Partial<AppConfig> = {},
  { seed = true }: { seed?: boolean } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'toolkit-api-'));
  const { stores, seeded } = await openStore({ dataDir, seed });
  let offset = 0;
  const now = () => Date.now() + offset;
  const { handle, express } = createApp({
    stores,
    config: testConfig(options),
    logger: pino({ level: 'silent' }),
    clock: now,
  });
  return {
    app: handle,
    express,
    store: stores.content,
    stores,
    dataDir,
    seeded,
    now,
    advance: (ms) => {
      offset += ms;
    },
    close: async () => {
      await stores.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
