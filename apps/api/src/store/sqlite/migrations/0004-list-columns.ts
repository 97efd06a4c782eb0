import { type Kysely, sql } from 'kysely';
import type { Database } from '../../database.js';
import { listColumnsFor } from '../editorial/list-columns.js';

/**
 * Keeps what the admin list filters and sorts by on each item's row, so a page reads only its
 * rows: the newest title with its sort key and search text (computed in JS, as SQLite cannot
 * fold accents), and the status, which SQLite derives from the row itself.
 */
export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as Kysely<Database>;
  for (const column of ['list_title', 'title_key', 'search_text'] as const) {
    await db.schema
      .alterTable('content_items')
      .addColumn(column, 'text', (c) => c.notNull().defaultTo(''))
      .execute();
  }
  // The same rules as deriveItemStatus in core; a test checks the two agree on every state.
  await sql`ALTER TABLE content_items ADD COLUMN status TEXT GENERATED ALWAYS AS (
    CASE
      WHEN review_requested_at IS NOT NULL THEN 'in-review'
      WHEN published_revision_id IS NULL THEN
        CASE WHEN unpublished_at IS NOT NULL THEN 'unpublished' ELSE 'draft' END
      WHEN draft_revision_id IS NOT NULL THEN 'changed'
      ELSE 'published'
    END
  ) VIRTUAL`.execute(db);

  // Backfilled with the code every write uses, so old and new rows sort alike.
  const rows = await db
    .selectFrom('content_items as i')
    .leftJoin('content_revisions as r', (join) =>
      join.on(sql`r.id`, '=', sql`coalesce(i.draft_revision_id, i.published_revision_id)`),
    )
    .select(['i.collection as collection', 'i.item_id as item_id', 'r.title as title'])
    .execute();
  for (const row of rows) {
    await db
      .updateTable('content_items')
      .set(listColumnsFor(row.item_id, row.title))
      .where('collection', '=', row.collection)
      .where('item_id', '=', row.item_id)
      .execute();
  }

  // One per sort; each ends with the id, the tie-break that keeps pages from overlapping. The
  // list opens newest first, and imports give many items one time: that order needs no sorting.
  const indexes = {
    content_items_by_title: ['collection', 'title_key', 'item_id'],
    content_items_by_updated: ['collection', 'updated_at desc', 'item_id'],
    content_items_by_status: ['collection', 'status', 'title_key', 'item_id'],
  } as const;
  for (const [name, columns] of Object.entries(indexes)) {
    await db.schema
      .createIndex(name)
      .on('content_items')
      .columns([...columns])
      .execute();
  }
}
