import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from './harness/browser.js';
import { type Servers, startServers } from './harness/servers.js';
import {
  compareQuery,
  makeExpectationsCode,
  makeReadinessCode,
  readExpectationsQuestionnaire,
} from './harness/site-data.js';

// Full-page screenshots of the main pages at phone and desktop widths, kept as test artifacts in
// e2e/screenshots/<name>-<width>.png for people to look at (they are not compared to anything).

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');
const WIDTHS = [375, 1280];

let servers: Servers;
let browser: Awaited<ReturnType<typeof openBrowser>>;
const pages: { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'topics', path: '/topics' },
  { name: 'topic', path: '/topics/training' },
  { name: 'change-model', path: '/change-model' },
  { name: 'risk', path: '/risk' },
  { name: 'risk-area', path: '/risk/role-drift' },
  { name: 'roles', path: '/roles' },
  { name: 'role', path: '/roles/crisis-peer-worker' },
  { name: 'self-assessment-step-1', path: '/self-assessment/step/1' },
  { name: 'search-results', path: '/search?q=support' },
];

/** The two pages that need share codes, made the way a visitor's form would make them. */
async function addCodePages(): Promise<void> {
  const code = await makeReadinessCode(servers.siteUrl, servers.apiUrl);
  pages.push({
    name: 'self-assessment-results',
    path: `/self-assessment/results?code=${encodeURIComponent(code)}`,
  });
  const { questions, groups } = await readExpectationsQuestionnaire(servers.apiUrl);
  const people = await Promise.all(
    ['Asha', 'Ben', 'Chloe'].map(async (label, person) => ({
      label,
      code: await makeExpectationsCode(servers.siteUrl, {
        group: groups[person % groups.length]?.id ?? '',
        answers: Object.fromEntries(
          questions.map((question, index) => [question.id, (index * (person + 1)) % 5]),
        ),
      }),
    })),
  );
  pages.push({
    name: 'shared-expectations-compare-results',
    path: `/shared-expectations/compare?${compareQuery(people)}`,
  });
}

beforeAll(async () => {
  servers = await startServers();
  browser = await openBrowser();
  await addCodePages();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await servers?.stop();
});

describe('screenshots of the main pages', () => {
  it.each(WIDTHS)(
    'at %i px wide',
    async (width) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: width < 800 ? 812 : 900 });
      const written: string[] = [];
      try {
        for (const { name, path } of pages) {
          const response = await page.goto(`${servers.siteUrl}${path}`);
          expect(response?.status(), path).toBe(200);
          const file = join(SCREENSHOTS, `${name}-${width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          expect(statSync(file).size, file).toBeGreaterThan(10_000);
          written.push(file);
        }
      } finally {
        await page.close();
      }
      expect(written).toHaveLength(12);
    },
    120_000,
  );
});
