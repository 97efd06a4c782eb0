import {
  AdminListSchema,
  contentTypeKeys,
  contentTypes,
  type ExportDocument,
  ExportDocumentSchema,
  ImportReportSchema,
  type ItemMeta,
} from '@peer-toolkit/core';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdminClient } from '../../testing/admin-client.js';
import { sampleTopic } from '../../testing/content-samples.js';
import { createTopicWithHistory, expectStatus } from '../../testing/editorial-steps.js';
import { useAdminTestApp } from '../../testing/use-test-app.js';

const { testApp: source, admin: sourceAdmin } = useAdminTestApp({ roles: ['admin'] });
// The real app over a new database that is left empty: no default content.
const { testApp: target, admin: targetAdmin } = useAdminTestApp({ roles: ['admin'], seed: false });

/** Items in every state: with history and changes, in review, unpublished, and deleted. */
async function makeHistory(admin: AdminClient) {
  const send = (method: 'post' | 'put' | 'delete', path: string, body?: unknown, etag?: string) =>
    expectStatus(
      admin.send(method, `/admin/content/topics${path}`, body, etag ? { 'If-Match': etag } : {}),
      method === 'post' && path === '' ? 201 : 200,
    );
  await createTopicWithHistory(admin, 'history-topic');
  await send('post', '', { content: sampleTopic('review-topic') });
  await send('post', '/review-topic/submit', undefined, '"r1"');
  await send('post', '', { content: sampleTopic('withdrawn-topic') });
  await send('post', '/withdrawn-topic/publish', undefined, '"r1"');
  await send('post', '/withdrawn-topic/unpublish');
  await send('post', '', { content: sampleTopic('deleted-topic') });
  await send('delete', '/deleted-topic');
}

beforeAll(async () => {
  expect(target.seeded).toBe(false);
  await makeHistory(sourceAdmin);
});

async function exportFrom(admin: AdminClient): Promise<ExportDocument> {
  const res = await expectStatus(admin.send('get', '/admin/export'));
  return ExportDocumentSchema.parse(res.body);
}

async function listEverything(admin: AdminClient) {
  const items: ItemMeta[] = [];
  for (const key of contentTypeKeys) {
    const res = await admin.send(
      'get',
      `/admin/content/${contentTypes[key].path}?deleted=include&pageSize=100&sort=title`,
    );
    items.push(...AdminListSchema.parse(res.body).items);
  }
  return items;
}

/** Without author names: those name whichever account has the email in each database. */
const withoutName = ({ authorName: _name, ...rest }: ItemMeta['current']) => rest;

async function editingStates(admin: AdminClient) {
  return (await listEverything(admin)).map(
    ({ updatedAt: _updated, current, published, ...rest }) => ({
      ...rest,
      current: withoutName(current),
      published: published && withoutName(published),
    }),
  );
}

describe('import into an empty database', () => {
  it('recreates every item with its whole history, status and public content', async () => {
    const document = await exportFrom(sourceAdmin);
    expect((await exportFrom(targetAdmin)).items).toEqual([]);
    expect((await request(target.app).get('/api/v1/topics')).body.total).toBe(0);

    const dry = await expectStatus(targetAdmin.send('post', '/admin/import', { document }));
    expect(ImportReportSchema.parse(dry.body).created).toHaveLength(document.items.length);
    expect((await exportFrom(targetAdmin)).items).toEqual([]);

    const res = await expectStatus(
      targetAdmin.send('post', '/admin/import', { document, dryRun: false }),
    );
    const report = ImportReportSchema.parse(res.body);
    expect(report).toMatchObject({ dryRun: false, updated: [], unchanged: 0, deleted: [] });
    expect(report.created).toEqual(
      document.items.map((item) => ({ collection: item.collection, id: item.id })),
    );

    const copy = await exportFrom(targetAdmin);
    expect(copy.items).toEqual(document.items);
    expect(await editingStates(targetAdmin)).toEqual(await editingStates(sourceAdmin));
    // The source's admin has no account in the target, so their revisions keep only the email.
    const byIdIn = async (admin: AdminClient) =>
      new Map((await listEverything(admin)).map((item) => [item.id, item.current]));
    const [sourceCurrent, targetCurrent] = await Promise.all([
      byIdIn(sourceAdmin),
      byIdIn(targetAdmin),
    ]);
    expect(sourceCurrent.get('history-topic')).toMatchObject({
      author: sourceAdmin.user.email,
      authorName: 'Test admin',
    });
    expect(targetCurrent.get('history-topic')).toMatchObject({
      author: sourceAdmin.user.email,
      authorName: null,
    });
    const statuses = Object.fromEntries(
      (await editingStates(targetAdmin))
        .filter((item) => String(item.id).endsWith('-topic'))
        .map((item) => [item.id, item.status]),
    );
    expect(statuses).toMatchObject({
      'history-topic': 'changed',
      'review-topic': 'in-review',
      'withdrawn-topic': 'unpublished',
      'deleted-topic': 'draft',
    });

    for (const path of ['/topics?pageSize=100', '/topics/history-topic', '/risk-areas']) {
      const [fromSource, fromCopy] = await Promise.all([
        request(source.app).get(`/api/v1${path}`),
        request(target.app).get(`/api/v1${path}`),
      ]);
      expect(fromCopy.status, path).toBe(200);
      expect(fromCopy.body, path).toEqual(fromSource.body);
    }
    expect((await request(target.app).get('/api/v1/topics/history-topic')).body.title).toBe('Two');
    expect((await request(target.app).get('/api/v1/topics/withdrawn-topic')).status).toBe(404);
  });
});
