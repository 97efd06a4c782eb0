import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFocus, showsFocus, tabTo } from '../harness/keyboard.js';
import { useServersAndBrowser } from '../harness/use-servers.js';
import { createUser, signInAsAdmin, type TestUser } from './admin-api.js';
import { signInUi } from './admin-page.js';
import { focusedId, readRevisions, waitForSaved } from './editing-helpers.js';
import { readItem, readPublic } from './workflow-helpers.js';

/** A topic as the public API serves it: the published revision, never a draft. */
async function readPublicTopic(id: string) {
  const topic = await readPublic(run.servers.apiUrl, 'topics', id);
  if (!topic) throw new Error(`public topic ${id} is missing`);
  return topic;
}

// Editing a published topic in Chromium against the real API: the form, the Markdown preview,
// a refused save and its error summary, and a saved draft that the public does not see until it
// is published. Then the same with the keyboard alone.

const run = useServersAndBrowser();

async function newEditor(name: string): Promise<TestUser> {
  return createUser(await signInAsAdmin(run.servers.apiUrl), { role: 'editor', name });
}

/** The draft is saved, the item says so, and the public still gets the published text. */
async function expectDraftSavedButNotPublic(
  id: string,
  saved: { title: string; summary: string },
  published: Record<string, unknown>,
  author: string,
) {
  const admin = await signInAsAdmin(run.servers.apiUrl);
  const item = await readItem(admin, 'topics', id);
  expect(item.status).toBe('changed');
  expect(item.current).toMatchObject({ number: 2, author });
  expect(item.published?.number).toBe(1);
  const revisions = await readRevisions(admin, 'topics', id);
  expect(revisions.map((revision) => revision.number)).toEqual([2, 1]);
  expect(revisions[0]?.content).toMatchObject(saved);
  expect(revisions[1]?.content).toMatchObject({
    title: published.title,
    summary: published.summary,
  });
  const seenByPublic = await readPublicTopic(id);
  expect(seenByPublic.title).toBe(published.title);
  expect(seenByPublic.summary).toBe(published.summary);
}

