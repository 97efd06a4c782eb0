import { AdminItemSchema, AdminListSchema } from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleRiskArea, sampleTopic } from '../../testing/content-samples.js';
import { expectProblem } from '../../testing/expect-problem.js';
import { useAdminTestApp } from '../../testing/use-test-app.js';

const bundle = loadDefaultBundle();
const { testApp, editor, publisher } = useAdminTestApp({ roles: ['editor', 'publisher'] });

async function create(type: string, content: Record<string, unknown>) {
  const res = await editor.send('post', `/admin/content/${type}`, { content });
  expect(res.status, res.text).toBe(201);
  return AdminItemSchema.parse(res.body);
}

async function ok(res: request.Response) {
  expect(res.status, res.text).toBe(200);
  return AdminItemSchema.parse(res.body);
}

const itemPath = (type: string, id: string) => `/admin/content/${type}/${id}`;
const publish = (type: string, id: string, etag: string) =>
  publisher.send('post', `${itemPath(type, id)}/publish`, undefined, { 'If-Match': etag });
const remove = (type: string, id: string) => publisher.send('delete', itemPath(type, id));

describe('deleting an item', () => {
  it('is refused while a draft links to it, listing the linking item', async () => {
    await create('topics', sampleTopic('draft-linked-topic'));
    await create(
      'risk-areas',
      sampleRiskArea('draft-linker', { relatedTopicIds: ['draft-linked-topic'] }),
    );
    const problem = expectProblem(
      await remove('topics', 'draft-linked-topic'),
      422,
      'INTEGRITY_FAILED',
    );
    expect(problem.issues).toEqual([
      expect.objectContaining({
        path: ['riskAreas', 'draft-linker', 'relatedTopicIds', 0],
        rule: 'still-referenced',
        message: expect.stringContaining('draft-linker'),
      }),
    ]);
    const item = await ok(await editor.send('get', itemPath('topics', 'draft-linked-topic')));
    expect(item.deleted).toBe(false);
  });

  it('is refused while a published version links to it, though the draft no longer does', async () => {
    await ok(
      await publish('topics', (await create('topics', sampleTopic('published-linked'))).id, '"r1"'),
    );
    await create(
      'risk-areas',
      sampleRiskArea('published-linker', { relatedTopicIds: ['published-linked'] }),
    );
    await ok(await publish('risk-areas', 'published-linker', '"r1"'));
    await ok(
      await editor.send(
        'put',
        itemPath('risk-areas', 'published-linker'),
        { content: sampleRiskArea('published-linker', { relatedTopicIds: [] }) },
        { 'If-Match': '"r1"' },
      ),
    );
    const problem = expectProblem(
      await remove('topics', 'published-linked'),
      422,
      'INTEGRITY_FAILED',
    );
    expect(problem.issues?.map((issue) => issue.path)).toEqual([
      ['riskAreas', 'published-linker', 'relatedTopicIds', 0],
    ]);
  });

  it('lists every linking item, of every type', async () => {
    await create('topics', sampleTopic('much-linked-topic'));
    await create(
      'risk-areas',
      sampleRiskArea('linker-one', { relatedTopicIds: ['much-linked-topic'] }),
    );
    await create(
      'risk-areas',
      sampleRiskArea('linker-two', { relatedTopicIds: ['much-linked-topic'] }),
    );
    const roleTemplate = structuredClone(bundle.roles[0]) as Record<string, unknown>;
    await create('roles', {
      ...roleTemplate,
      id: 'linking-role',
      slug: 'linking-role',
      relatedTopicIds: ['much-linked-topic'],
    });
    const problem = expectProblem(
      await remove('topics', 'much-linked-topic'),
      422,
      'INTEGRITY_FAILED',
    );
    expect(problem.issues?.map((issue) => issue.path.slice(0, 2)).sort()).toEqual([
      ['riskAreas', 'linker-one'],
      ['riskAreas', 'linker-two'],
      ['roles', 'linking-role'],
    ]);
  });

  it('is soft: the item and its history stay, and undelete brings it back unpublished', async () => {
    const id = 'soft-deleted-topic';
    await create('topics', sampleTopic(id));
    await ok(await publish('topics', id, '"r1"'));
    expect((await request(testApp.app).get(`/api/v1/topics/${id}`)).status).toBe(200);

    const deleted = await ok(await remove('topics', id));
    expect(deleted).toMatchObject({ deleted: true, published: null, status: 'unpublished' });
    expect(Date.parse(deleted.deletedAt ?? '')).not.toBeNaN();
    expectProblem(await request(testApp.app).get(`/api/v1/topics/${id}`), 404, 'NOT_FOUND');

    const listed = (deleted: string) =>
      editor
        .send('get', `/admin/content/topics?deleted=${deleted}&pageSize=100`)
        .then((res) => AdminListSchema.parse(res.body).items.map((item) => item.id));
    expect(await listed('exclude')).not.toContain(id);
    expect(await listed('only')).toEqual([id]);
    const revisions = await editor.send('get', `${itemPath('topics', id)}/revisions`);
    expect(revisions.body.items.map((revision: { number: number }) => revision.number)).toEqual([
      1,
    ]);

    const restored = await ok(await publisher.send('post', `${itemPath('topics', id)}/undelete`));
    expect(restored).toMatchObject({ deleted: false, deletedAt: null, published: null });
    expect(restored.status).toBe('unpublished');
    expect(restored.content).toEqual(deleted.content);
    expectProblem(await request(testApp.app).get(`/api/v1/topics/${id}`), 404, 'NOT_FOUND');
    expect(await listed('exclude')).toContain(id);
  });

  it('brings back a never-published item as a draft', async () => {
    await create('topics', sampleTopic('draft-to-delete'));
    await ok(await remove('topics', 'draft-to-delete'));
    const restored = await ok(
      await publisher.send('post', `${itemPath('topics', 'draft-to-delete')}/undelete`),
    );
    expect(restored).toMatchObject({ status: 'draft', deleted: false });
  });
});

