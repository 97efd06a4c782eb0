import type { Locator, Page } from 'playwright-core';
import type { ApiSession } from './admin-api.js';
import { openAdminScreen } from './admin-page.js';

/** Opens an item's edit screen and waits until its form and actions are drawn. */
export async function openItem(page: Page, apiUrl: string, type: string, id: string) {
  await openAdminScreen(page, apiUrl, `/content/${type}/${encodeURIComponent(id)}`);
  await actionsPanel(page).waitFor();
}

/** The side panel of the edit screen that holds the workflow buttons. */
export function actionsPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Actions' });
}

/** The names of the buttons the edit screen offers now, in order. */
export async function offeredActions(page: Page): Promise<string[]> {
  const names = await actionsPanel(page).getByRole('button').allTextContents();
  return names.map((name) => name.trim());
}

/** The status tag next to the revision line of the edit screen, in words. */
export async function shownStatus(page: Page): Promise<string> {
  return ((await page.locator('.admin-item-meta .ptk-tag').first().textContent()) ?? '').trim();
}

/** A Markdown or text field of the edit form, found by the label an editor reads. */
export function field(page: Page, label: string): Locator {
  return page.locator('#panel-edit').getByRole('textbox', { name: label, exact: true });
}

/** Waits for the polite or assertive message region to say something containing `text`. */
export async function waitForMessage(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.admin-message-region').filter({ hasText: text }).waitFor();
}

/** The item's newest content and state, as the editorial API holds them. */
export async function readItem(session: ApiSession, type: string, id: string) {
  const body = await session.ok('GET', `/admin/content/${type}/${encodeURIComponent(id)}`);
  return body as {
    status: string;
    etag: string;
    inReview: boolean;
    current: { number: number; author: string };
    published: { number: number } | null;
    content: Record<string, unknown>;
  };
}

/** Publishes an item's newest revision through the API, as a publisher would from the screen. */
export async function publishThroughApi(session: ApiSession, type: string, id: string) {
  const { etag } = await readItem(session, type, id);
  return session.ok('POST', `/admin/content/${type}/${encodeURIComponent(id)}/publish`, {
    ifMatch: etag,
  });
}

/** Saves a new revision of an item through the API with some fields changed. */
export async function saveThroughApi(
  session: ApiSession,
  type: string,
  id: string,
  changes: Record<string, unknown>,
) {
  const item = await readItem(session, type, id);
  return session.ok('PUT', `/admin/content/${type}/${encodeURIComponent(id)}`, {
    body: { content: { ...item.content, ...changes } },
    ifMatch: item.etag,
  });
}

/** What the public API serves for one item by id or slug: its body, or undefined for a 404. */
export async function readPublic(apiUrl: string, type: string, idOrSlug: string) {
  const response = await fetch(`${apiUrl}/api/v1/${type}/${encodeURIComponent(idOrSlug)}`);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`public ${type}/${idOrSlug} answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}
