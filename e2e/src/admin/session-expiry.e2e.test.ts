import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServersAndBrowser } from '../harness/use-servers.js';
import {
  type ApiSession,
  copyItem,
  createUser,
  signInAsAdmin,
  type TestUser,
} from './admin-api.js';
import { fillSignIn, signInUi } from './admin-page.js';
import { field, openItem, readItem, waitForMessage } from './workflow-helpers.js';

// A session that ends on the server while someone is typing: the text they have not saved yet
// must survive signing in again, in the same page and across a reload.

const run = useServersAndBrowser();
let admin: ApiSession;

beforeAll(async () => {
  admin = await signInAsAdmin(run.servers.apiUrl);
});

/** A draft topic of the test's own and an editor signed in on its edit screen. */
async function startEditing(name: string, id: string): Promise<{ page: Page; editor: TestUser }> {
  await copyItem(admin, 'topics', 'team-preparation', { id, slug: id, title: name });
  const editor = await createUser(admin, { role: 'editor', name: `Sam ${name}` });
  const page = await run.browser.newPerson();
  await signInUi(page, run.servers.apiUrl, editor, { path: `/content/topics/${id}` });
  await openItem(page, run.servers.apiUrl, 'topics', id);
  return { page, editor };
}

/** Waits until the edit screen has kept the typed text in this browser's storage. */
async function waitUntilKeptLocally(page: Page, id: string, text: string) {
  await expect
    .poll(() =>
      page.evaluate((key) => localStorage.getItem(key) ?? '', `ptk-admin:unsaved:topics/${id}`),
    )
    .toContain(text);
}

const endSessions = (user: TestUser) => admin.ok('POST', `/admin/users/${user.id}/end-sessions`);

describe('a session that ends while editing', () => {
  it('asks to sign in again over the form and then saves what was typed', async () => {
    const id = 'preparing-a-small-team';
    const { page, editor } = await startEditing('Preparing a small team', id);
    const typed = 'Talk with the team about what a peer worker brings before the role starts.';
    await field(page, 'Summary').fill(typed);
    await waitUntilKeptLocally(page, id, typed);

    await endSessions(editor);
    await page.getByRole('button', { name: 'Save draft', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
    await dialog.waitFor();
    await waitForMessage(page, 'Your session ended, so this was not done.');
    expect((await readItem(admin, 'topics', id)).content.summary).not.toBe(typed);

    await fillSignIn(page, editor, undefined, 'dialog');
    await waitForMessage(page, 'You are signed in again and your changes are still here.');
    expect(await field(page, 'Summary').inputValue()).toBe(typed);

    await page.getByRole('button', { name: 'Save draft', exact: true }).click();
    await waitForMessage(page, 'Draft saved as revision 2.');
    const saved = await readItem(admin, 'topics', id);
    expect(saved.content.summary).toBe(typed);
    expect(saved.current.author).toBe(editor.email);
    await page.context().close();
  });

  it('offers the typed text back after a reload and signing in again', async () => {
    const id = 'preparing-a-ward-team';
    const { page, editor } = await startEditing('Preparing a ward team', id);
    const typed = 'Ward teams need time to agree how the peer worker fits in with their shifts.';
    await field(page, 'Summary').fill(typed);
    await waitUntilKeptLocally(page, id, typed);

    await endSessions(editor);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await fillSignIn(page, editor);

    // Back on the same item, the kept text is offered before the form opens.
    await page.getByRole('heading', { name: 'You have unsaved changes' }).waitFor();
    await page.getByRole('button', { name: 'Restore your unsaved changes' }).click();
    await waitForMessage(page, 'Your unsaved changes are back in the form.');
    expect(await field(page, 'Summary').inputValue()).toBe(typed);

    await page.getByRole('button', { name: 'Save draft', exact: true }).click();
    await waitForMessage(page, 'Draft saved as revision 2.');
    expect((await readItem(admin, 'topics', id)).content.summary).toBe(typed);
    // Saved, so nothing is kept locally any more.
    await expect
      .poll(() =>
        page.evaluate((key) => localStorage.getItem(key), `ptk-admin:unsaved:topics/${id}`),
      )
      .toBeNull();
    await page.context().close();
  });
});
