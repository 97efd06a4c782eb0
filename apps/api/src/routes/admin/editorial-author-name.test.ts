import {
  AdminItemSchema,
  AdminListSchema,
  RevisionListSchema,
  RevisionSchema,
  SEED_AUTHOR,
} from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import { describe, expect, it } from 'vitest';
import { sampleTopic } from '../../testing/content-samples.js';
import { expectStatus } from '../../testing/editorial-steps.js';
import { expectProblem } from '../../testing/expect-problem.js';
import { useAdminTestApp } from '../../testing/use-test-app.js';
import { editUser } from '../../testing/user-edits.js';

// Revisions keep the saver's email; the name shown beside it is looked up each time it is read.

const { admin, editor, publisher } = useAdminTestApp({
  roles: ['admin', 'editor', 'publisher'],
});

const seededTopic = loadDefaultBundle().topics[0] as { id: string };
const itemPath = (id: string) => `/admin/content/topics/${id}`;

async function getItem(id: string) {
  return AdminItemSchema.parse((await expectStatus(editor.send('get', itemPath(id)))).body);
}

async function listRevisions(id: string) {
  const res = await expectStatus(editor.send('get', `${itemPath(id)}/revisions`));
  return RevisionListSchema.parse(res.body).items;
}

async function getRevision(id: string, number: number) {
  const res = await expectStatus(editor.send('get', `${itemPath(id)}/revisions/${number}`));
  return RevisionSchema.parse(res.body);
}

async function listed(id: string) {
  const res = await expectStatus(editor.send('get', `/admin/content/topics?q=${id}`));
  const item = AdminListSchema.parse(res.body).items.find((each) => each.id === id);
  if (!item) throw new Error(`${id} is not listed`);
  return item;
}

async function rename(userId: string, displayName: string) {
  await expectStatus(editUser(admin, userId, { displayName }));
}

/** Created by the editor, saved and published by the publisher, then saved by the editor. */
async function createSharedItem(id: string) {
  await expectStatus(
    editor.send('post', '/admin/content/topics', { content: sampleTopic(id) }),
    201,
  );
  const save = (client: typeof editor, title: string, etag: string) =>
    expectStatus(
      client.send(
        'put',
        itemPath(id),
        { content: sampleTopic(id, { title }) },
        { 'If-Match': etag },
      ),
    );
  await save(publisher, 'Second', '"r1"');
  await expectStatus(
    publisher.send('post', `${itemPath(id)}/publish`, undefined, { 'If-Match': '"r2"' }),
  );
  await save(editor, 'Third', '"r2"');
}

describe('author names', () => {
  it('names the saver of the current and the published revision, beside their email', async () => {
    await createSharedItem('named-authors');
    const item = await getItem('named-authors');
    expect(item.current).toMatchObject({
      number: 3,
      author: editor.user.email,
      authorName: 'Test editor',
    });
    expect(item.published).toMatchObject({
      number: 2,
      author: publisher.user.email,
      authorName: 'Test publisher',
    });
    const fromList = await listed('named-authors');
    expect([fromList.current.authorName, fromList.published?.authorName]).toEqual([
      'Test editor',
      'Test publisher',
    ]);
  });

  it('names the saver of every revision in the history and of a single revision', async () => {
    await createSharedItem('named-history');
    expect(
      (await listRevisions('named-history')).map(({ number, author, authorName }) => ({
        number,
        author,
        authorName,
      })),
    ).toEqual([
      { number: 3, author: editor.user.email, authorName: 'Test editor' },
      { number: 2, author: publisher.user.email, authorName: 'Test publisher' },
      { number: 1, author: editor.user.email, authorName: 'Test editor' },
    ]);
    expect(await getRevision('named-history', 2)).toMatchObject({
      author: publisher.user.email,
      authorName: 'Test publisher',
    });
  });

  it('has no name for seeded content, whose author is no account', async () => {
    const item = await getItem(seededTopic.id);
    expect(item.published).toMatchObject({ author: SEED_AUTHOR, authorName: null });
    expect(item.current).toMatchObject({ author: SEED_AUTHOR, authorName: null });
    const [first] = await listRevisions(seededTopic.id);
    expect(first).toMatchObject({ number: 1, author: SEED_AUTHOR, authorName: null });
    expect(await getRevision(seededTopic.id, 1)).toMatchObject({ authorName: null });
  });

  it('follows a change of display name, on old revisions too, and keeps the email', async () => {
    await createSharedItem('renamed-author');
    await rename(publisher.user.id, 'Pat Publisher');
    try {
      expect((await getItem('renamed-author')).published).toMatchObject({
        author: publisher.user.email,
        authorName: 'Pat Publisher',
      });
      expect((await listed('renamed-author')).published?.authorName).toBe('Pat Publisher');
      expect((await getRevision('renamed-author', 2)).authorName).toBe('Pat Publisher');
      const names = (await listRevisions('renamed-author')).map((each) => each.authorName);
      expect(names).toEqual(['Test editor', 'Pat Publisher', 'Test editor']);
    } finally {
      await rename(publisher.user.id, 'Test publisher');
    }
  });

  it('names the saver of the newer version in the answer to a stale save', async () => {
    await createSharedItem('conflicting-author');
    const problem = expectProblem(
      await editor.send(
        'put',
        itemPath('conflicting-author'),
        { content: sampleTopic('conflicting-author', { title: 'Stale' }) },
        { 'If-Match': '"r2"' },
      ),
      412,
      'PRECONDITION_FAILED',
    );
    const current = AdminItemSchema.parse((problem as Record<string, unknown>).current);
    expect(current.current).toMatchObject({
      number: 3,
      author: editor.user.email,
      authorName: 'Test editor',
    });
  });

  it('leaves names out of the export, which records authors by email only', async () => {
    await createSharedItem('exported-author');
    const res = await expectStatus(admin.send('get', '/admin/export'));
    const raw = res.body as { items: { id: string; revisions: Record<string, unknown>[] }[] };
    const item = raw.items.find((each) => each.id === 'exported-author');
    expect(item?.revisions.map((revision) => revision.author)).toEqual([
      editor.user.email,
      publisher.user.email,
      editor.user.email,
    ]);
    for (const revision of raw.items.flatMap((each) => each.revisions)) {
      expect(Object.keys(revision).sort()).toEqual([
        'author',
        'content',
        'createdAt',
        'note',
        'number',
      ]);
    }
  });
});
