import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AdminItem, ContentTypeKey, ExportDocument, ItemStatus } from '@peer-toolkit/core';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleTopic } from '../../../testing/content-samples.js';
import { changeAt, secondOf } from '../../../testing/store-change.js';
import type { Database } from '../../database.js';
import { openStore, type Stores } from '../../open-store.js';
import { openSqlite } from '../open-sqlite.js';
import { titleSortKey } from './title-sort-key.js';

let dataDir: string;
let stores: Stores;
/** A connection of the test's own, to read what the stores do not show. */
let reader: Kysely<Database>;
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'toolkit-list-columns-'));
  ({ stores } = await openStore({ dataDir, seed: false }));
  reader = openSqlite(dataDir).db;
});
afterEach(async () => {
  await reader.destroy();
  await stores.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const none = () => [];
const at = (n: number) => changeAt(secondOf(n));
const topic = (id: string) => ({ collection: 'topics' as const, id });

/** What the list columns hold for an item, read straight from its row. */
async function listColumns(collection: ContentTypeKey, id: string) {
  const [row] = await reader
    .selectFrom('content_items')
    .select(['list_title', 'title_key', 'search_text', 'status', 'deleted_at'])
    .where('collection', '=', collection)
    .where('item_id', '=', id)
    .execute();
  return row;
}

/** The columns must say what reading the item from its revisions says. */
async function expectColumnsToMatch(item: AdminItem, title: string) {
  expect(item.title).toBe(title);
  expect(await listColumns(item.collection as ContentTypeKey, item.id)).toEqual({
    list_title: title,
    title_key: titleSortKey(title),
    search_text: `${title} ${item.id}`.toLowerCase(),
    status: item.status,
    deleted_at: item.deletedAt,
  });
}

describe('list columns', () => {
  it('are right after each single change, read before the next', async () => {
    const { editorial } = stores;
    const check = async (item: AdminItem, title: string, status: ItemStatus) => {
      expect(item.status).toBe(status);
      await expectColumnsToMatch(item, title);
    };
    let item = await editorial.createItem(
      { ...topic('u'), content: sampleTopic('u', { title: 'Café' }) },
      at(1),
    );
    await check(item, 'Café', 'draft');
    item = await editorial.submitForReview({ ...topic('u'), expected: item.current.number }, at(2));
    await check(item, 'Café', 'in-review');
    item = await editorial.publish(
      { ...topic('u'), expected: item.current.number, check: none },
      at(3),
    );
    await check(item, 'Café', 'published');
    item = await editorial.saveDraft(
      {
        ...topic('u'),
        content: sampleTopic('u', { title: 'Crêpe' }),
        expected: item.current.number,
      },
      at(4),
    );
    await check(item, 'Crêpe', 'changed');
    item = await editorial.unpublish({ ...topic('u'), check: none }, at(5));
    await check(item, 'Crêpe', 'unpublished');
    item = await editorial.deleteItem({ ...topic('u'), check: none }, at(6));
    await check(item, 'Crêpe', 'unpublished');
    item = await editorial.undeleteItem(topic('u'), at(7));
    await check(item, 'Crêpe', 'unpublished');
    const revisionOne = await editorial.getRevision({ ...topic('u'), number: 1 });
    item = await editorial.saveDraft(
      {
        ...topic('u'),
        content: revisionOne?.content ?? {},
        expected: item.current.number,
        note: 'Restored revision 1',
      },
      at(8),
    );
    await check(item, 'Café', 'unpublished');
  });

  it('are written for imported items, created, updated, unpublished and deleted', async () => {
    const { editorial } = stores;
    const draft = await editorial.createItem(
      { ...topic('kept'), content: sampleTopic('kept', { title: 'Kept draft' }) },
      at(1),
    );
    await editorial.createItem(
      { ...topic('missing'), content: sampleTopic('missing', { title: 'Missing' }) },
      at(1),
    );
    const revision = (id: string, number: number, title: string) => ({
      number,
      content: sampleTopic(id, { title }),
      author: 'importer@example.org',
      createdAt: secondOf(2),
      note: null,
    });
    const document: ExportDocument = {
      format: 'peer-toolkit-export',
      formatVersion: 1,
      exportedAt: secondOf(2),
      items: [
        {
          collection: 'topics',
          id: 'kept',
          createdAt: draft.createdAt,
          deletedAt: null,
          inReview: false,
          wasPublished: false,
          publishedRevision: 2,
          revisions: [revision('kept', 1, 'Kept draft'), revision('kept', 2, 'Kept, published')],
        },
        {
          collection: 'topics',
          id: 'new-review',
          createdAt: secondOf(2),
          deletedAt: null,
          inReview: true,
          wasPublished: false,
          publishedRevision: null,
          revisions: [revision('new-review', 1, 'Élan')],
        },
        {
          collection: 'topics',
          id: 'new-changed',
          createdAt: secondOf(2),
          deletedAt: null,
          inReview: false,
          wasPublished: false,
          publishedRevision: 1,
          revisions: [revision('new-changed', 1, 'Old'), revision('new-changed', 2, 'New')],
        },
      ],
    };
    await editorial.importDocument(
      {
        document,
        dryRun: false,
        deleteMissing: true,
        check: none,
        parseContent: (_collection, content) => ({ value: content as Record<string, unknown> }),
      },
      at(3),
    );
    const read = async (id: string) => (await editorial.getItem(topic(id))) as AdminItem;
    const kept = await read('kept');
    expect(kept.status).toBe('published');
    await expectColumnsToMatch(kept, 'Kept, published');
    const review = await read('new-review');
    expect(review.status).toBe('in-review');
    await expectColumnsToMatch(review, 'Élan');
    const newChanged = await read('new-changed');
    expect(newChanged.status).toBe('changed');
    await expectColumnsToMatch(newChanged, 'New');
    const missing = await read('missing');
    expect(missing.deleted).toBe(true);
    await expectColumnsToMatch(missing, 'Missing');
  });

  it('are written for the seeded default content', async () => {
    const seededDir = mkdtempSync(join(tmpdir(), 'toolkit-list-columns-seeded-'));
    const seeded = await openStore({ dataDir: seededDir });
    const seededReader = openSqlite(seededDir).db;
    try {
      const rows = await seededReader
        .selectFrom('content_items')
        .select(['collection', 'item_id', 'list_title', 'title_key', 'status'])
        .execute();
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const item = (await seeded.stores.editorial.getItem({
          collection: row.collection as ContentTypeKey,
          id: row.item_id,
        })) as AdminItem;
        expect(row).toEqual({
          collection: row.collection,
          item_id: row.item_id,
          list_title: item.title,
          title_key: titleSortKey(item.title),
          status: 'published',
        });
      }
    } finally {
      await seededReader.destroy();
      await seeded.stores.close();
      rmSync(seededDir, { recursive: true, force: true });
    }
  });
});
