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
