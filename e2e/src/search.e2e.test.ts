import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServersAndBrowser } from './harness/use-servers.js';

// Search across everything: as you type with JavaScript (results grouped by type, the count
// announced, Enter still submits), and as a plain GET form without it.

const run = useServersAndBrowser();

interface ShownResults {
  query: string;
  heading: string;
  groups: { heading: string; count: number; links: number }[];
}

/** What the results region shows: its query, its heading and each type's group. */
function readResults(page: Page): Promise<ShownResults> {
  return page.locator('#search-results').evaluate((region) => ({
    query: (region as HTMLElement).dataset.query ?? '',
    heading: region.querySelector('h2')?.textContent ?? '',
    groups: Array.from(region.querySelectorAll('section.ptk-search-group')).map((group) => ({
      heading: group.querySelector('h3')?.firstChild?.textContent?.trim() ?? '',
      count: Number(
        group.querySelector('.ptk-search-group__count')?.textContent?.match(/\d+/)?.[0],
      ),
      links: group.querySelectorAll('a.ptk-search-hit__title').length,
    })),
  }));
}

/** Presses Enter and waits for the search page the form sends to (not a fetched fragment). */
async function submitWithEnter(page: Page) {
  const [response] = await Promise.all([
    page.waitForResponse(
      (each) => each.request().resourceType() === 'document' && each.url().includes('/search?q='),
    ),
    page.waitForEvent('load'),
    page.keyboard.press('Enter'),
  ]);
  return response;
}

describe('search with JavaScript', () => {
  it('shows results grouped by type as you type, announces the count, and keeps focus', async () => {
    const page = await run.browser.newPerson();
    await page.goto(`${run.servers.siteUrl}/search`);
    let documentLoads = 0;
    page.on('load', () => {
      documentLoads += 1;
    });
    await page.locator('#q').focus();
    await page.keyboard.type('supervision', { delay: 40 });
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#search-results')?.dataset.query === 'supervision',
    );

    const shown = await readResults(page);
    const total = Number(shown.heading.match(/^(\d+) results?/)?.[1]);
    expect(total).toBeGreaterThan(0);
    expect(shown.heading).toBe(`${total} results for “supervision”`);
    expect(shown.groups.length).toBeGreaterThan(1);
    expect(shown.groups.map((group) => group.heading)).toContain('Toolkit topics');
    expect(shown.groups.reduce((sum, group) => sum + group.count, 0)).toBe(total);
    for (const group of shown.groups) expect(group.links, group.heading).toBeGreaterThan(0);
    await expect(page.locator('nav[aria-label="Results by type"] a').count()).resolves.toBe(
      shown.groups.length,
    );

    // Screen readers hear the count from a status region; focus stays in the field.
    const status = page.locator('#search-status');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    await expect(status.textContent()).resolves.toBe(`${total} results for “supervision”`);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('q');
    expect(new URL(page.url()).search).toBe('?q=supervision');
    await expect(page.title()).resolves.toMatch(/^\d+ results for “supervision” – Search/);
    expect(documentLoads).toBe(0);

    // More words narrow it, still without a page load.
    await page.keyboard.type(' training', { delay: 40 });
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLElement>('#search-results')?.dataset.query ===
        'supervision training',
    );
    const narrowed = Number((await readResults(page)).heading.match(/^(\d+)/)?.[1] ?? 0);
    expect(narrowed).toBeLessThan(total);
    await expect(status.textContent()).resolves.toMatch(/supervision training/);
    expect(documentLoads).toBe(0);

    // Enter sends the form to the server as usual.
    const response = await submitWithEnter(page);
    expect(response.status()).toBe(200);
    expect(documentLoads).toBe(1);
    expect(new URL(page.url()).searchParams.get('q')).toBe('supervision training');
    await expect(page.locator('#search-results h2').textContent()).resolves.toMatch(
      /supervision training/,
    );
    await page.context().close();
  });

  it('says so when nothing matches', async () => {
    const page = await run.browser.newPerson();
    await page.goto(`${run.servers.siteUrl}/search`);
    await page.locator('#q').focus();
    await page.keyboard.type('xylophonequartz', { delay: 20 });
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLElement>('#search-results')?.dataset.query === 'xylophonequartz',
    );
    await expect(page.locator('#search-status').textContent()).resolves.toBe(
      'No results for “xylophonequartz”',
    );
    await expect(page.locator('#search-results section').count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('search without JavaScript', () => {
  it('sends the GET form and shows grouped results from the server', async () => {
    const page = await run.browser.newPerson({ javaScriptEnabled: false, width: 375 });
    await page.goto(`${run.servers.siteUrl}/`);
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.locator('#q').fill('recruitment');
    const response = await submitWithEnter(page);
    expect(response.status()).toBe(200);
    expect(new URL(page.url()).searchParams.get('q')).toBe('recruitment');
    const shown = await readResults(page);
    expect(shown.heading).toMatch(/^\d+ results? for “recruitment”$/);
    expect(shown.groups.length).toBeGreaterThan(0);
    await expect(page.locator('#q').inputValue()).resolves.toBe('recruitment');

    // A result leads to its page.
    const first = page.locator('a.ptk-search-hit__title').first();
    const href = await first.getAttribute('href');
    await first.click();
    expect(new URL(page.url()).pathname).toBe(href);
    await page.context().close();
  });

  it('answers an empty search with an error summary linked to the field', async () => {
    const page = await run.browser.newPerson({ javaScriptEnabled: false });
    await page.goto(`${run.servers.siteUrl}/search`);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/\/search\?q=$/);
    const link = page.locator('.ptk-error-summary a[href="#q"]');
    await expect(link.textContent()).resolves.not.toBe('');
    await expect(page.locator('#q').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await page.context().close();
  });
});
