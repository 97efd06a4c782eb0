import type { ContentTypeKey } from '@peer-toolkit/core';
import { sql } from 'kysely';
import type { ItemListPage, ItemListQuery } from '../../editorial-store.js';
import { type Db, listMetasByIds } from './item-state.js';

/**
 * One page of the admin list, filtered, counted, sorted and paged in SQL on the item rows'
 * list columns; only the page's items are then read with their revisions.
 *
 * A list filtered by words must look at every item of the type (each word is a substring
 * match), so it reads the table straight through (NOT INDEXED: in a measured 5,000-item list, a
 * third of the time of reaching each row through an index) and takes the total from a window
 * count with the page: one pass instead of two. Without words, the indexes order the page and
 * the count is its own query. A page past the end has no row to carry the total, so it is
 * counted then.
 */
export async function queryItems(
  db: Db,
  collection: ContentTypeKey,
  query: ItemListQuery,
): Promise<ItemListPage> {
  const scan = query.words.length > 0;
  const from = scan ? sql`content_items NOT INDEXED` : sql`content_items`;
  const conditions = [sql`collection = ${collection}`];
  if (query.deleted === 'exclude') conditions.push(sql`deleted_at IS NULL`);
  if (query.deleted === 'only') conditions.push(sql`deleted_at IS NOT NULL`);
  if (query.statuses) conditions.push(sql`status IN (${sql.join(query.statuses)})`);
  for (const word of query.words) conditions.push(sql`instr(search_text, ${word}) > 0`);
  const where = sql.join(conditions, sql` AND `);
  const direction = sql.raw(query.descending ? 'DESC' : 'ASC');
  const order =
    query.sortBy === 'updated'
      ? sql`updated_at ${direction}`
      : query.sortBy === 'status'
        ? sql`status ${direction}, title_key ${direction}`
        : sql`title_key ${direction}`;

  const { rows } = await sql<{ item_id: string; total?: number }>`
    SELECT item_id ${scan ? sql`, count(*) OVER () AS total` : sql``}
    FROM ${from} WHERE ${where}
    ORDER BY ${order}, item_id
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
  `.execute(db);
  const total =
    rows[0]?.total ??
    (await sql<{ total: number }>`SELECT count(*) AS total FROM ${from} WHERE ${where}`.execute(db))
      .rows[0]?.total ??
    0;
  const items = await listMetasByIds(
    db,
    collection,
    rows.map((row) => row.item_id),
  );
  return { total: Number(total), items };
}

/** Every live item's id, title and whether it is published, by title, from the item rows alone. */
export async function listItemOptions(db: Db, collection: ContentTypeKey) {
  const rows = await db
    .selectFrom('content_items')
    .select(['item_id', 'list_title', 'published_revision_id'])
    .where('collection', '=', collection)
    .where('deleted_at', 'is', null)
    .orderBy('title_key')
    .orderBy('item_id')
    .execute();
  return rows.map((row) => ({
    id: row.item_id,
    title: row.list_title,
    isPublished: row.published_revision_id !== null,
  }));
}