describe('a deleted item', () => {
  const id = 'frozen-topic';
  beforeAll(async () => {
    await create('topics', sampleTopic(id));
    await ok(await remove('topics', id));
  });

  it.each([
    [
      'saved',
      () =>
        editor.send(
          'put',
          itemPath('topics', id),
          { content: sampleTopic(id, { title: 'New' }) },
          { 'If-Match': '"r1"' },
        ),
    ],
    [
      'submitted',
      () =>
        editor.send('post', `${itemPath('topics', id)}/submit`, undefined, { 'If-Match': '"r1"' }),
    ],
    ['published', () => publish('topics', id, '"r1"')],
    ['unpublished', () => publisher.send('post', `${itemPath('topics', id)}/unpublish`)],
    [
      'restored to a revision',
      () =>
        publisher.send('post', `${itemPath('topics', id)}/revisions/1/restore`, undefined, {
          'If-Match': '"r1"',
        }),
    ],
    ['deleted again', () => remove('topics', id)],
  ])('cannot be %s (409)', async (_action, send) => {
    expectProblem(await send(), 409, 'CONFLICT');
    const item = await ok(await editor.send('get', itemPath('topics', id)));
    expect(item).toMatchObject({ deleted: true, etag: '"r1"', status: 'draft' });
  });

  it('keeps its id: a new item cannot take it', async () => {
    const res = await editor.send('post', '/admin/content/topics', { content: sampleTopic(id) });
    expectProblem(res, 409, 'CONFLICT');
  });

  it('is the only kind that can be undeleted', async () => {
    await create('topics', sampleTopic('live-topic'));
    expectProblem(
      await publisher.send('post', `${itemPath('topics', 'live-topic')}/undelete`),
      409,
      'CONFLICT',
    );
  });
});
