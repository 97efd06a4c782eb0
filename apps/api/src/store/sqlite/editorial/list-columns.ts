import { sql } from 'kysely';
import type { ItemKey } from '../../editorial-store.js';
import type { Db } from './item-state.js';
import { titleSortKey } from './title-sort-key.js';

/**
 * The admin list's copy of an item's newest title, so that it filters, sorts and pages in SQL
 * without reading revisions. `title` is null only for an item without a revision yet.
 */
export function listColumnsFor(id: string, title: string | null) {
  const listTitle = title ?? id;
  return {
    list_title: listTitle,
    title_key: titleSortKey(listTitle),
    search_text: `${listTitle} ${id}`.toLowerCase(),
  };
}

/**
 * Recomputes an item's list columns from its newest revision. Every change to an item calls
 * this in its own transaction, so the list can never show a title the item no longer has.
 */
export async function refreshListColumns(db: Db, key: ItemKey): Promise<void> {
  const row = await db
    .selectFrom('content_items as i')
    .leftJoin('content_revisions as r', (join) =>
      join.on(sql`r.id`, '=', sql`coalesce(i.draft_revision_id, i.published_revision_id)`),
    )
    .select('r.title as title')
    .where('i.collection', '=', key.collection)
    .where('i.item_id', '=', key.id)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('content_items')
    .set(listColumnsFor(key.id, row.title))
    .where('collection', '=', key.collection)
    .where('item_id', '=', key.id)
    .execute();
}
