import {
  AdminListSchema,
  contentTypeKeys,
  contentTypes,
  type ExportDocument,
  ExportDocumentSchema,
  type ImportReport,
  ImportReportSchema,
} from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleRiskArea, sampleTopic } from '../../testing/content-samples.js';
import { createTopicWithHistory, expectStatus } from '../../testing/editorial-steps.js';
import { expectProblem, issuePaths } from '../../testing/expect-problem.js';
import { useAdminTestApp } from '../../testing/use-test-app.js';

const bundle = loadDefaultBundle();
const seededTopic = bundle.topics[0] as { id: string };
const defaultItemCount = contentTypeKeys.reduce(
  (sum, key) => sum + (bundle[key] as unknown[]).length,
  0,
);

const { testApp, admin } = useAdminTestApp({ roles: ['admin'] });

beforeAll(async () => {
  // A topic with history (published at r2, changed at r3) and a deleted one.
  await createTopicWithHistory(admin, 'exported-topic');
  await expectStatus(
    admin.send('post', '/admin/content/topics', { content: sampleTopic('exported-deleted') }),
    201,
  );
  await expectStatus(admin.send('delete', '/admin/content/topics/exported-deleted'));
});

async function exportNow(): Promise<ExportDocument> {
  const res = await expectStatus(admin.send('get', '/admin/export'));
  return ExportDocumentSchema.parse(res.body);
}

/** An export without its timestamp, to compare the content of two exports. */
const contentOf = ({ exportedAt: _at, ...rest }: ExportDocument) => rest;

async function importDocument(body: Record<string, unknown>): Promise<ImportReport> {
  const res = await expectStatus(admin.send('post', '/admin/import', body));
  return ImportReportSchema.parse(res.body);
}

const itemIn = (document: ExportDocument, id: string) =>
  document.items.find((item) => item.id === id);

const publicStatus = async (path: string) =>
  (await request(testApp.app).get(`/api/v1${path}`)).status;

/** An exported item that is published at its only revision. */
function publishedItem(collection: string, content: { id: string }) {
  const at = '2025-01-02T03:04:05.000Z';
  return {
    collection,
    id: content.id,
    createdAt: at,
    deletedAt: null,
    inReview: false,
    wasPublished: false,
    publishedRevision: 1,
    revisions: [{ number: 1, content, author: 'someone@example.org', createdAt: at, note: null }],
  };
}

/** A document with a new newest revision of exported-topic and a new published topic. */
function withChanges(document: ExportDocument, newId: string): ExportDocument {
  const changed = structuredClone(document);
  const item = itemIn(changed, 'exported-topic');
  const last = item?.revisions.at(-1);
  if (!item || !last) throw new Error('exported-topic missing');
  item.revisions.push({
    ...last,
    number: last.number + 1,
    content: sampleTopic(item.id, { title: newId }),
  });
  changed.items.push(publishedItem('topics', sampleTopic(newId)));
  return changed;
}

describe('export', () => {
  it('holds every item of every type, deleted ones too, each with its whole history', async () => {
    const res = await expectStatus(admin.send('get', '/admin/export'));
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.json"$/);
    const document = ExportDocumentSchema.parse(res.body);
    expect(document.items.length).toBeGreaterThanOrEqual(defaultItemCount + 2);
    for (const key of contentTypeKeys) {
      const list = await admin.send(
        'get',
        `/admin/content/${contentTypes[key].path}?deleted=include&pageSize=100`,
      );
      const ids = AdminListSchema.parse(list.body).items.map((item) => item.id);
      const exported = document.items.filter((item) => item.collection === key);
      expect(exported.map((item) => item.id).sort(), key).toEqual(ids.sort());
    }
    const item = itemIn(document, 'exported-topic');
    expect(item).toMatchObject({ publishedRevision: 2, deletedAt: null, wasPublished: false });
    expect(item?.revisions.map((revision) => [revision.number, revision.content.title])).toEqual([
      [1, 'Topic exported-topic'],
      [2, 'Two'],
      [3, 'Three'],
    ]);
    expect(item?.revisions.every((revision) => revision.author === admin.user.email)).toBe(true);
    expect(itemIn(document, 'exported-deleted')?.deletedAt).toEqual(expect.any(String));
    expect(itemIn(document, seededTopic.id)).toMatchObject({ publishedRevision: 1 });
  });
});

