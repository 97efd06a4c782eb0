import { type ContentTypeKey, contentTypeKeys } from '@peer-toolkit/core';
import type SqliteDatabase from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { ContentStore, ListQuery, SearchHit, SearchQuery } from '../content-store.js';
import type { Database } from '../database.js';
import { projectItem } from '../projection.js';
import { updateItemRow } from './editorial/item-state.js';
import { refreshListColumns } from './editorial/list-columns.js';
import { toFtsQuery } from './fts-query.js';
import { hashContent } from './hash-content.js';
import { bumpContentVersion, writePublished } from './write-published.js';

const MARK_START = '\u0001';
const MARK_END = '\u0002';

function splitSnippet(snippet: string): SearchHit['snippet'] {
  const parts: SearchHit['snippet'] = [];
  for (const [index, chunk] of snippet.split(MARK_START).entries()) {
    if (index === 0) {
      if (chunk) parts.push({ text: chunk, highlight: false });
      continue;
    }
    const [marked = '', rest = ''] = chunk.split(MARK_END);
    if (marked) parts.push({ text: marked, highlight: true });
    if (rest) parts.push({ text: rest, highlight: false });
  }
  return parts;
}

export class SqliteContentStore implements ContentStore {
  private readonly versionQuery: SqliteDatabase.Statement<[], { value: number }>;

  constructor(
    private readonly db: Kysely<Database>,
    connection: SqliteDatabase.Database,
  ) {
    // Asked on every public read: prepared once and run directly, this costs a few microseconds
    // where a query built per call costs tens.
    this.versionQuery = connection.prepare(
      "SELECT value FROM site_state WHERE key = 'content_version'",
    );
  }

  async contentVersion(): Promise<number> {
    const row = this.versionQuery.get();
    if (!row) throw new Error('The content version is missing from site_state');
    return row.value;
  }

  async listPublished(collection: ContentTypeKey, query: ListQuery) {
    let base = this.db.selectFrom('published_items').where('collection', '=', collection);
    for (const [field, values] of Object.entries(query.filters)) {
      base = base.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('published_facets as f')
            .select(sql`1`.as('one'))
            .whereRef('f.item_id', '=', 'published_items.item_id')
            .where('f.collection', '=', collection)
            .where('f.field', '=', field)
            .where('f.value', 'in', values),
        ),
      );
    }
    const { total } = await base
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow();
    const rows = await base
      .select('content')
      .orderBy('sort_order')
      .orderBy('title')
      .orderBy('item_id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute();
    return { items: rows.map((row) => JSON.parse(row.content) as unknown), total: Number(total) };
  }

  async findPublished(collection: ContentTypeKey, idOrSlug: string) {
    // Ids win over slugs; the integrity rules keep a slug from equalling another item's id.
    const row = await this.db
      .selectFrom('published_items')
      .select('content')
      .where('collection', '=', collection)
      .where((eb) => eb.or([eb('item_id', '=', idOrSlug), eb('slug', '=', idOrSlug)]))
      .orderBy(sql`item_id = ${idOrSlug}`, 'desc')
      .executeTakeFirst();
    return row ? (JSON.parse(row.content) as unknown) : undefined;
  }

  async allPublished(collection: ContentTypeKey) {
    const rows = await this.db
      .selectFrom('published_items')
      .select('content')
      .where('collection', '=', collection)
      .orderBy('sort_order')
      .orderBy('title')
      .orderBy('item_id')
      .execute();
    return rows.map((row) => JSON.parse(row.content) as unknown);
  }

  async search(query: SearchQuery) {
    const match = toFtsQuery(query.words);
    const collections = query.collections.length > 0 ? query.collections : contentTypeKeys;
    const filtered = this.db
      .selectFrom('search_index')
      .where(sql<boolean>`search_index MATCH ${match}`)
      .where('search_index.collection', 'in', collections);
    const totals = await filtered
      .select([
        'search_index.collection as collection',
        (eb) => eb.fn.countAll<number>().as('total'),
      ])
      .groupBy('search_index.collection')
      .execute();
    const totalsByCollection = Object.fromEntries(
      totals.map((row) => [row.collection, Number(row.total)]),
    );
    const total = totals.reduce((sum, row) => sum + Number(row.total), 0);
    const rows = await filtered
      .innerJoin('published_items as p', (join) =>
        join
          .onRef('p.collection', '=', 'search_index.collection')
          .onRef('p.item_id', '=', 'search_index.item_id'),
      )
      .select([
        'search_index.collection as collection',
        'search_index.item_id as id',
        'p.slug as slug',
        'p.title as title',
        sql<string>`snippet(search_index, -1, ${MARK_START}, ${MARK_END}, '…', 16)`.as('snippet'),
        // Title matches count eight times as much as body matches.
        sql<number>`bm25(search_index, 0, 0, 8.0, 1.0)`.as('rank'),
      ])
      .orderBy('rank')
      .orderBy('p.title')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute();
    const hits: SearchHit[] = rows.map((row) => ({
      collection: row.collection as ContentTypeKey,
      id: row.id,
      slug: row.slug,
      title: row.title,
      snippet: splitSnippet(row.snippet),
      rank: row.rank,
    }));
    return { hits, total, totalsByCollection };
  }

  async isEmpty() {
    const row = await this.db
      .selectFrom('content_items')
      .select('item_id')
      .limit(1)
      .executeTakeFirst();
    return row === undefined;
  }

  async seedPublished(bundle: Parameters<ContentStore['seedPublished']>[0], author: string) {
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      for (const collection of contentTypeKeys) {
        for (const item of bundle[collection] as Record<string, unknown>[]) {
          const itemId = String(item.id);
          const content = JSON.stringify(item);
          await trx
            .insertInto('content_items')
            .values({
              collection,
              item_id: itemId,
              created_at: now,
              updated_at: now,
              deleted_at: null,
            })
            .execute();
          const { id: revisionId } = await trx
            .insertInto('content_revisions')
            .values({
              collection,
              item_id: itemId,
              number: 1,
              content,
              content_hash: hashContent(content),
              author,
              created_at: now,
              title: projectItem(collection, item).title,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await updateItemRow(
            trx,
            { collection, id: itemId },
            { published_revision_id: revisionId },
          );
          await refreshListColumns(trx, { collection, id: itemId });
          await writePublished(trx, { collection, item, revisionId, content, now });
        }
      }
      await bumpContentVersion(trx);
    });
  }

  async checkReady() {
    await this.contentVersion();
  }

  async close() {
    await this.db.destroy();
  }
}
