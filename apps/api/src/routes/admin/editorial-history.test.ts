import { join } from 'node:path';
import {
  AdminItemSchema,
  DiffSchema,
  RevisionListSchema,
  RevisionSchema,
} from '@peer-toolkit/core';
import SqliteDatabase from 'better-sqlite3';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../store/sqlite/open-sqlite.js';
import { sampleTopic } from '../../testing/content-samples.js';
import { expectProblem } from '../../testing/expect-problem.js';
import { useAdminTestApp } from '../../testing/use-test-app.js';

const { testApp, editor, publisher } = useAdminTestApp({ roles: ['editor', 'publisher'] });

const itemPath = (id: string) => `/admin/content/topics/${id}`;

/** Three versions of a topic: as created, retitled, and with its summary changed and a finding gone. */
function versions(id: string) {
  const first = sampleTopic(id, { title: 'First title' });
  const second = { ...structuredClone(first), title: 'Second title' };
  const third = {
    ...structuredClone(second),
    summary: 'A new summary.',
    findings: second.findings.slice(0, -1),
  };
  return [first, second, third] as const;
}

/** Creates the item by the editor, saves it by the publisher, publishes it, then saves again. */
async function createHistory(id: string) {
  const [first, second, third] = versions(id);
  const steps = [
    await editor.send('post', '/admin/content/topics', { content: first }),
    await publisher.send('put', itemPath(id), { content: second }, { 'If-Match': '"r1"' }),
    await publisher.send('post', `${itemPath(id)}/publish`, undefined, { 'If-Match': '"r2"' }),
    await editor.send('put', itemPath(id), { content: third }, { 'If-Match': '"r2"' }),
  ];
  for (const res of steps) expect(res.status, res.text).toBeLessThan(300);
  return { first, second, third };
}

async function listRevisions(id: string) {
  const res = await editor.send('get', `${itemPath(id)}/revisions`);
  expect(res.status, res.text).toBe(200);
  return RevisionListSchema.parse(res.body).items;
}

async function getRevision(id: string, number: number) {
  const res = await editor.send('get', `${itemPath(id)}/revisions/${number}`);
  expect(res.status, res.text).toBe(200);
  return RevisionSchema.parse(res.body);
}

describe('revisions', () => {
  it('lists every saved version, newest first, with author, UTC time and what is published', async () => {
    const started = Date.now();
    await createHistory('listed-history');
    const revisions = await listRevisions('listed-history');
    expect(
      revisions.map(({ number, author, note, isPublished }) => ({
        number,
        author,
        note,
        isPublished,
      })),
    ).toEqual([
      { number: 3, author: editor.user.email, note: null, isPublished: false },
      { number: 2, author: publisher.user.email, note: null, isPublished: true },
      { number: 1, author: editor.user.email, note: null, isPublished: false },
    ]);
    for (const revision of revisions) {
      expect(revision.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(Date.parse(revision.createdAt)).toBeGreaterThanOrEqual(started - 1000);
    }
  });

  it('gets one version with its content exactly as saved', async () => {
    const { first, third } = await createHistory('fetched-history');
    expect(await getRevision('fetched-history', 1)).toMatchObject({
      number: 1,
      author: editor.user.email,
      content: first,
    });
    expect((await getRevision('fetched-history', 3)).content).toEqual(third);
    expectProblem(
      await editor.send('get', `${itemPath('fetched-history')}/revisions/4`),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await editor.send('get', `${itemPath('no-such-history')}/revisions`),
      404,
      'NOT_FOUND',
    );
  });

  it('never changes a saved version: the database refuses to', async () => {
    await createHistory('immutable-history');
    const before = await getRevision('immutable-history', 1);
    const connection = new SqliteDatabase(join(testApp.dataDir, DATABASE_FILE));
    try {
      expect(() =>
        connection
          .prepare("UPDATE content_revisions SET content = '{}' WHERE item_id = ?")
          .run('immutable-history'),
      ).toThrow(/revisions are immutable/);
    } finally {
      connection.close();
    }
    expect(await getRevision('immutable-history', 1)).toEqual(before);
  });
});

describe('diff', () => {
  it('lists what changed between two versions, field by field', async () => {
    const { first, second, third } = await createHistory('diffed-history');
    const diff = async (from: number, to: number) => {
      const res = await editor.send(
        'get',
        `${itemPath('diffed-history')}/diff?from=${from}&to=${to}`,
      );
      expect(res.status, res.text).toBe(200);
      return DiffSchema.parse(res.body);
    };
    expect(await diff(1, 2)).toEqual({
      from: 1,
      to: 2,
      changes: [{ path: ['title'], kind: 'changed', before: first.title, after: second.title }],
    });
    const removed = second.findings.length - 1;
    const later = await diff(2, 3);
    expect(later.changes).toHaveLength(2);
    expect(later.changes).toEqual(
      expect.arrayContaining([
        { path: ['summary'], kind: 'changed', before: second.summary, after: third.summary },
        { path: ['findings', removed], kind: 'removed', before: second.findings[removed] },
      ]),
    );
    expect((await diff(3, 3)).changes).toEqual([]);
    expectProblem(
      await editor.send('get', `${itemPath('diffed-history')}/diff?from=1&to=9`),
      404,
      'NOT_FOUND',
    );
  });
});

describe('restoring an old version', () => {
  it('adds it as a new draft with a note, leaving every earlier version as it was', async () => {
    const id = 'restored-history';
    const { first } = await createHistory(id);
    const before = await Promise.all([1, 2, 3].map((number) => getRevision(id, number)));
    const publicBefore = await request(testApp.app).get(`/api/v1/topics/${id}`);

    const res = await publisher.send('post', `${itemPath(id)}/revisions/1/restore`, undefined, {
      'If-Match': '"r3"',
    });
    expect(res.status, res.text).toBe(200);
    const item = AdminItemSchema.parse(res.body);
    expect(item).toMatchObject({ status: 'changed', etag: '"r4"', content: first });
    expect(item.published?.number).toBe(2);
    expect(res.headers.etag).toBe('"r4"');

    const revisions = await listRevisions(id);
    expect(revisions.map((revision) => revision.number)).toEqual([4, 3, 2, 1]);
    expect(revisions[0]).toMatchObject({
      author: publisher.user.email,
      note: 'Restored from revision 1',
      isPublished: false,
    });
    expect(await Promise.all([1, 2, 3].map((number) => getRevision(id, number)))).toEqual(before);
    expect((await getRevision(id, 4)).content).toEqual(first);

    // Restoring makes a draft; the public keeps the published version until a publish.
    const publicAfter = await request(testApp.app).get(`/api/v1/topics/${id}`);
    expect(publicAfter.body).toEqual(publicBefore.body);
    expect(publicAfter.body.title).toBe('Second title');
  });

  it('answers 404 for a version that does not exist', async () => {
    await createHistory('restore-missing');
    expectProblem(
      await publisher.send(
        'post',
        `${itemPath('restore-missing')}/revisions/7/restore`,
        undefined,
        {
          'If-Match': '"r3"',
        },
      ),
      404,
      'NOT_FOUND',
    );
    expect((await listRevisions('restore-missing')).length).toBe(3);
  });
});
