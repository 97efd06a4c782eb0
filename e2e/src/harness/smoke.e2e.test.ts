import { afterAll, beforeAll, expect, it } from 'vitest';
import { openBrowser } from './browser.js';
import { type Servers, startServers } from './servers.js';

let servers: Servers;
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  servers = await startServers();
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await servers?.stop();
});

it('serves the home page from the real API and site', async () => {
  const page = await browser.context.newPage();
  const response = await page.goto(`${servers.siteUrl}/`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1').textContent()).resolves.toMatch(/peer workers/i);
  const topics = await page.locator('main ol li a').count();
  expect(topics).toBeGreaterThanOrEqual(12);
});
