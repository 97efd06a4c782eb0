import type { ContentTypeKey } from '@peer-toolkit/core';
import { sql } from 'kysely';
import type { ItemListPage, ItemListQuery } from '../../editorial-store.js';
import { type Db, listMetasByIds } from './item-state.js';

/**
 * One page of the admin list, filtered, counted, sorted and paged in SQL on the item rows'
 * list columns; only the page's items are then read with their revisions.
 */
export async function queryItems(
  db: Db,
  collection: ContentTypeKey,
  query: ItemListQuery,
): Promise<ItemListPage> {
  const found = query.words.length > 0 ? await searchPage(db, collection, query) : undefined;
  if (found?.length === 0 && query.page === 1) return { total: 0, items: [] };
  if (found?.length) {
    return {
      total: Number(found[0]?.total),
      items: await listMetasByIds(
        db,
        collection,
        found.map((row) => row.item_id),
      ),
    };
  }
  let matching = db.selectFrom('content_items').where('collection', '=', collection);
  if (query.deleted === 'exclude') matching = matching.where('deleted_at', 'is', null);
  if (query.deleted === 'only') matching = matching.where('deleted_at', 'is not', null);
  if (query.statuses) matching = matching.where('status', 'in', query.statuses);
  for (const word of query.words) {
    matching = matching.where(sql<number>`instr(search_text, ${word})`, '>', 0);
  }

  const { total } = await matching
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const direction = query.descending ? 'desc' : 'asc';
  let ordered = matching.select('item_id');
  if (query.sortBy === 'status') ordered = ordered.orderBy('status', direction);
  ordered =
    query.sortBy === 'updated'
      ? ordered.orderBy('updated_at', direction)
      : ordered.orderBy('title_key', direction);
  const page = await ordered
    .orderBy('item_id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();

  const items = await listMetasByIds(
    db,
    collection,
    page.map((row) => row.item_id),
  );
  return { total: Number(total), items };
}

/**
 * A page of a list filtered by words. Each word must be looked for in every item of the type, so
 * the table is read straight through (NOT INDEXED: in a measured 5,000-item list, a third of the
 * time of reaching each row through an index), and the total comes with the page from a window
 * count: one pass instead of two. A page past the end has no rows to carry the total; the
 * caller counts then. The same filters and order as the query below.
 */
async function searchPage(db: Db, collection: ContentTypeKey, query: ItemListQuery) {
  const conditions = [sql`collection = ${collection}`];
  if (query.deleted === 'exclude') conditions.push(sql`deleted_at IS NULL`);
  if (query.deleted === 'only') conditions.push(sql`deleted_at IS NOT NULL`);
  if (query.statuses) conditions.push(sql`status IN (${sql.join(query.statuses)})`);
  for (const word of query.words) conditions.push(sql`instr(search_text, ${word}) > 0`);
  const direction = sql.raw(query.descending ? 'DESC' : 'ASC');
  const order =
    query.sortBy === 'updated'
      ? sql`updated_at ${direction}`
      : query.sortBy === 'status'
        ? sql`status ${direction}, title_key ${direction}`
        : sql`title_key ${direction}`;
  const { rows } = await sql<{ item_id: string; total: number }>`
    SELECT item_id, count(*) OVER () AS total
    FROM content_items NOT INDEXED
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY ${order}, item_id
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
  `.execute(db);
  return rows;
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