describe('editing a topic', () => {
  it('saves a changed title and Markdown summary as a draft after a refused empty title', async () => {
    const editor = await newEditor('Ezra Editing');
    const before = await readPublicTopic('training');
    const page = await run.browser.newPerson();
    await signInUi(page, run.servers.apiUrl, editor);
    await page.getByRole('main').getByRole('link', { name: 'Toolkit topics' }).click();
    await page.getByRole('heading', { name: 'Toolkit topics', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Training', exact: true }).click();
    await page.getByRole('heading', { name: 'Training', level: 1 }).waitFor();

    const title = page.getByLabel('Topic title');
    const summary = page.getByLabel('Summary', { exact: true });
    await expect(title.inputValue()).resolves.toBe(before.title);

    // The preview beside the summary renders the Markdown as the site will.
    const newSummary =
      'Training helps peer workers **use their lived experience** well.\n\n- at the start\n- as they go on';
    await summary.fill(newSummary);
    const preview = page.locator('#field-summary-preview');
    await preview.locator('strong', { hasText: 'use their lived experience' }).waitFor();
    await expect(preview.locator('li').allTextContents()).resolves.toEqual([
      'at the start',
      'as they go on',
    ]);
    await expect(preview.textContent()).resolves.not.toContain('**');

    // An empty title is refused: the summary at the top is focused and links to the field.
    await title.fill('');
    await page.getByRole('button', { name: 'Save draft' }).click();
    const errorSummary = page.locator('.admin-error-summary .ptk-error-summary');
    await errorSummary.waitFor();
    await expect(errorSummary.getByRole('heading').textContent()).resolves.toBe(
      'There is a problem',
    );
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
      .toContain('ptk-error-summary');
    const summaryTop = (await errorSummary.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
    const formTop = (await page.locator('#item-form').boundingBox())?.y ?? 0;
    expect(summaryTop).toBeLessThan(formTop);
    const link = errorSummary.getByRole('link', { name: 'Enter a topic title' });
    await expect(link.getAttribute('href')).resolves.toBe('#field-title');
    await link.click();
    await expect.poll(() => focusedId(page)).toBe('field-title');
    await expect(page.locator('#field-title-error').textContent()).resolves.toBe(
      'Error: Enter a topic title',
    );
    await expect(title.getAttribute('aria-invalid')).resolves.toBe('true');
    // Nothing was sent: the server still has only the seeded revision.
    const admin = await signInAsAdmin(run.servers.apiUrl);
    expect((await readItem(admin, 'topics', 'training')).current.number).toBe(1);

    // Fixed, the messages go, and the draft saves.
    const newTitle = 'Training for peer workers and their teams';
    await title.fill(newTitle);
    await page.locator('#field-title-error').waitFor({ state: 'detached' });
    await errorSummary.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Save draft' }).click();
    await waitForSaved(page, 2);
    await page.getByRole('heading', { name: newTitle, level: 1 }).waitFor();
    const meta = (await page.locator('.admin-item-meta').textContent()) ?? '';
    expect(meta).toMatch(/^Published, with unpublished changesRevision 2, last changed by /);
    expect(meta).toContain(`last changed by ${editor.displayName} on `);
    expect(meta).toContain('The public site shows revision 1.');
    await expect(page.locator('.admin-unsaved').textContent()).resolves.toBe('No unsaved changes.');

    await expectDraftSavedButNotPublic(
      'training',
      { title: newTitle, summary: newSummary },
      before,
      editor.email,
    );
    await page.context().close();
  });

  it('edits and saves with the keyboard alone, with focus visible at every stop', async () => {
    const editor = await newEditor('Kit Keyboard');
    const before = await readPublicTopic('pay-and-conditions');
    const page = await run.browser.newPerson();
    await page.goto(`${run.servers.apiUrl}/admin/`);
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await signInWithKeyboard(page, editor);

    await tabTo(page, (focused) => focused.tag === 'a' && focused.text === 'Toolkit topics');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Toolkit topics', level: 1 }).waitFor();
    await tabTo(page, (focused) => focused.tag === 'a' && focused.text === before.title);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: String(before.title), level: 1 }).waitFor();
    await page.getByLabel('Topic title').waitFor();

    const newTitle = 'Fair pay and conditions';
    await tabTo(page, (focused) => focused.name === 'field-title');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(newTitle);
    // Into the summary (past its toolbar), to the end, and a new paragraph with bold made by
    // the editor's shortcut: it inserts placeholder text, selected, which typing replaces.
    await tabTo(page, (focused) => focused.name === 'field-summary', { max: 3 });
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\nAgree the ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('pay band');
    await page.keyboard.press('End');
    await page.keyboard.type(' before advertising.');
    const newSummary = `${before.summary}\n\nAgree the **pay band** before advertising.`;
    await expect(page.getByLabel('Summary', { exact: true }).inputValue()).resolves.toBe(
      newSummary,
    );
    await page.locator('#field-summary-preview strong', { hasText: 'pay band' }).waitFor();

    // Back to the title and on through the whole form to the save button.
    await tabTo(page, (focused) => focused.name === 'field-title', { backwards: true, max: 3 });
    await expect(readFocus(page).then((focused) => focused.value)).resolves.toBe(newTitle);
    await tabTo(page, (focused) => focused.tag === 'button' && focused.text === 'Save draft', {
      max: 400,
    });
    await page.keyboard.press('Space');
    await waitForSaved(page, 2);
    const after = await readFocus(page);
    expect(after.text).toBe('Save draft');
    expect(showsFocus(after)).toBe(true);

    await expectDraftSavedButNotPublic(
      'pay-and-conditions',
      { title: newTitle, summary: newSummary },
      before,
      editor.email,
    );
    await page.context().close();
  });
});

/** Email, password and Enter, reaching each field with Tab. */
async function signInWithKeyboard(page: Page, user: TestUser) {
  await tabTo(page, (focused) => focused.name === 'email');
  await page.keyboard.type(user.email);
  await tabTo(page, (focused) => focused.name === 'password', { max: 1 });
  await page.keyboard.type(user.password);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
