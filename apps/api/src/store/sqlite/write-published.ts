import type { ContentTypeKey } from '@peer-toolkit/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import { projectItem } from '../projection.js';

type Writer = Kysely<Database> | Transaction<Database>;

/** Replaces the public copy of one item (row, facets, search entry) with the given revision. */
export async function writePublished(
  db: Writer,
  input: {
    collection: ContentTypeKey;
    item: Record<string, unknown>;
    revisionId: number;
    content: string;
    now: string;
  },
): Promise<void> {
  const { collection, item, revisionId, content, now } = input;
  const itemId = String(item.id);
  const projection = projectItem(collection, item);
  await removePublished(db, collection, itemId);
  await db
    .insertInto('published_items')
    .values({
      collection,
      item_id: itemId,
      slug: projection.slug,
      title: projection.title,
      sort_order: projection.sortOrder,
      revision_id: revisionId,
      content,
      published_at: now,
    })
    .execute();
  if (projection.facets.length > 0) {
    await db
      .insertInto('published_facets')
      .values(projection.facets.map((facet) => ({ collection, item_id: itemId, ...facet })))
      .execute();
  }
  await db
    .insertInto('search_index')
    .values({
      // The rowid is the revision's id, so removePublished finds the row without a scan.
      rowid: revisionId,
      collection,
      item_id: itemId,
      title: projection.search.title,
      body: projection.search.body,
    })
    .execute();
}

/** Takes one item out of public view. */
export async function removePublished(
  db: Writer,
  collection: ContentTypeKey,
  itemId: string,
): Promise<void> {
  const published = await db
    .selectFrom('published_items')
    .select('revision_id')
    .where('collection', '=', collection)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  if (published) {
    await db.deleteFrom('search_index').where('rowid', '=', published.revision_id).execute();
  }
  await db
    .deleteFrom('published_facets')
    .where('collection', '=', collection)
    .where('item_id', '=', itemId)
    .execute();
  await db
    .deleteFrom('published_items')
    .where('collection', '=', collection)
    .where('item_id', '=', itemId)
    .execute();
}

/** Marks published content as changed, which changes every public ETag. */
export async function bumpContentVersion(db: Writer): Promise<void> {
  await db
    .updateTable('site_state')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('key', '=', 'content_version')
    .execute();
}
