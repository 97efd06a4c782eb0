import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../open-store.js';
import * as searchRowids from './migrations/0003-search-rowids.js';
import { openSqlite } from './open-sqlite.js';

// Search rows are keyed by the published revision's id, so that unpublishing or republishing an
// item removes its old row by rowid instead of scanning the whole FTS5 index.

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'toolkit-search-rowids-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const context = {
  author: 'editor@example.org',
  now: '2026-11-26T08:00:00.000Z',
  audit: { actorId: null, actorEmail: 'editor@example.org', ip: '127.0.0.1', details: {} },
};

/** Each search row with the revision the published copy of its item comes from. */
async function searchRows(dir: string) {
  const { db } = openSqlite(dir);
  const { rows } = await sql<{
    rowid: number;
    collection: string;
    item_id: string;
    revision_id: number | null;
  }>`SELECT s.rowid AS rowid, s.collection, s.item_id, p.revision_id
     FROM search_index s
     LEFT JOIN published_items p ON p.collection = s.collection AND p.item_id = s.item_id
     ORDER BY s.rowid`.execute(db);
  const { rows: published } = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM published_items`.execute(db);
  await db.destroy();
  return { rows, published: Number(published[0]?.n) };
}

describe('search rows keyed by published revision', () => {
  it('are written that way for the seeded content: one row per published item', async () => {
    const { stores } = await openStore({ dataDir });
    await stores.content.close();
    const { rows, published } = await searchRows(dataDir);
    expect(rows).toHaveLength(published);
    for (const row of rows) expect(row.rowid).toBe(row.revision_id);
  });

  it('are rekeyed by the migration in a database written before it', async () => {
    const { stores } = await openStore({ dataDir });
    await stores.content.close();
    // As a database from before the migration: other rowids, and the migration not yet run.
    const { db } = openSqlite(dataDir);
    await sql`CREATE TEMP TABLE old_rows AS SELECT collection, item_id, title, body FROM search_index`.execute(
      db,
    );
    await sql`DELETE FROM search_index`.execute(db);
    await sql`INSERT INTO search_index (rowid, collection, item_id, title, body)
      SELECT 900000 + row_number() OVER (), collection, item_id, title, body FROM old_rows`.execute(
      db,
    );
    const before = await searchRows(dataDir);
    expect(before.rows.every((row) => row.rowid > 900000)).toBe(true);

    // Run on its own: the migrator refuses to run it again before migrations that came after it.
    await db.transaction().execute((trx) => searchRowids.up(trx as never));
    await db.destroy();
    const after = await searchRows(dataDir);
    expect(after.rows).toHaveLength(before.rows.length);
    for (const row of after.rows) expect(row.rowid).toBe(row.revision_id);

    const reopened = await openStore({ dataDir });
    const found = await reopened.stores.content.search({
      words: ['supervision'],
      collections: [],
      page: 1,
      pageSize: 5,
    });
    expect(found.total).toBeGreaterThan(0);
    await reopened.stores.content.close();
  });

  it('leave no row behind when an item is republished or unpublished', async () => {
    const { stores } = await openStore({ dataDir });
    const key = { collection: 'topics' as const, id: 'training' };
    const item = await stores.editorial.getItem(key);
    if (!item) throw new Error('no training topic');
    const saved = await stores.editorial.saveDraft(
      {
        ...key,
        content: { ...item.content, title: 'Training and ongoing learning' },
        expected: item.current.number,
      },
      context,
    );
    await stores.editorial.publish(
      { ...key, expected: saved.current.number, check: () => [] },
      context,
    );
    const republished = await searchRows(dataDir);
    expect(republished.rows).toHaveLength(republished.published);
    for (const row of republished.rows) expect(row.rowid).toBe(row.revision_id);
    const hits = await stores.content.search({
      words: ['ongoing'],
      collections: ['topics'],
      page: 1,
      pageSize: 5,
    });
    // Found under its new title, once: the row of the revision published before is gone.
    expect(hits.hits.filter((hit) => hit.id === 'training')).toHaveLength(1);

    await stores.editorial.unpublish({ ...key, check: () => [] }, context);
    const unpublished = await searchRows(dataDir);
    expect(unpublished.rows).toHaveLength(unpublished.published);
    expect(unpublished.rows.map((row) => row.item_id)).not.toContain('training');
    await stores.content.close();
  });
});
