import { AdminItemSchema, type ItemStatus } from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdminClient } from '../../testing/admin-client.js';
import { sampleTopic } from '../../testing/content-samples.js';
import { expectProblem, issuePaths } from '../../testing/expect-problem.js';
import { useAdminTestApp } from '../../testing/use-test-app.js';

const seededTopic = loadDefaultBundle().topics[0] as { id: string };
const { testApp, editor, publisher } = useAdminTestApp({ roles: ['editor', 'publisher'] });

const itemPath = (id: string) => `/admin/content/topics/${id}`;
const publicGet = (path: string) => request(testApp.app).get(`/api/v1${path}`);

async function create(id: string) {
  const res = await editor.send('post', '/admin/content/topics', {
    content: sampleTopic(id),
  });
  expect(res.status, res.text).toBe(201);
  return AdminItemSchema.parse(res.body);
}

const save = (id: string, etag: string, content: Record<string, unknown>, as = editor) =>
  as.send('put', itemPath(id), { content }, { 'If-Match': etag });

/** Checks a successful editing response: its status, its newest revision and its ETag header. */
function expectItem(res: request.Response, status: ItemStatus, revision: number) {
  expect(res.status, res.text).toBe(200);
  const item = AdminItemSchema.parse(res.body);
  expect(item.status).toBe(status);
  expect(item.current.number).toBe(revision);
  expect(item.etag).toBe(`"r${revision}"`);
  expect(res.headers.etag).toBe(`"r${revision}"`);
  return item;
}

describe('an item’s life', () => {
  it('moves through every status, and the public API follows each publish at once', async () => {
    const id = 'lifecycle-topic';
    const created = await create(id);
    expect(created).toMatchObject({ status: 'draft', inReview: false, published: null });
    expect(created.current).toMatchObject({ number: 1, author: editor.user.email });

    const saved = expectItem(
      await save(id, '"r1"', sampleTopic(id, { title: 'Lifecycle one' })),
      'draft',
      2,
    );
    expect(saved.title).toBe('Lifecycle one');

    const submitted = expectItem(
      await editor.send('post', `${itemPath(id)}/submit`, undefined, { 'If-Match': '"r2"' }),
      'in-review',
      2,
    );
    expect(submitted.inReview).toBe(true);

    // A change after submitting takes the item out of review, so a reviewer sees the latest.
    const resaved = expectItem(
      await save(id, '"r2"', sampleTopic(id, { title: 'Lifecycle two' })),
      'draft',
      3,
    );
    expect(resaved.inReview).toBe(false);

    expect((await publicGet(`/topics/${id}`)).status).toBe(404);
    const listBefore = await publicGet('/topics');
    const published = expectItem(
      await publisher.send('post', `${itemPath(id)}/publish`, undefined, { 'If-Match': '"r3"' }),
      'published',
      3,
    );
    expect(published.published).toMatchObject({ number: 3, author: editor.user.email });
    const first = await publicGet(`/topics/${id}`);
    expect(first.status).toBe(200);
    expect(first.body.title).toBe('Lifecycle two');
    const listAfter = await publicGet('/topics');
    expect(listAfter.headers.etag).not.toBe(listBefore.headers.etag);
    expect(listAfter.body.items.map((item: { id: string }) => item.id)).toContain(id);

    // Saving a published item leaves the public copy alone until the next publish.
    const changed = expectItem(
      await save(id, '"r3"', sampleTopic(id, { title: 'Lifecycle three' })),
      'changed',
      4,
    );
    expect(changed.published?.number).toBe(3);
    const unchanged = await publicGet(`/topics/${id}`);
    expect(unchanged.headers.etag).toBe(first.headers.etag);
    expect(unchanged.body).toEqual(first.body);

    expectItem(
      await publisher.send('post', `${itemPath(id)}/publish`, undefined, { 'If-Match': '"r4"' }),
      'published',
      4,
    );
    const second = await publicGet(`/topics/${id}`);
    expect(second.status).toBe(200);
    expect(second.headers.etag).not.toBe(first.headers.etag);
    expect(second.body.title).toBe('Lifecycle three');

    const unpublished = expectItem(
      await publisher.send('post', `${itemPath(id)}/unpublish`),
      'unpublished',
      4,
    );
    expect(unpublished.published).toBeNull();
    expectProblem(await publicGet(`/topics/${id}`), 404, 'NOT_FOUND');

    expectItem(
      await publisher.send('post', `${itemPath(id)}/publish`, undefined, { 'If-Match': '"r4"' }),
      'published',
      4,
    );
    const again = await publicGet(`/topics/${id}`);
    expect(again.status).toBe(200);
    expect(again.body.title).toBe('Lifecycle three');
  });

  it('refuses to publish what is already published, or to unpublish what is not', async () => {
    const id = 'double-publish-topic';
    await create(id);
    expectProblem(await publisher.send('post', `${itemPath(id)}/unpublish`), 409, 'CONFLICT');
    const publish = () =>
      publisher.send('post', `${itemPath(id)}/publish`, undefined, { 'If-Match': '"r1"' });
    expectItem(await publish(), 'published', 1);
    expectProblem(await publish(), 409, 'CONFLICT');
  });
});

