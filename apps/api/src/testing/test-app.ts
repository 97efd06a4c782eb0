import { mkdtempSync, rmSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import { pino } from 'pino';
import { createApp } from '../app.js';
import type { ContentStore } from '../store/content-store.js';
import { openStore } from '../store/open-store.js';

export interface TestApp {
  /** The request listener a real server uses, fast path included: give this to supertest. */
  app: RequestListener;
  /** The Express app behind it, for tests that inspect routes. */
  express: Express;
  store: ContentStore;
  dataDir: string;
  close: () => Promise<void>;
}

/** The real app over a real, freshly seeded SQLite file in a temporary folder. */
export async function createTestApp(options: { allowedOrigins?: string[] } = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'toolkit-api-'));
  const { store } = await openStore({ dataDir });
  const { handle, express } = createApp({
    store,
    config: { allowedOrigins: options.allowedOrigins ?? [], logLevel: 'silent' },
    logger: pino({ level: 'silent' }),
  });
  return {
    app: handle,
    express,
    store,
    dataDir,
    close: async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
