import { type Kysely, sql } from 'kysely';

/**
 * Keys each search row by the id of the published revision it indexes (its rowid), so that
 * taking an item out of the index is a lookup instead of a scan: the FTS5 table cannot index
 * its collection and item id columns. Rows already there are rekeyed from published_items.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TEMP TABLE search_rekeyed AS
    SELECT p.revision_id AS revision_id, s.collection, s.item_id, s.title, s.body
    FROM search_index s
    JOIN published_items p ON p.collection = s.collection AND p.item_id = s.item_id`.execute(db);
  await sql`DELETE FROM search_index`.execute(db);
  await sql`INSERT INTO search_index (rowid, collection, item_id, title, body)
    SELECT revision_id, collection, item_id, title, body FROM search_rekeyed`.execute(db);
  await sql`DROP TABLE search_rekeyed`.execute(db);
}