describe('import', () => {
  it('reports an unchanged export as a no-op, in a dry run by default', async () => {
    const document = await exportNow();
    const report = await importDocument({ document });
    expect(report).toEqual({
      dryRun: true,
      created: [],
      updated: [],
      unchanged: document.items.length,
      deleted: [],
      basis: expect.any(String),
    });
  });

  it('reports changes in a dry run and changes nothing', async () => {
    const before = await exportNow();
    const report = await importDocument({
      document: withChanges(before, 'imported-dry'),
      dryRun: true,
    });
    expect(report).toEqual({
      dryRun: true,
      created: [{ collection: 'topics', id: 'imported-dry' }],
      updated: [{ collection: 'topics', id: 'exported-topic', changes: ['newest version'] }],
      unchanged: before.items.length - 1,
      deleted: [],
      basis: expect.any(String),
    });
    expect(contentOf(await exportNow())).toEqual(contentOf(before));
    expect(await publicStatus('/topics/imported-dry')).toBe(404);
  });

  it('applies the changes, keeping history, when not a dry run', async () => {
    const before = await exportNow();
    const document = withChanges(before, 'imported-applied');
    const report = await importDocument({ document, dryRun: false });
    expect(report).toMatchObject({
      dryRun: false,
      created: [{ collection: 'topics', id: 'imported-applied' }],
      updated: [{ collection: 'topics', id: 'exported-topic', changes: ['newest version'] }],
    });
    const after = await exportNow();
    const updated = itemIn(after, 'exported-topic');
    const earlier = itemIn(before, 'exported-topic')?.revisions ?? [];
    expect(updated?.revisions.slice(0, earlier.length)).toEqual(earlier);
    expect(updated?.revisions.at(-1)).toMatchObject({
      number: earlier.length + 1,
      note: 'Imported',
      author: admin.user.email,
      content: { title: 'imported-applied' },
    });
    expect(itemIn(after, 'imported-applied')).toEqual(itemIn(document, 'imported-applied'));
    expect(await publicStatus('/topics/imported-applied')).toBe(200);
    // Applying the same document again changes nothing more.
    expect(await importDocument({ document, dryRun: false })).toMatchObject({
      created: [],
      updated: [],
      deleted: [],
    });
  });

  it('applies what a dry run reported only if nothing changed in between (basis)', async () => {
    const document = withChanges(await exportNow(), 'imported-after-check');
    const checked = await importDocument({ document });
    // Checking again without any change gives the same basis.
    expect((await importDocument({ document })).basis).toBe(checked.basis);

    // Someone saves a draft of another topic after the check.
    const other = await expectStatus(admin.send('get', `/admin/content/topics/${seededTopic.id}`));
    await expectStatus(
      admin.send(
        'put',
        `/admin/content/topics/${seededTopic.id}`,
        { content: { ...other.body.content, summary: 'Saved between the check and the apply.' } },
        { 'If-Match': other.body.etag },
      ),
    );
    const before = await exportNow();
    const stale = await admin.send('post', '/admin/import', {
      document,
      dryRun: false,
      basis: checked.basis,
    });
    const problem = expectProblem(stale, 412, 'PRECONDITION_FAILED');
    expect(problem.detail).toContain('changed since this import was checked');
    expect(contentOf(await exportNow())).toEqual(contentOf(before));

    // Checked again, it applies.
    const rechecked = await importDocument({ document });
    expect(rechecked.basis).not.toBe(checked.basis);
    const applied = await importDocument({ document, dryRun: false, basis: rechecked.basis });
    expect(applied.created).toEqual([{ collection: 'topics', id: 'imported-after-check' }]);
    expect(await publicStatus('/topics/imported-after-check')).toBe(200);
  });

  it('refuses a document whose published content would break integrity, changing nothing', async () => {
    const before = await exportNow();
    const document = withChanges(before, 'imported-refused');
    const broken = sampleRiskArea('broken-import', { relatedTopicIds: ['no-such-topic'] });
    document.items.push(publishedItem('riskAreas', broken));
    for (const dryRun of [true, false]) {
      const problem = expectProblem(
        await admin.send('post', '/admin/import', { document, dryRun }),
        422,
        'INTEGRITY_FAILED',
      );
      expect(issuePaths(problem)).toContainEqual([
        'riskAreas',
        'broken-import',
        'relatedTopicIds',
        0,
      ]);
    }
    expect(contentOf(await exportNow())).toEqual(contentOf(before));
  });

  it('refuses a document with content that breaks its schema, naming where', async () => {
    const before = await exportNow();
    const document = withChanges(before, 'imported-invalid');
    const index = document.items.findIndex((item) => item.id === 'imported-invalid');
    (document.items[index]?.revisions[0]?.content as { title: string }).title = '';
    const item = document.items[0] as ExportDocument['items'][number];
    item.publishedRevision = 99;
    const problem = expectProblem(
      await admin.send('post', '/admin/import', { document, dryRun: false }),
      422,
      'VALIDATION_FAILED',
    );
    expect(issuePaths(problem)).toEqual([
      ['body', 'document', 'items', 0, 'publishedRevision'],
      ['body', 'document', 'items', index, 'revisions', 0, 'content', 'title'],
    ]);
    expect(contentOf(await exportNow())).toEqual(contentOf(before));
  });

  it('soft-deletes items missing from the document only when asked to', async () => {
    const path = '/admin/content/topics/missing-topic';
    await expectStatus(
      admin.send('post', '/admin/content/topics', { content: sampleTopic('missing-topic') }),
      201,
    );
    await expectStatus(admin.send('post', `${path}/publish`, undefined, { 'If-Match': '"r1"' }));
    const full = await exportNow();
    const document = { ...full, items: full.items.filter((item) => item.id !== 'missing-topic') };

    const kept = await importDocument({ document, dryRun: false });
    expect(kept.deleted).toEqual([]);
    expect((await admin.send('get', path)).body).toMatchObject({
      deleted: false,
      status: 'published',
    });

    const dry = await importDocument({ document, deleteMissing: true });
    expect(dry.deleted).toEqual([{ collection: 'topics', id: 'missing-topic' }]);
    expect((await admin.send('get', path)).body.deleted).toBe(false);

    const applied = await importDocument({ document, dryRun: false, deleteMissing: true });
    expect(applied.deleted).toEqual([{ collection: 'topics', id: 'missing-topic' }]);
    expect((await admin.send('get', path)).body).toMatchObject({ deleted: true, published: null });
    expect(await publicStatus('/topics/missing-topic')).toBe(404);
    expect(itemIn(await exportNow(), 'missing-topic')?.revisions).toHaveLength(1);
    // Deleted items stay deleted; items in the document are untouched.
    expect((await admin.send('get', '/admin/content/topics/exported-topic')).body.deleted).toBe(
      false,
    );
  });
});
