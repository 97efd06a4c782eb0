import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminListSchema,
  contentTypeKeys,
  contentTypes,
  type ExportDocument,
  ExportDocumentSchema,
  ImportReportSchema,
} from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { openStore } from '../../store/open-store.js';
import { type AdminClient, signedIn } from '../../testing/admin-client.js';
import { createTestApp, type TestApp, testConfig } from '../../testing/test-app.js';

const bundle = loadDefaultBundle();
const template = bundle.topics[0] as (typeof bundle.topics)[number];
const topic = (id: string, title = `Topic ${id}`) => ({
  ...structuredClone(template),
  id,
  slug: id,
  title,
});

/** The real app over a new database that is left empty: no default content. */
async function createEmptyApp(): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'toolkit-api-empty-'));
  const { stores, seeded } = await openStore({ dataDir, seed: false });
  expect(seeded).toBe(false);
  const { handle, express } = createApp({
    stores,
    config: testConfig(),
    logger: pino({ level: 'silent' }),
  });
  return {
    app: handle,
    express,
    store: stores.content,
    stores,
    dataDir,
    advance: () => {
      throw new Error('This app keeps real time');
    },
    close: async () => {
      await stores.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let source: TestApp;
let target: TestApp;
let sourceAdmin: AdminClient;
let targetAdmin: AdminClient;

async function expectOk(pending: ReturnType<AdminClient['send']>, status = 200) {
  const res = await pending;
  expect(res.status, res.text).toBe(status);
  return res;
}

/** Items in every state: with history and changes, in review, unpublished, and deleted. */
async function makeHistory(admin: AdminClient) {
  const send = (method: 'post' | 'put' | 'delete', path: string, body?: unknown, etag?: string) =>
    expectOk(
      admin.send(method, `/admin/content/topics${path}`, body, etag ? { 'If-Match': etag } : {}),
      method === 'post' && path === '' ? 201 : 200,
    );
  await send('post', '', { content: topic('history-topic') });
  await send('put', '/history-topic', { content: topic('history-topic', 'Two') }, '"r1"');
  await send('post', '/history-topic/publish', undefined, '"r2"');
  await send('put', '/history-topic', { content: topic('history-topic', 'Three') }, '"r2"');
  await send('post', '', { content: topic('review-topic') });
  await send('post', '/review-topic/submit', undefined, '"r1"');
  await send('post', '', { content: topic('withdrawn-topic') });
  await send('post', '/withdrawn-topic/publish', undefined, '"r1"');
  await send('post', '/withdrawn-topic/unpublish');
  await send('post', '', { content: topic('deleted-topic') });
  await send('delete', '/deleted-topic');
}

beforeAll(async () => {
  [source, target] = await Promise.all([createTestApp(), createEmptyApp()]);
  [sourceAdmin, targetAdmin] = await Promise.all([
    signedIn(source, 'admin'),
    signedIn(target, 'admin'),
  ]);
  await makeHistory(sourceAdmin);
});
afterAll(async () => {
  await Promise.all([source.close(), target.close()]);
});

async function exportFrom(admin: AdminClient): Promise<ExportDocument> {
  const res = await expectOk(admin.send('get', '/admin/export'));
  return ExportDocumentSchema.parse(res.body);
}

async function editingStates(admin: AdminClient) {
  const states: Record<string, unknown>[] = [];
  for (const key of contentTypeKeys) {
    const res = await admin.send(
      'get',
      `/admin/content/${contentTypes[key].path}?deleted=include&pageSize=100&sort=title`,
    );
    for (const item of AdminListSchema.parse(res.body).items) {
      const { updatedAt: _updated, ...rest } = item;
      states.push(rest);
    }
  }
  return states;
}

describe('import into an empty database', () => {
  it('recreates every item with its whole history, status and public content', async () => {
    const document = await exportFrom(sourceAdmin);
    expect((await exportFrom(targetAdmin)).items).toEqual([]);
    expect((await request(target.app).get('/api/v1/topics')).body.total).toBe(0);

    const dry = await expectOk(targetAdmin.send('post', '/admin/import', { document }));
    expect(ImportReportSchema.parse(dry.body).created).toHaveLength(document.items.length);
    expect((await exportFrom(targetAdmin)).items).toEqual([]);

    const res = await expectOk(
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
