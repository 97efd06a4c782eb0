import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_NAME } from '../harness/servers.js';
import { useServersAndBrowser } from '../harness/use-servers.js';
import { copyItem, createUser, signInAsAdmin } from './admin-api.js';
import { signInUi } from './admin-page.js';
import { readLocalDraft, readRevisions, waitForSaved } from './editing-helpers.js';
import { readItem } from './workflow-helpers.js';

// Two people edit the same topic in two browsers. The second to save is shown both versions,
// field by field, merges them, and saves; nothing either of them typed is lost.

const run = useServersAndBrowser();

const CONFLICT_HEADING = 'Someone else saved a newer version';

/** Fills the fields these tests change; `order` is typed as text, as the form takes it. */
async function fillTopic(page: Page, fields: { title: string; summary: string; order?: string }) {
  await page.getByLabel('Topic title').fill(fields.title);
  await page.getByLabel('Summary', { exact: true }).fill(fields.summary);
  if (fields.order !== undefined) await page.getByLabel('Order shown').fill(fields.order);
}

/** The text of "Your version" and "Their version" for one field on the conflict screen. */
async function readVersions(page: Page, label: string) {
  const group = page.getByRole('group', { name: label, exact: true });
  return {
    mine: await group.locator('.admin-version--mine .admin-version__value').textContent(),
    theirsLabel: await group.locator('.admin-version--theirs .admin-version__label').textContent(),
    theirs: await group.locator('.admin-version--theirs .admin-version__value').textContent(),
  };
}