describe('saving drafts', () => {
  it('checks a draft against the schema, pointing each problem into the request body', async () => {
    const id = 'invalid-draft-topic';
    await create(id);
    const res = await save(
      id,
      '"r1"',
      sampleTopic(id, { title: '', order: -1, slug: 'Not A Slug' }),
    );
    const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(issuePaths(problem)).toEqual(
      expect.arrayContaining([
        ['body', 'content', 'title'],
        ['body', 'content', 'order'],
        ['body', 'content', 'slug'],
      ]),
    );
    const item = await editor.send('get', itemPath(id));
    expect(item.body.current.number).toBe(1);
  });

  it('checks new items against the schema too', async () => {
    const res = await editor.send('post', '/admin/content/topics', {
      content: sampleTopic('invalid-new-topic', { summary: '' }),
    });
    expect(issuePaths(expectProblem(res, 422, 'VALIDATION_FAILED'))).toContainEqual([
      'body',
      'content',
      'summary',
    ]);
    expectProblem(await editor.send('get', itemPath('invalid-new-topic')), 404, 'NOT_FOUND');
  });

  it('keeps an item’s id: a save that changes it is refused', async () => {
    const id = 'fixed-id-topic';
    await create(id);
    const res = await save(id, '"r1"', sampleTopic('another-id-topic'));
    const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(problem.issues).toEqual([
      expect.objectContaining({ path: ['body', 'content', 'id'], rule: 'id-immutable' }),
    ]);
    expect((await editor.send('get', itemPath(id))).body.current.number).toBe(1);
    expectProblem(await editor.send('get', itemPath('another-id-topic')), 404, 'NOT_FOUND');
  });

  it('refuses to create an item with an id in use (409), whether new or seeded', async () => {
    await create('taken-id-topic');
    for (const id of ['taken-id-topic', seededTopic.id]) {
      const res = await editor.send('post', '/admin/content/topics', { content: sampleTopic(id) });
      const problem = expectProblem(res, 409, 'CONFLICT');
      expect(issuePaths(problem)).toEqual([['body', 'content', 'id']]);
    }
    expect((await editor.send('get', itemPath('taken-id-topic'))).body.current.number).toBe(1);
  });
});

describe('If-Match on changes', () => {
  const id = 'if-match-topic';
  beforeAll(async () => {
    await create(id);
    await save(id, '"r1"', sampleTopic(id, { title: 'If-Match two' }));
  });

  type Send = (headers: Record<string, string>) => ReturnType<AdminClient['send']>;
  const changes: [string, Send][] = [
    [
      'save',
      (headers) => publisher.send('put', itemPath(id), { content: sampleTopic(id) }, headers),
    ],
    ['submit', (headers) => publisher.send('post', `${itemPath(id)}/submit`, undefined, headers)],
    ['publish', (headers) => publisher.send('post', `${itemPath(id)}/publish`, undefined, headers)],
    [
      'restore',
      (headers) =>
        publisher.send('post', `${itemPath(id)}/revisions/1/restore`, undefined, headers),
    ],
  ];

  it.each(changes)(
    'answers a stale If-Match on %s with 412 and the newest version',
    async (_name, send) => {
      const problem = expectProblem(await send({ 'If-Match': '"r1"' }), 412, 'PRECONDITION_FAILED');
      const current = AdminItemSchema.parse(problem.current);
      expect(current).toMatchObject({ id, etag: '"r2"', current: { number: 2 } });
      expect(current.content.title).toBe('If-Match two');
      const item = await editor.send('get', itemPath(id));
      expect(item.body).toMatchObject({ etag: '"r2"', status: 'draft' });
    },
  );

  it.each(changes)('answers a missing If-Match on %s with 428', async (_name, send) => {
    expectProblem(await send({}), 428, 'PRECONDITION_REQUIRED');
  });

  it.each(changes)('answers an unusable If-Match on %s with 412', async (_name, send) => {
    for (const header of ['*', 'r2', '"2"', '"r0"', 'W/"x"']) {
      expectProblem(await send({ 'If-Match': header }), 412, 'PRECONDITION_FAILED');
    }
    expect((await editor.send('get', itemPath(id))).body.etag).toBe('"r2"');
  });
});
