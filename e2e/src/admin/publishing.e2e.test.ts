import { beforeAll, describe, expect, it } from 'vitest';
import { useServersAndBrowser } from '../harness/use-servers.js';
import { copyItem, createTeam, signInApi } from './admin-api.js';
import { signInUi } from './admin-page.js';
import {
  field,
  offeredActions,
  openItem,
  publishThroughApi,
  readItem,
  readPublic,
  shownStatus,
  waitForMessage,
} from './workflow-helpers.js';

// The publishing workflow in Chromium against the real API and site: a publisher's change reaching
// the public, what an editor may and may not do, and a publish refused for broken links.

const run = useServersAndBrowser();
let team: Awaited<ReturnType<typeof createTeam>>;

beforeAll(async () => {
  team = await createTeam(run.servers.apiUrl, 'Publishing');
});

async function readSitePage(path: string): Promise<string> {
  const response = await fetch(`${run.servers.siteUrl}${path}`);
  expect(response.status).toBe(200);
  return response.text();
}

describe('publishing', () => {
  it('shows a publisher’s edited summary on the public site once they publish it', async () => {
    const before = await readItem(team.admin, 'topics', 'training');
    expect(before.status).toBe('published');
    const summary = `Training works best when peer workers and their teams learn together, checked ${Date.now()}.`;
    // The site has seen the old version, so a stale copy would show if it did not revalidate.
    expect(await readSitePage('/topics/training')).not.toContain(summary);

    const page = await run.browser.newPerson();
    await signInUi(page, run.servers.apiUrl, team.publisher, { path: '/content/topics/training' });
    await openItem(page, run.servers.apiUrl, 'topics', 'training');
    // Nothing to publish yet: the newest revision is the public one.
    expect(await offeredActions(page)).toEqual(['Save draft', 'Unpublish', 'Delete']);

    await field(page, 'Summary').fill(summary);
    expect(await offeredActions(page)).toContain('Save and publish');
    await page.getByRole('button', { name: 'Save draft', exact: true }).click();
    await waitForMessage(page, `Draft saved as revision ${before.current.number + 1}.`);
    expect(await shownStatus(page)).toBe('Published, with unpublished changes');
    // A saved draft is not public.
    expect((await readPublic(run.servers.apiUrl, 'topics', 'training'))?.summary).toBe(
      before.content.summary,
    );

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await waitForMessage(page, 'Published. The public site shows this version now.');
    expect(await shownStatus(page)).toBe('Published');
    expect(await offeredActions(page)).not.toContain('Publish');

    expect((await readPublic(run.servers.apiUrl, 'topics', 'training'))?.summary).toBe(summary);
    expect(await readSitePage('/topics/training')).toContain(summary);
    // And as a reader's browser shows it.
    await page.goto(`${run.servers.siteUrl}/topics/training`);
    await page.getByText(summary).waitFor();
    await page.context().close();
  });

  it('lets an editor save and submit for review, but not publish, unpublish or delete', async () => {
    const id = 'role-definition';
    const before = await readItem(team.admin, 'topics', id);
    const page = await run.browser.newPerson();
    await signInUi(page, run.servers.apiUrl, team.editor, { path: `/content/topics/${id}` });
    await openItem(page, run.servers.apiUrl, 'topics', id);
    expect(await offeredActions(page)).toEqual(['Save draft']);

    const summary = `${String(before.content.summary)} Agree the role with the whole team first.`;
    await field(page, 'Summary').fill(summary);
    expect(await offeredActions(page)).toEqual(['Save draft', 'Save and submit for review']);
    await page.getByRole('button', { name: 'Save draft', exact: true }).click();
    await waitForMessage(page, /Draft saved as revision/);
    expect(await offeredActions(page)).toEqual(['Save draft', 'Submit for review']);

    // The API refuses a publish from the editor's own session, whatever the screen offers.
    const editorApi = await signInApi(run.servers.apiUrl, team.editor.email, team.editor.password);
    const saved = await readItem(editorApi, 'topics', id);
    const refused = await editorApi.send('POST', `/admin/content/topics/${id}/publish`, {
      ifMatch: saved.etag,
    });
    expect(refused.status).toBe(403);
    expect((await readItem(team.admin, 'topics', id)).published?.number).toBe(
      before.published?.number,
    );

    await page.getByRole('button', { name: 'Submit for review', exact: true }).click();
    await waitForMessage(page, 'Submitted for review. A publisher can now publish it.');
    expect(await shownStatus(page)).toBe('In review');
    expect(await offeredActions(page)).toEqual(['Save draft']);
    const after = await readItem(team.admin, 'topics', id);
    expect(after.status).toBe('in-review');
    expect(after.content.summary).toBe(summary);
    // In review is not published: the public still reads the old summary.
    expect((await readPublic(run.servers.apiUrl, 'topics', id))?.summary).toBe(
      before.content.summary,
    );
    await page.context().close();
  });

  it('refuses to publish links to missing or unpublished items and lists each one', async () => {
    const topic = await copyItem(team.admin, 'topics', 'training', {
      id: 'training-for-managers',
      slug: 'training-for-managers',
      title: 'Training for managers',
    });
    const risk = await copyItem(team.admin, 'risk-areas', 'role-drift', {
      id: 'role-drift-in-small-teams',
      slug: 'role-drift-in-small-teams',
      title: 'Role drift in small teams',
      relatedTopicIds: ['training', topic.id, 'no-such-topic'],
    });

    const page = await run.browser.newPerson();
    await signInUi(page, run.servers.apiUrl, team.publisher, {
      path: `/content/risk-areas/${risk.id}`,
    });
    await openItem(page, run.servers.apiUrl, 'risk-areas', risk.id);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();

    const summary = page.locator('.ptk-error-summary');
    await summary.getByText('This cannot be published yet').waitFor();
    const text = (await summary.textContent()) ?? '';
    // The unpublished topic and the missing one are both named; the published one is not.
    expect(text).toContain(`"${topic.id}", which does not exist`);
    expect(text).toContain('"no-such-topic", which does not exist');
    expect(text).not.toContain('"training"');
    const link = summary.getByRole('link', { name: /training-for-managers/ });
    expect(await link.getAttribute('href')).toMatch(/^#field-relatedTopicIds/);
    // The link moves to the field that holds the broken links.
    await link.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
      .toMatch(/^field-relatedTopicIds/);
    expect((await readItem(team.admin, 'risk-areas', risk.id)).published).toBeNull();
    expect(await readPublic(run.servers.apiUrl, 'risk-areas', risk.id)).toBeUndefined();

    // Once the topic is public and the missing link gone, the same topic cannot be withdrawn
    // while the risk area links to it: the refusal links to the other item's screen.
    await publishThroughApi(team.admin, 'topics', topic.id);
    const fixed = await readItem(team.admin, 'risk-areas', risk.id);
    await team.admin.ok('PUT', `/admin/content/risk-areas/${risk.id}`, {
      body: { content: { ...fixed.content, relatedTopicIds: ['training', topic.id] } },
      ifMatch: fixed.etag,
    });
    await publishThroughApi(team.admin, 'risk-areas', risk.id);

    await openItem(page, run.servers.apiUrl, 'topics', topic.id);
    await page.getByRole('button', { name: 'Unpublish', exact: true }).click();
    await summary.getByText('This cannot be unpublished yet').waitFor();
    const elsewhere = summary.getByRole('link', { name: /Risk area “role-drift-in-small-teams”/ });
    expect(await elsewhere.getAttribute('href')).toBe(
      `/admin/content/risk-areas/${risk.id}#field-relatedTopicIds`,
    );
    await elsewhere.click();
    await page.getByRole('heading', { level: 1, name: 'Role drift in small teams' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/admin/content/risk-areas/${risk.id}`);
    expect((await readPublic(run.servers.apiUrl, 'topics', topic.id))?.title).toBe(
      'Training for managers',
    );
    await page.context().close();
  });
});
