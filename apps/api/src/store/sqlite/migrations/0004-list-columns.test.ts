import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveItemStatus } from '@peer-toolkit/core';
import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { openStore } from '../../open-store.js';
import { titleSortKey } from '../editorial/title-sort-key.js';
import { hashContent } from '../hash-content.js';
import { migrateSqlite } from '../migrate.js';
import { openSqlite } from '../open-sqlite.js';
import { sqliteMigrations } from './index.js';

const BEFORE = Object.fromEntries(
  Object.entries(sqliteMigrations).filter(([name]) => name < '0004-list-columns'),
);
const NOW = '2026-01-01T00:00:00.000Z';

let dataDir: string;
let db: Kysely<Database>;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'toolkit-list-migration-'));
  db = openSqlite(dataDir).db;
});
afterEach(async () => {
  await db.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

async function addRevision(id: string, number: number, title: string): Promise<number> {
  const content = JSON.stringify({ id, title });
  const row = await db
    .insertInto('content_revisions')
    .values({
      collection: 'topics',
      item_id: id,
      number,
      content,
      content_hash: hashContent(content),
      author: 'editor@example.org',
      created_at: NOW,
      note: null,
      title,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An item as the previous version stored it: a draft and/or a published revision. */
async function addItem(
  id: string,
  revisions: { published?: string; draft?: string },
  state: { deleted?: boolean; inReview?: boolean; unpublished?: boolean } = {},
) {
  await db
    .insertInto('content_items')
    .values({
      collection: 'topics',
      item_id: id,
      created_at: NOW,
      updated_at: NOW,
      deleted_at: state.deleted ? NOW : null,
      review_requested_at: state.inReview ? NOW : null,
      review_requested_by: state.inReview ? 'editor@example.org' : null,
      unpublished_at: state.unpublished ? NOW : null,
    })
    .execute();
  const published =
    revisions.published === undefined ? null : await addRevision(id, 1, revisions.published);
  const draft = revisions.draft === undefined ? null : await addRevision(id, 2, revisions.draft);
  await db
    .updateTable('content_items')
    .set({ published_revision_id: published, draft_revision_id: draft })
    .where('item_id', '=', id)
    .execute();
}

const listColumns = () =>
  db
    .selectFrom('content_items')
    .select(['item_id', 'list_title', 'title_key', 'search_text', 'status'])
    .orderBy('item_id')
    .execute();

describe('migration 0004-list-columns', () => {
  it('backfills the list columns of a database written by the previous version', async () => {
    await migrateSqlite(db, BEFORE);
    await addItem('a-draft', { draft: 'Zoë draft' });
    await addItem('b-published', { published: 'Published one' });
    await addItem('c-changed', { published: 'Old title', draft: 'New Title' });
    await addItem('d-review', { draft: 'In review' }, { inReview: true });
    await addItem('e-unpublished', { draft: 'Withdrawn' }, { unpublished: true });
    await addItem('f-deleted', { draft: 'Gone' }, { deleted: true });

    expect(await migrateSqlite(db)).toEqual(['0004-list-columns']);

    const row = (id: string, title: string, status: string) => ({
      item_id: id,
      list_title: title,
      title_key: titleSortKey(title),
      search_text: `${title} ${id}`.toLowerCase(),
      status,
    });
    expect(await listColumns()).toEqual([
      row('a-draft', 'Zoë draft', 'draft'),
      row('b-published', 'Published one', 'published'),
      row('c-changed', 'New Title', 'changed'),
      row('d-review', 'In review', 'in-review'),
      row('e-unpublished', 'Withdrawn', 'unpublished'),
      row('f-deleted', 'Gone', 'draft'),
    ]);
    const { rows: indexes } = await sql<{ name: string }>`
      SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'content_items'
      ORDER BY name`.execute(db);
    expect(indexes.map((index) => index.name)).toEqual(
      expect.arrayContaining([
        'content_items_by_status',
        'content_items_by_title',
        'content_items_by_updated',
      ]),
    );

    // The store opened on it lists the old items as it lists new ones.
    const opened = await openStore({ dataDir });
    expect(opened.migrated).toEqual([]);
    const page = await opened.stores.editorial.queryItems('topics', {
      words: [],
      deleted: 'include',
      sortBy: 'title',
      descending: false,
      page: 1,
      pageSize: 10,
    });
    await opened.stores.close();
    expect(page.total).toBe(6);
    expect(page.items.map((item) => [item.id, item.title, item.status])).toEqual([
      ['f-deleted', 'Gone', 'draft'],
      ['d-review', 'In review', 'in-review'],
      ['c-changed', 'New Title', 'changed'],
      ['b-published', 'Published one', 'published'],
      ['e-unpublished', 'Withdrawn', 'unpublished'],
      ['a-draft', 'Zoë draft', 'draft'],
    ]);
  });

  it('derives the status in SQL as deriveItemStatus does, for every state of a row', async () => {
    await migrateSqlite(db);
    await addItem('item', { published: 'Item' });
    const [revision] = await db.selectFrom('content_revisions').select('id').execute();
    const flags = [false, true];
    let checked = 0;
    for (const hasPublished of flags)
      for (const hasDraft of flags)
        for (const inReview of flags)
          for (const wasUnpublished of flags) {
            await db
              .updateTable('content_items')
              .set({
                published_revision_id: hasPublished ? (revision?.id ?? null) : null,
                draft_revision_id: hasDraft ? (revision?.id ?? null) : null,
                review_requested_at: inReview ? NOW : null,
                unpublished_at: wasUnpublished ? NOW : null,
              })
              .execute();
            const { status } = await db
              .selectFrom('content_items')
              .select('status')
              .executeTakeFirstOrThrow();
            const state = { hasPublished, hasDraft, inReview, wasUnpublished };
            expect(status, JSON.stringify(state)).toBe(deriveItemStatus(state));
            checked += 1;
          }
    expect(checked).toBe(16);
  });
});
