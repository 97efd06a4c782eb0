import type { Page } from 'playwright-core';
import type { ApiSession } from './admin-api.js';

/** Every saved revision of an item, newest first, with the content of each. */
export async function readRevisions(session: ApiSession, type: string, id: string) {
  const list = (await session.ok('GET', `/admin/content/${type}/${id}/revisions`)) as {
    items: { number: number; author: string; authorName: string | null }[];
  };
  return Promise.all(
    list.items.map(
      async (entry) =>
        (await session.ok(
          'GET',
          `/admin/content/${type}/${id}/revisions/${entry.number}`,
        )) as unknown as {
          number: number;
          author: string;
          authorName: string | null;
          content: Record<string, unknown>;
        },
    ),
  );
}

/** The id of the element that has focus, or its tag when it has no id. */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.id || active?.tagName.toLowerCase() || '';
  });
}

/** Waits for the edit screen to say a save made the given revision. */
export async function waitForSaved(page: Page, revision: number): Promise<void> {
  await page
    .locator('.admin-message-region')
    .getByText(`Draft saved as revision ${revision}.`, { exact: true })
    .waitFor();
}

/** The unsaved copy the edit screen keeps in this browser's storage, if there is one. */
export function readLocalDraft(
  page: Page,
  type: string,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw).value as Record<string, unknown>) : undefined;
  }, `ptk-admin:unsaved:${type}/${id}`);
}
