import { describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_NAME } from '../harness/servers.js';
import { useServersAndBrowser } from '../harness/use-servers.js';
import { copyItem, createTeam, signInApi } from './admin-api.js';
import { signInUi } from './admin-page.js';
import { field, readItem, saveThroughApi, waitForMessage } from './workflow-helpers.js';

// The history screen in Chromium against the real API: who saved each version and when, the
// readable changes between two versions, and restoring an old one as a new draft.

const run = useServersAndBrowser();

interface RevisionEntry {
  number: number;
  author: string;
  authorName: string | null;
  createdAt: string;
  note: string | null;
}

const first = 'Peer workers meet their supervisor every month to talk about the work.';
const second = 'Peer workers meet their supervisor every week to talk about the work.';
const third = 'Peer workers meet a peer supervisor every week to talk about the work.';

describe('history', () => {
  it('lists each version, shows the changes between two, and restores an old one', async () => {
    const team = await createTeam(run.servers.apiUrl, 'History');
    const id = 'supervision-in-practice';
    const path = `/admin/content/topics/${id}`;
    await copyItem(team.admin, 'topics', 'supervision-and-support', {
      id,
      slug: id,
      title: 'Supervision in practice',
      summary: first,
    });
    const publisherApi = await signInApi(
      run.servers.apiUrl,
      team.publisher.email,
      team.publisher.password,
    );
    const editorApi = await signInApi(run.servers.apiUrl, team.editor.email, team.editor.password);
    await saveThroughApi(publisherApi, 'topics', id, { summary: second });
    await saveThroughApi(editorApi, 'topics', id, { summary: third });
    const saved = (await team.admin.ok('GET', `${path}/revisions`)).items as RevisionEntry[];
    expect(saved.map((revision) => revision.number)).toEqual([3, 2, 1]);

    const page = await run.browser.newPerson();
    await signInUi(page, run.servers.apiUrl, team.publisher, {
      path: `/content/topics/${id}/history`,
    });
    await page
      .getByRole('heading', { level: 1, name: /History of “Supervision in practice”/ })
      .waitFor();

    // One row per version, newest first, with who saved it, by name and email, and when.
    const savedBy = [
      `${team.editor.displayName} (${team.editor.email})`,
      `${team.publisher.displayName} (${team.publisher.email})`,
      `${ADMIN_NAME} (${ADMIN_EMAIL})`,
    ];
    const rows = page.locator('table.admin-revisions tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    for (const [index, revision] of saved.entries()) {
      const row = rows.nth(index);
      expect(await row.getByRole('rowheader').textContent()).toContain(
        `Revision ${revision.number}`,
      );
      expect(await row.locator('td[data-label="Saved by"]').textContent()).toBe(savedBy[index]);
      expect(await row.locator('time').getAttribute('datetime')).toBe(revision.createdAt);
      expect((await row.locator('time').textContent())?.trim()).not.toBe('');
    }
    // Each version is signed with the email address of whoever saved it, named by their account.
    expect(saved.map(({ author, authorName }) => [author, authorName])).toEqual([
      [team.editor.email, team.editor.displayName],
      [team.publisher.email, team.publisher.displayName],
      [ADMIN_EMAIL, ADMIN_NAME],
    ]);

    // At first the newest change is shown; then compare the first two versions.
    await page.getByRole('region', { name: 'Changes from revision 2 to revision 3' }).waitFor();
    await page.getByRole('combobox', { name: 'From', exact: true }).selectOption('1');
    await page.getByRole('combobox', { name: 'To', exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Show changes' }).click();
    const changes = page.getByRole('region', { name: 'Changes from revision 1 to revision 2' });
    // The changed word struck through, the new one underlined, the rest as it was.
    await changes.locator('.admin-change').first().waitFor();
    await expect.poll(() => changes.locator('.admin-change').count()).toBe(1);
    expect(await changes.locator('.admin-change__field').textContent()).toMatch(
      /^Summary.*Changed/,
    );
    expect(await changes.locator('.admin-change del').allTextContents()).toEqual([
      '[removed: month]',
    ]);
    expect(await changes.locator('.admin-change ins').allTextContents()).toEqual(['[added: week]']);
    expect(await changes.locator('.admin-change__text').textContent()).toContain(
      'to talk about the work.',
    );
    expect(new URL(page.url()).search).toBe('?from=1&to=2');

    // Restore the first version as a new draft.
    await page
      .getByRole('button', { name: 'Restore this version as a new draft (revision 1)' })
      .click();
    await page.getByRole('heading', { name: 'Restore revision 1 as a new draft?' }).waitFor();
    await page.getByRole('button', { name: 'Yes, restore revision 1' }).click();
    await waitForMessage(page, 'Revision 1 has been restored as a new draft (revision 4).');
    expect(new URL(page.url()).pathname).toBe(`/admin/content/topics/${id}`);
    expect(await field(page, 'Summary').inputValue()).toBe(first);

    // History is added to, never rewritten: 4 is 1 again, and 2 and 3 are still there.
    const after = (await team.admin.ok('GET', `${path}/revisions`)).items as RevisionEntry[];
    expect(after.map((revision) => revision.number)).toEqual([4, 3, 2, 1]);
    expect(after[0]).toMatchObject({
      author: team.publisher.email,
      note: 'Restored from revision 1',
    });
    const contentOf = async (number: number) =>
      ((await team.admin.ok('GET', `${path}/revisions/${number}`)).content as { summary: string })
        .summary;
    expect(await contentOf(4)).toBe(first);
    expect(await contentOf(3)).toBe(third);
    expect(await contentOf(2)).toBe(second);
    const item = await readItem(team.admin, 'topics', id);
    expect(item.current.number).toBe(4);
    expect(item.content.summary).toBe(first);
    await page.context().close();
  });
});
