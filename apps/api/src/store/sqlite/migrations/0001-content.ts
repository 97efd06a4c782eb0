import { type Kysely, sql } from 'kysely';

/** Content items, their immutable revisions, and the published projection with its search index. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('content_items')
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('draft_revision_id', 'integer', (c) => c.references('content_revisions.id'))
    .addColumn('published_revision_id', 'integer', (c) => c.references('content_revisions.id'))
    .addPrimaryKeyConstraint('content_items_pk', ['collection', 'item_id'])
    .execute();

  await db.schema
    .createTable('content_revisions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('content_revisions_number', ['collection', 'item_id', 'number'])
    .addForeignKeyConstraint('content_revisions_item', ['collection', 'item_id'], 'content_items', [
      'collection',
      'item_id',
    ])
    .execute();

  await db.schema
    .createTable('published_items')
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('slug', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer')
    .addColumn('revision_id', 'integer', (c) => c.notNull().references('content_revisions.id'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('published_items_pk', ['collection', 'item_id'])
    .addUniqueConstraint('published_items_slug', ['collection', 'slug'])
    .addForeignKeyConstraint('published_items_item', ['collection', 'item_id'], 'content_items', [
      'collection',
      'item_id',
    ])
    .execute();

  await db.schema
    .createTable('published_facets')
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('published_facets_pk', ['collection', 'field', 'value', 'item_id'])
    .addForeignKeyConstraint(
      'published_facets_item',
      ['collection', 'item_id'],
      'published_items',
      ['collection', 'item_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('site_state')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
  await db
    .insertInto('site_state' as never)
    .values({ key: 'content_version', value: 0 } as never)
    .execute();

  // Porter stemming lets "supervising" find "supervision"; diacritics are folded.
  await sql`CREATE VIRTUAL TABLE search_index USING fts5(
    collection UNINDEXED, item_id UNINDEXED, title, body,
    tokenize = 'porter unicode61 remove_diacritics 2'
  )`.execute(db);
}
