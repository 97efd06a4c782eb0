import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSharedBrowser } from './harness/browser.js';
import { type Servers, startServers } from './harness/servers.js';
import {
  type ExpectationsQuestionnaire,
  readExpectationsQuestionnaire,
} from './harness/site-data.js';

// The shared expectations exercise as a planning group uses it: each person, in their own
// browser, answers the statements and gets a share code; the facilitator pastes the codes into
// the compare page and sees the statements where expectations diverge first.

let servers: Servers;
let browser: Awaited<ReturnType<typeof openSharedBrowser>>;
let questionnaire: ExpectationsQuestionnaire;
let statements: ExpectationsQuestionnaire['questions'];

interface Person {
  label: string;
  group: string;
  /** Answers to the first statements in order, null for "Not sure"; the rest use `rest`. */
  first: (number | null)[];
  rest: number | null;
  code?: string;
}

// Statements 1 and 3 split people into agreeing and disagreeing (divergent); statement 4 is two
// steps apart with nobody disagreeing (some difference); the others are within one step.
const people: Person[] = [
  { label: 'Asha', group: 'peer-workers', first: [4, 3, 1, 2], rest: 3 },
  { label: 'Ben', group: 'managers', first: [0, 3, 0, 4], rest: null },
  { label: 'Chloe', group: 'team-colleagues', first: [3, 4, 3, 4], rest: 3 },
  { label: 'Dev', group: 'people-using-services', first: [1, 3, 4, 3], rest: 2 },
  { label: 'Ella', group: 'peer-workers', first: [4, 4, null, 2], rest: 3 },
];

const answerOf = (person: Person, index: number) =>
  index < person.first.length ? (person.first[index] ?? null) : person.rest;

beforeAll(async () => {
  servers = await startServers();
  browser = await openSharedBrowser();
  questionnaire = await readExpectationsQuestionnaire(servers.apiUrl);
  statements = [...questionnaire.questions].sort((a, b) => a.order - b.order);
});
afterAll(async () => {
  await browser?.close();
  await servers?.stop();
});

const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);
const scaleLabel = (value: number | null) =>
  value === null
    ? questionnaire.scale.notSureLabel
    : questionnaire.scale.options.find((option) => option.value === value)?.label;
const groupLabel = (id: string) => questionnaire.groups.find((group) => group.id === id)?.label;