describe('two people saving the same topic', () => {
  it('shows the later saver both versions and saves exactly the merge they chose', async () => {
    const admin = await signInAsAdmin(run.servers.apiUrl);
    const ada = await createUser(admin, { role: 'editor', name: 'Ada Alpha' });
    const bo = await createUser(admin, { role: 'editor', name: 'Bo Beta' });
    const copy = await copyItem(admin, 'topics', 'role-definition', {
      id: 'role-definition-shared',
      slug: 'role-definition-shared',
      title: 'Defining the role together',
    });
    const path = `/content/topics/${copy.id}`;
    const pageA = await run.browser.newPerson();
    const pageB = await run.browser.newPerson();
    for (const [page, user] of [
      [pageA, ada],
      [pageB, bo],
    ] as const) {
      await signInUi(page, run.servers.apiUrl, user, { path });
      await page.getByRole('heading', { name: 'Defining the role together', level: 1 }).waitFor();
    }

    // Both open revision 1. Ada types first; her text is kept in her browser as she goes.
    const adas = {
      title: 'Defining the role, as Ada sees it',
      summary: 'Ada wrote this: agree the **purpose** of the role before anything else.',
      order: '41',
    };
    await fillTopic(pageA, adas);
    await expect
      .poll(() => readLocalDraft(pageA, 'topics', copy.id))
      .toMatchObject({ title: adas.title, summary: adas.summary, order: 41 });

    const bos = {
      title: 'Defining the role, as Bo sees it',
      summary: 'Bo wrote this: write the job description with peer workers.',
    };
    await fillTopic(pageB, bos);
    await pageB.getByRole('button', { name: 'Save draft' }).click();
    await waitForSaved(pageB, 2);

    // Ada saves on revision 1 and is shown the comparison instead of overwriting Bo's work.
    const refused = pageA.waitForResponse(
      (response) => response.request().method() === 'PUT' && response.url().endsWith(copy.id),
    );
    await pageA.getByRole('button', { name: 'Save draft' }).click();
    expect((await refused).status()).toBe(412);
    const heading = pageA.getByRole('heading', { name: CONFLICT_HEADING });
    await heading.waitFor();
    await expect
      .poll(() => pageA.evaluate(() => document.activeElement?.textContent))
      .toBe(CONFLICT_HEADING);
    await expect(pageA.locator('.admin-conflict .ptk-inset').textContent()).resolves.toContain(
      `${bo.displayName} saved a newer version (revision 2)`,
    );
    await pageA.getByText('3 fields are different.').waitFor();
    const theirsLabel = `Their version, saved by ${bo.displayName}`;
    await expect(readVersions(pageA, 'Topic title')).resolves.toEqual({
      mine: adas.title,
      theirsLabel,
      theirs: bos.title,
    });
    await expect(readVersions(pageA, 'Summary')).resolves.toEqual({
      mine: adas.summary,
      theirsLabel,
      theirs: bos.summary,
    });
    await expect(readVersions(pageA, 'Order shown')).resolves.toEqual({
      mine: adas.order,
      theirsLabel,
      theirs: String(copy.content.order),
    });
    await expect(readLocalDraft(pageA, 'topics', copy.id)).resolves.toMatchObject({
      title: adas.title,
      summary: adas.summary,
    });

    // Going back to the form loses nothing; saving again offers the comparison again.
    await pageA.getByRole('button', { name: 'Cancel and keep editing my version' }).click();
    await expect(pageA.getByLabel('Topic title').inputValue()).resolves.toBe(adas.title);
    await expect(pageA.getByLabel('Summary', { exact: true }).inputValue()).resolves.toBe(
      adas.summary,
    );
    await expect(pageA.getByLabel('Order shown').inputValue()).resolves.toBe(adas.order);
    await pageA.getByRole('button', { name: 'Save draft' }).click();
    await heading.waitFor();

    // Bo's title, Ada's order, and the summary merged by hand from Ada's text.
    await pageA
      .getByRole('group', { name: 'Topic title', exact: true })
      .getByLabel('Take theirs')
      .check();
    await pageA
      .getByRole('group', { name: 'Summary', exact: true })
      .getByLabel('Edit by hand')
      .check();
    const handEdit = pageA.getByLabel('Merged text for Summary');
    await expect(handEdit.inputValue()).resolves.toBe(adas.summary);
    const merged = `${adas.summary} Then write the job description with peer workers, as Bo says.`;
    await handEdit.fill(merged);

    // Saving with a field not yet chosen is refused and says which.
    await pageA.getByRole('button', { name: 'Save merged version' }).click();
    const problems = pageA.locator('.admin-conflict .ptk-error-summary');
    await problems.waitFor();
    await expect(problems.getByRole('link').allTextContents()).resolves.toEqual([
      'Choose which version of Order shown to keep',
    ]);
    expect((await readItem(admin, 'topics', copy.id)).current.number).toBe(2);

    await pageA
      .getByRole('group', { name: 'Order shown', exact: true })
      .getByLabel('Keep mine')
      .check();
    await pageA.getByText('Chosen for 3 of 3 fields.').waitFor();
    await pageA.getByRole('button', { name: 'Save merged version' }).click();
    await waitForSaved(pageA, 3);
    await expect(pageA.getByLabel('Topic title').inputValue()).resolves.toBe(bos.title);
    await expect(pageA.getByLabel('Summary', { exact: true }).inputValue()).resolves.toBe(merged);
    await expect(pageA.getByLabel('Order shown').inputValue()).resolves.toBe(adas.order);
    await expect(pageA.locator('.admin-unsaved').textContent()).resolves.toBe(
      'No unsaved changes.',
    );

    // Stored: exactly Bo's revision with Ada's choices, and Bo's revision kept in the history.
    const revisions = await readRevisions(admin, 'topics', copy.id);
    expect(
      revisions.map(({ number, author, authorName }) => ({ number, author, authorName })),
    ).toEqual([
      { number: 3, author: ada.email, authorName: ada.displayName },
      { number: 2, author: bo.email, authorName: bo.displayName },
      { number: 1, author: ADMIN_EMAIL, authorName: ADMIN_NAME },
    ]);
    const [third, second] = revisions;
    expect(second?.content).toEqual({ ...copy.content, ...bos });
    expect(third?.content).toEqual({
      ...second?.content,
      title: bos.title,
      summary: merged,
      order: Number(adas.order),
    });
    const item = await readItem(admin, 'topics', copy.id);
    expect(item.current.number).toBe(3);
    expect(item.content).toEqual(third?.content);
    await expect(readLocalDraft(pageA, 'topics', copy.id)).resolves.toBeUndefined();

    await pageA.context().close();
    await pageB.context().close();
  });
});
