import { afterAll, beforeAll } from 'vitest';
import { openSharedBrowser } from './browser.js';
import { type Servers, startServers } from './servers.js';

/**
 * The servers (API with the admin, and the site, over a fresh database) and one shared Chromium
 * for a test file: started before its tests, stopped after. Read them as `run.servers` and
 * `run.browser` inside tests and hooks.
 */
export function useServersAndBrowser() {
  const run = {} as { servers: Servers; browser: Awaited<ReturnType<typeof openSharedBrowser>> };
  beforeAll(async () => {
    run.servers = await startServers();
    run.browser = await openSharedBrowser();
  });
  afterAll(async () => {
    await run.browser?.close();
    await run.servers?.stop();
  });
  return run;
}