/** One person answers on their own device and gets their code. */
async function answerAs(person: Person): Promise<string> {
  const page = await browser.newPerson({ width: 375, height: 800 });
  await page.goto(`${servers.siteUrl}/shared-expectations/answer`);
  const firstGroup = questionnaire.groups[0]?.id;
  await byId(page, person.group === firstGroup ? 'group' : `group-${person.group}`).check();
  for (const [index, statement] of statements.entries()) {
    const answer = answerOf(person, index);
    await byId(page, `${statement.id}-${answer ?? 'not-sure'}`).check();
  }
  await Promise.all([
    page.waitForURL(/\/shared-expectations\/your-code\?code=/),
    page.getByRole('button', { name: 'Get my share code' }).click(),
  ]);
  const code = (await page.locator('#share-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  await expect(page.locator('main').textContent()).resolves.toContain(
    `Answering as: ${groupLabel(person.group)}`,
  );
  // The code page lists the answers the code holds.
  const firstRow = page.locator('main table tbody tr').first();
  await expect(firstRow.locator('td').nth(1).textContent()).resolves.toBe(
    scaleLabel(answerOf(person, 0)),
  );
  await page.context().close();
  return code;
}

/** Changes one character of a code, which its checksum must catch. */
function tamper(code: string): string {
  const at = Math.floor(code.length / 2) + (code[Math.floor(code.length / 2)] === '-' ? 1 : 0);
  const replacement = code[at] === '7' ? '8' : '7';
  return `${code.slice(0, at)}${replacement}${code.slice(at + 1)}`;
}

describe('share codes, made by several people and compared by a facilitator', () => {
  it('gives each person a code holding their group and answers', async () => {
    for (const person of people) person.code = await answerAs(person);
    expect(new Set(people.map((person) => person.code)).size).toBe(people.length);
  }, 60_000);

  it('compares the codes, adding rows in place, with the divergent statements first', async () => {
    const page = await browser.newPerson();
    await page.goto(`${servers.siteUrl}/shared-expectations/compare`);
    expect(await page.locator('.ptk-compare-row').count()).toBe(4);
    for (const [index, person] of people.entries()) {
      const row = index + 1;
      if ((await byId(page, `label-${row}`).count()) === 0) {
        await page.getByRole('button', { name: /Add \d+ more rows/ }).click();
        await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(`label-${row}`);
        await expect(page.locator('[data-rows-status]').textContent()).resolves.toMatch(
          /rows added/,
        );
      }
      await byId(page, `label-${row}`).fill(person.label);
      // Pasted as it came, in small letters for one person: both work.
      await byId(page, `code-${row}`).fill(
        row === 2 ? (person.code ?? '').toLowerCase() : (person.code ?? ''),
      );
    }
    // The facilitator knows Ella answered for the managers this time.
    await byId(page, 'group-5').selectOption('managers');
    await Promise.all([
      page.waitForURL(/action=compare/),
      page.getByRole('button', { name: 'Compare expectations' }).click(),
    ]);

    await expect(page.locator('h1').textContent()).resolves.toMatch(/Where expectations differ/);
    const sections = page.locator('section.ptk-statement');
    expect(await sections.count()).toBe(statements.length);
    const levels = await sections.evaluateAll((all) =>
      all.map((section) => section.className.match(/ptk-statement--([a-z-]+)/)?.[1]),
    );
    expect(levels.slice(0, 3)).toEqual(['divergent', 'divergent', 'some-difference']);
    expect(levels.slice(3).every((level) => level === 'agreed')).toBe(true);

    const headings = await sections.locator('h3').allTextContents();
    const divergent = [statements[0], statements[2]].map((statement) => statement?.statement);
    expect(
      headings
        .slice(0, 2)
        .map((text) => text.replace(/^\d+\.\s*/, ''))
        .sort(),
    ).toEqual(divergent.sort());

    // Each person's answer to the first divergent statement, with their group.
    const first = sections.first();
    const shown = await first
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.children).map((cell) => cell.textContent?.trim())),
      );
    const index = statements.findIndex(
      (statement) => headings[0]?.endsWith(statement.statement) ?? false,
    );
    expect(shown).toEqual(
      people.map((person) => [
        person.label,
        groupLabel(person.label === 'Ella' ? 'managers' : person.group),
        scaleLabel(answerOf(person, index)),
      ]),
    );
    await page.context().close();
  }, 60_000);

  it('refuses a tampered code with an error summary that links to the field', async () => {
    const [asha, ben] = people;
    const page = await browser.newPerson();
    await page.goto(`${servers.siteUrl}/shared-expectations/compare`);
    await byId(page, 'label-1').fill(asha?.label ?? '');
    await byId(page, 'code-1').fill(asha?.code ?? '');
    await byId(page, 'label-2').fill(ben?.label ?? '');
    await byId(page, 'code-2').fill(tamper(ben?.code ?? ''));
    const [response] = await Promise.all([
      page.waitForResponse((each) => each.url().includes('action=compare')),
      page.getByRole('button', { name: 'Compare expectations' }).click(),
    ]);
    expect(response.status()).toBe(400);
    await expect(page.title()).resolves.toMatch(/^Error: /);

    const summary = page.locator('.ptk-error-summary');
    await expect(summary.isVisible()).resolves.toBe(true);
    // The script moves focus to the summary, as on GOV.UK.
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains('ptk-error-summary')),
    ).resolves.toBe(true);
    const link = summary.locator('a[href="#code-2"]');
    await expect(link.textContent()).resolves.toMatch(/code for Ben cannot be read/);
    await expect(byId(page, 'code-2').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(byId(page, 'code-2-error').isVisible()).resolves.toBe(true);
    await link.click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('code-2');
    await page.context().close();
  });
});
