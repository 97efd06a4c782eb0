import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from './harness/browser.js';
import { type Servers, startServers } from './harness/servers.js';
import {
  countReadinessSteps,
  makeExpectationsCode,
  readExpectationsQuestionnaire,
} from './harness/site-data.js';

// With JavaScript turned off in the browser, every part of the site still works: content pages,
// the change model's diagram, role filters, the self-assessment and the shared expectations
// exercise, all through links and GET forms answered by the server.

let servers: Servers;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  servers = await startServers();
  browser = await openBrowser({ javaScriptEnabled: false });
  page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await browser?.close();
  await servers?.stop();
});

const text = (selector: string) => page.locator(selector).first().textContent();

/** Clicks something that loads a new page, and waits for it. */
async function clickAndLoad(name: string | RegExp, role: 'button' | 'link' = 'button') {
  await Promise.all([page.waitForEvent('load'), page.getByRole(role, { name }).click()]);
}

describe('the site without JavaScript', () => {
  it('shows a topic in full, with working contents links and no script at all', async () => {
    await page.goto(`${servers.siteUrl}/topics`);
    const firstTopic = page.locator('main a[href^="/topics/"]').first();
    const title = await firstTopic.textContent();
    await Promise.all([page.waitForEvent('load'), firstTopic.click()]);
    await expect(text('h1')).resolves.toBe(title);
    await expect(page.locator('script').count()).resolves.toBe(0);
    expect((await text('main'))?.length).toBeGreaterThan(2000);
    // Every in-page link (contents, evidence) points at something on the page.
    const anchors = await page
      .locator('main a[href^="#"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.slice(1) ?? ''));
    expect(anchors.length).toBeGreaterThan(0);
    for (const id of anchors) {
      await expect(page.locator(`[id="${id}"]`).count(), `#${id}`).resolves.toBe(1);
    }
  });

  it('makes each node of the change model diagram a link to its entry in the text version', async () => {
    await page.goto(`${servers.siteUrl}/change-model`);
    const nodes = page.locator('svg a.ptk-cm-node');
    expect(await nodes.count()).toBeGreaterThan(10);
    const targets = await nodes.evaluateAll((links) =>
      links.map((link) => ({
        href: link.getAttribute('href') ?? '',
        label: link.getAttribute('aria-label') ?? '',
      })),
    );
    for (const { href, label } of targets) {
      expect(href, label).toMatch(/^#[a-z0-9-]+$/);
      const entry = page.locator(`[id="${href.slice(1)}"]`);
      await expect(entry.count(), href).resolves.toBe(1);
      // The entry is in the text version, not in the drawing.
      await expect(entry.evaluate((element) => element.closest('svg') === null)).resolves.toBe(
        true,
      );
    }
    const [first] = targets;
    await nodes.first().click();
    expect(new URL(page.url()).hash).toBe(first?.href);
    const entry = page.locator(`[id="${first?.href.slice(1)}"]`);
    await expect(entry.isVisible()).resolves.toBe(true);
    const entryText = await entry.textContent();
    expect(entryText).toContain(first?.label.replace(/^[^:]+: /, ''));
  });

  it('filters the roles with the GET form, including a filter nothing matches', async () => {
    await page.goto(`${servers.siteUrl}/roles`);
    const all = await page.locator('.ptk-filter-layout__results h3 a').count();
    expect(all).toBeGreaterThan(2);
    await page.locator('#filter-sector-statutory').check();
    await clickAndLoad('Apply filters');
    expect(new URL(page.url()).searchParams.getAll('sector')).toEqual(['statutory']);
    const filtered = await page.locator('.ptk-filter-layout__results h3 a').count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    await expect(text('#results')).resolves.toBe(`${filtered} of ${all} roles match your filters`);
    // The ticked filters stay ticked.
    await expect(page.locator('#filter-sector-statutory').isChecked()).resolves.toBe(true);

    // Voluntary sector roles in hospital: there are none in the seeded content.
    await page.locator('#filter-sector-statutory').uncheck();
    await page.locator('#filter-sector-voluntary').check();
    await page.locator('#filter-settings-inpatient').check();
    await clickAndLoad('Apply filters');
    await expect(text('#results')).resolves.toMatch(/^No roles match/);
    await clickAndLoad('Clear filters', 'link');
    expect(new URL(page.url()).search).toBe('');
    await expect(page.locator('.ptk-filter-layout__results h3 a').count()).resolves.toBe(all);
  });

  it('takes the self-assessment step by step to the results, keeping answers going back', async () => {
    const steps = await countReadinessSteps(servers.apiUrl);
    await page.goto(`${servers.siteUrl}/self-assessment`);
    await clickAndLoad(/^Start/, 'link');
    for (let step = 1; step <= steps; step += 1) {
      await expect(text('.ptk-progress__text')).resolves.toBe(`Step ${step} of ${steps}`);
      const groups = await page.locator('form.ptk-assessment-step fieldset').all();
      for (const [index, group] of groups.entries()) {
        await group.locator(`input[type="radio"][value="${(step + index) % 4}"]`).check();
      }
      if (step === 2) {
        // Back keeps what was just chosen on this step, and Continue returns to it.
        await clickAndLoad('Back');
        await expect(text('.ptk-progress__text')).resolves.toBe(`Step 1 of ${steps}`);
        await expect(page.locator('input[type="radio"]:checked').count()).resolves.toBeGreaterThan(
          0,
        );
        await clickAndLoad('Continue');
        await expect(page.locator('input[type="radio"]:checked').count()).resolves.toBe(
          groups.length,
        );
      }
      await clickAndLoad(step === steps ? 'See your results' : 'Continue');
    }
    expect(page.url()).toMatch(/\/self-assessment\/results\?code=/);
    await expect(text('h1')).resolves.toMatch(/Your results/);
    await expect(text('.ptk-result-panel__score')).resolves.toMatch(/^\d+%$/);
    expect(await page.locator('.ptk-action__link a[href^="/topics/"]').count()).toBeGreaterThan(0);
    // Printing needs JavaScript, so its button stays hidden; the download is a plain link.
    await expect(page.getByRole('button', { name: 'Print your results' }).count()).resolves.toBe(0);
    const download = page.getByRole('link', { name: /Download your results/ });
    const response = await page.request.get(
      new URL((await download.getAttribute('href')) ?? '', page.url()).href,
    );
    expect(response.headers()['content-disposition']).toMatch(/attachment/);
  }, 60_000);

  it('runs the shared expectations exercise: errors, a share code, more rows and a comparison', async () => {
    await page.goto(`${servers.siteUrl}/shared-expectations/answer`);
    await clickAndLoad('Get my share code');
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await expect(page.locator('.ptk-error-summary a').count()).resolves.toBe(2);

    await page.getByLabel('Managers').check();
    await page.locator('fieldset.ptk-fieldset input[value="4"]').first().check();
    await clickAndLoad('Get my share code');
    const code = (await text('#share-code'))?.trim() ?? '';
    expect(code).toMatch(/^[0-9A-Z-]{10,}$/);
    // The copy button needs JavaScript, so it stays hidden.
    await expect(page.getByRole('button', { name: 'Copy the code' }).isVisible()).resolves.toBe(
      false,
    );

    // A second person, who strongly disagrees where the manager strongly agreed.
    const { questions } = await readExpectationsQuestionnaire(servers.apiUrl);
    const first = [...questions].sort((a, b) => a.order - b.order)[0];
    const other = await makeExpectationsCode(servers.siteUrl, {
      group: 'peer-workers',
      answers: { [first?.id ?? '']: 0 },
    });
    await page.goto(`${servers.siteUrl}/shared-expectations/compare`);
    await page.locator('#label-1').fill('Manager');
    await page.locator('#code-1').fill(code);
    await clickAndLoad(/Add \d+ more rows/);
    await expect(page.locator('.ptk-compare-row').count()).resolves.toBe(8);
    await expect(page.locator('#code-1').inputValue()).resolves.toBe(code);
    await page.locator('#label-6').fill('Peer worker');
    await page.locator('#code-6').fill(other);
    await clickAndLoad('Compare expectations');
    await expect(text('h1')).resolves.toMatch(/Where expectations differ/);
    await expect(text('.ptk-lead')).resolves.toMatch(/Comparing the answers of 2 people/);
    await expect(
      page.locator('section.ptk-statement').first().getAttribute('class'),
    ).resolves.toMatch(/ptk-statement--divergent/);
  });
});
