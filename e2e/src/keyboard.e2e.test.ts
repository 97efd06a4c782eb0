import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from './harness/browser.js';
import { type Focused, readFocus, showsFocus, tabTo } from './harness/keyboard.js';
import { type Servers, startServers } from './harness/servers.js';
import { countReadinessSteps, readReadinessQuestionnaire } from './harness/site-data.js';

// The readiness self-assessment from start to results with the keyboard alone: Tab and
// Shift+Tab to move, Space and the arrow keys to choose, Enter to follow and submit. Every stop
// on the way must show where focus is.

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

const isRadio = (focused: Focused) => focused.tag === 'input' && focused.type === 'radio';
const isSubmit = (focused: Focused) =>
  focused.tag === 'button' && /^(Continue|See your results)$/.test(focused.text);

/** Presses Enter on the focused control and waits for the page it leads to. */
async function pressEnterAndWait(urlPattern: RegExp): Promise<void> {
  await Promise.all([page.waitForURL(urlPattern), page.keyboard.press('Enter')]);
}

/**
 * Answers every question of the step on screen: Tab into each radio group, Space to choose the
 * first answer, then arrow keys to the one wanted. Returns how many questions it answered.
 */
async function answerStep(step: number, firstQuestion: number): Promise<number> {
  const groups = await page.locator('form.ptk-assessment-step fieldset').count();
  const answered = new Set<string>();
  let focused = await tabTo(
    page,
    (each) => (isRadio(each) && !answered.has(each.name)) || isSubmit(each),
  );
  while (!isSubmit(focused)) {
    const wanted = (firstQuestion + answered.size) % 5;
    await page.keyboard.press('Space');
    // Now and then overshoot and come back up, to use both arrow keys.
    const overshoot = wanted < 4 && answered.size === 1 ? 1 : 0;
    for (let press = 0; press < wanted + overshoot; press += 1)
      await page.keyboard.press('ArrowDown');
    for (let press = 0; press < overshoot; press += 1) await page.keyboard.press('ArrowUp');
    const chosen = await readFocus(page);
    expect(chosen, `step ${step}, ${chosen.name}`).toMatchObject({
      name: focused.name,
      value: String(wanted),
      checked: true,
    });
    expect(showsFocus(chosen), `focus shown on ${chosen.name}`).toBe(true);
    answered.add(focused.name);
    focused = await tabTo(
      page,
      (each) => (isRadio(each) && !answered.has(each.name)) || isSubmit(each),
    );
  }
  expect(answered.size, `questions answered on step ${step}`).toBe(groups);
  return answered.size;
}

describe('the readiness self-assessment with the keyboard only', () => {
  it('goes from the start page through every step to the results and on to the guidance', async () => {
    const steps = await countReadinessSteps(servers.apiUrl);
    const { questions } = await readReadinessQuestionnaire(servers.apiUrl);
    await page.goto(`${servers.siteUrl}/self-assessment`);

    const skip = await tabTo(page, () => true, { max: 1 });
    expect(skip.href).toBe('#main-content');
    await tabTo(page, (each) => each.href === '/self-assessment/step/1' && each.text !== '');
    await pressEnterAndWait(/\/self-assessment\/step\/1\b/);

    let answeredCount = 0;
    for (let step = 1; step <= steps; step += 1) {
      await expect(page.locator('.ptk-progress__text').textContent()).resolves.toBe(
        `Step ${step} of ${steps}`,
      );
      answeredCount += await answerStep(step, answeredCount);
      if (step === 1) {
        // Past Continue to Back, and Shift+Tab returns to Continue.
        await tabTo(page, (each) => each.tag === 'button' && each.text === 'Back', { max: 1 });
        await tabTo(page, isSubmit, { backwards: true, max: 1 });
      }
      const next =
        step === steps ? /\/self-assessment\/results\?/ : new RegExp(`/step/${step + 1}\\?`);
      await pressEnterAndWait(next);
    }
    expect(answeredCount).toBe(questions.length);

    await expect(page.locator('h1').textContent()).resolves.toMatch(/Your results/);
    await expect(page.locator('main').textContent()).resolves.toContain(
      `You answered ${questions.length} of the ${questions.length} questions`,
    );
    const planLinks = page.locator('.ptk-action__link a');
    expect(await planLinks.count()).toBeGreaterThan(0);
    for (const href of await planLinks.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')),
    )) {
      expect(href).toMatch(/^\/topics\/[a-z0-9-]+$/);
    }

    const guidance = await tabTo(page, (each) => each.text.startsWith('Guidance:'), { max: 200 });
    await pressEnterAndWait(new RegExp(`${guidance.href}$`));
    const response = await page.request.get(page.url());
    expect(response.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      guidance.text.replace(/^Guidance: /, ''),
    );
  }, 120_000);

  it('knows a missing focus style when it sees one', async () => {
    const probe = await browser.context.newPage();
    try {
      await probe.setContent(
        '<style>a:focus{outline:none;box-shadow:none}</style><a href="#x">No ring</a><p id="x">x</p>',
      );
      await expect(tabTo(probe, (each) => each.tag === 'a', { max: 2 })).rejects.toThrow(
        /No visible focus indicator/,
      );
    } finally {
      await probe.close();
    }
  });
});
