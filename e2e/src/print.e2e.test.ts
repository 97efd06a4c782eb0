import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from './harness/browser.js';
import { type Servers, startServers } from './harness/servers.js';
import { makeReadinessCode } from './harness/site-data.js';

// The print stylesheet gives a clean document: the site's furniture (header, navigation,
// breadcrumbs, footer) and every button disappear; the content stays.

let servers: Servers;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  servers = await startServers();
  browser = await openBrowser();
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await servers?.stop();
});

const furniture = {
  header: 'header.ptk-header',
  navigation: 'nav.ptk-nav',
  breadcrumbs: '.ptk-breadcrumbs',
  footer: 'footer.ptk-footer',
  buttons: 'button, .ptk-button, input[type="submit"]',
};

/** Which of the site's furniture is displayed, by name. */
async function displayedFurniture(): Promise<string[]> {
  const shown: string[] = [];
  for (const [name, selector] of Object.entries(furniture)) {
    const visible = await page
      .locator(selector)
      .evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
    if (visible > 0) shown.push(name);
  }
  return shown;
}

/** How many of these content elements are displayed. */
function displayedContent(selector: string): Promise<number> {
  return page
    .locator(`main ${selector}`)
    .evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
}

async function checkPrinted({
  path,
  content,
  hasButtons,
}: {
  path: string;
  content: string[];
  hasButtons: boolean;
}) {
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${servers.siteUrl}${path}`);
  // On screen the furniture is there, so the print check below can tell the difference.
  const onScreen = Object.keys(furniture).filter((name) => hasButtons || name !== 'buttons');
  expect(await displayedFurniture()).toEqual(onScreen);

  await page.emulateMedia({ media: 'print' });
  expect(await displayedFurniture(), `furniture printed on ${path}`).toEqual([]);
  await expect(page.locator('h1').isVisible()).resolves.toBe(true);
  for (const selector of content) {
    expect(await displayedContent(selector), `${selector} printed on ${path}`).toBeGreaterThan(0);
  }
}

describe('printing', () => {
  it('prints a topic page as its content alone', async () => {
    await checkPrinted({ path: '/topics/training', content: ['h2', 'p', 'li'], hasButtons: false });
  });

  it('prints the self-assessment results with scores and the action plan, without buttons', async () => {
    const code = await makeReadinessCode(servers.siteUrl, servers.apiUrl);
    await checkPrinted({
      path: `/self-assessment/results?code=${encodeURIComponent(code)}`,
      content: ['.ptk-result-panel__score', 'table', '.ptk-action', '.ptk-share-code__value'],
      hasButtons: true,
    });
    // The links that matter on paper say where they go.
    const printedUrl = await page
      .locator('.ptk-action__link a')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(printedUrl).toMatch(/http:\/\/127\.0\.0\.1:\d+\/topics\//);
  });
});
