import type { AuditAction } from '@peer-toolkit/core';
import {
  type AdminItem,
  AppError,
  BUNDLE_FORMAT_VERSION,
  type ContentBundle,
  type ContentTypeKey,
  contentTypeKeys,
  deriveItemStatus,
  type ItemMeta,
  revisionEtag,
} from '@peer-toolkit/core';
import { type Kysely, type Selectable, sql, type Transaction, type Updateable } from 'kysely';
import type { ContentItemsTable, Database } from '../../database.js';
import type { ChangeContext, ContentSnapshot, ItemKey } from '../../editorial-store.js';
import { projectItem } from '../../projection.js';
import { hashContent } from '../hash-content.js';

export type Db = Kysely<Database> | Transaction<Database>;

interface MetaRow extends Selectable<ContentItemsTable> {
  d_number: number | null;
  d_author: string | null;
  d_author_name: string | null;
  d_created_at: string | null;
  d_title: string | null;
  p_number: number | null;
  p_author: string | null;
  p_author_name: string | null;
  p_created_at: string | null;
  p_title: string | null;
}

/** Revisions keep the saver's email; each author's name is whatever that account is called now. */
function metaQuery(db: Db) {
  return db
    .selectFrom('content_items as i')
    .leftJoin('content_revisions as d', 'd.id', 'i.draft_revision_id')
    .leftJoin('content_revisions as p', 'p.id', 'i.published_revision_id')
    .leftJoin('users as du', 'du.email', 'd.author')
    .leftJoin('users as pu', 'pu.email', 'p.author')
    .selectAll('i')
    .select([
      'd.number as d_number',
      'd.author as d_author',
      'du.display_name as d_author_name',
      'd.created_at as d_created_at',
      'd.title as d_title',
      'p.number as p_number',
      'p.author as p_author',
      'pu.display_name as p_author_name',
      'p.created_at as p_created_at',
      'p.title as p_title',
    ]);
}

function toMeta(row: MetaRow): ItemMeta {
  const published =
    row.p_number === null
      ? null
      : {
          number: row.p_number,
          author: row.p_author ?? '',
          authorName: row.p_author_name,
          createdAt: row.p_created_at ?? '',
        };
  const draft =
    row.d_number === null
      ? null
      : {
          number: row.d_number,
          author: row.d_author ?? '',
          authorName: row.d_author_name,
          createdAt: row.d_created_at ?? '',
        };
  const current = draft ?? published;
  if (!current) throw new Error(`Item ${row.collection}/${row.item_id} has no revision`);
  return {
    collection: row.collection,
    id: row.item_id,
    title: (draft ? row.d_title : row.p_title) ?? row.item_id,
    status: deriveItemStatus({
      hasPublished: published !== null,
      hasDraft: draft !== null,
      inReview: row.review_requested_at !== null,
      wasUnpublished: row.unpublished_at !== null,
    }),
    inReview: row.review_requested_at !== null,
    deleted: row.deleted_at !== null,
    deletedAt: row.deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    current,
    published,
    etag: revisionEtag(current.number),
  };
}

/** The items named, in the order named; ids that do not exist are left out. */
export async function listMetasByIds(
  db: Db,
  collection: ContentTypeKey,
  ids: string[],
): Promise<ItemMeta[]> {
  if (ids.length === 0) return [];
  const rows = await metaQuery(db)
    .where('i.collection', '=', collection)
    .where('i.item_id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((row) => [row.item_id, toMeta(row as MetaRow)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Changes one item's row. Callers refresh its list columns after (see list-columns.ts). */
export async function updateItemRow(
  db: Db,
  key: ItemKey,
  set: Updateable<ContentItemsTable>,
): Promise<void> {
  await db
    .updateTable('content_items')
    .set(set)
    .where('collection', '=', key.collection)
    .where('item_id', '=', key.id)
    .execute();
}

export async function loadItem(
  db: Db,
  key: ItemKey,
): Promise<(AdminItem & { row: Selectable<ContentItemsTable> }) | undefined> {
  const row = (await metaQuery(db)
    .where('i.collection', '=', key.collection)
    .where('i.item_id', '=', key.id)
    .executeTakeFirst()) as MetaRow | undefined;
  if (!row) return undefined;
  const currentId = row.draft_revision_id ?? row.published_revision_id;
  const revision = await db
    .selectFrom('content_revisions')
    .select('content')
    .where('id', '=', currentId as number)
    .executeTakeFirstOrThrow();
  return { ...toMeta(row), content: JSON.parse(revision.content) as Record<string, unknown>, row };
}

/** Loads an item that must exist, for a change. */
export async function requireItem(db: Db, key: ItemKey) {
  const item = await loadItem(db, key);
  if (!item) {
    throw new AppError('NOT_FOUND', `${key.collection}/${key.id} does not exist`, {
      safeMessage: `There is no item "${key.id}" here.`,
    });
  }
  return item;
}

/** Refuses a change made from an out-of-date revision, returning the current one to merge with. */
export function requireCurrent(item: AdminItem, expected: number): void {
  if (item.current.number === expected) return;
  const { row: _row, ...current } = item as AdminItem & { row?: unknown };
  throw new AppError(
    'PRECONDITION_FAILED',
    `Expected revision ${expected}, current is ${item.current.number}`,
    {
      safeMessage: `Someone saved a newer version (revision ${item.current.number}) after you opened revision ${expected}. Compare the two and merge your changes.`,
      extensions: { current },
    },
  );
}

export function requireNotDeleted(item: AdminItem): void {
  if (!item.deleted) return;
  throw new AppError('CONFLICT', `${item.collection}/${item.id} is deleted`, {
    safeMessage: 'This item is deleted. Restore it before changing it.',
  });
}

export async function appendRevision(
  db: Db,
  input: ItemKey & {
    content: Record<string, unknown>;
    author: string;
    now: string;
    note?: string | null;
  },
): Promise<{ id: number; number: number }> {
  const last = await db
    .selectFrom('content_revisions')
    .select((eb) => eb.fn.max('number').as('number'))
    .where('collection', '=', input.collection)
    .where('item_id', '=', input.id)
    .executeTakeFirst();
  const number = Number(last?.number ?? 0) + 1;
  const content = JSON.stringify(input.content);
  const { id } = await db
    .insertInto('content_revisions')
    .values({
      collection: input.collection,
      item_id: input.id,
      number,
      content,
      content_hash: hashContent(content),
      author: input.author,
      created_at: input.now,
      note: input.note ?? null,
      title: projectItem(input.collection, input.content).title,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, number };
}

export async function writeAudit(
  db: Db,
  key: ItemKey | null,
  context: ChangeContext,
  action: AuditAction,
  details: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: context.now,
      actor_id: context.audit.actorId,
      actor_email: context.audit.actorEmail,
      ip: context.audit.ip,
      action,
      target_type: key?.collection ?? 'content',
      target_id: key?.id ?? null,
      details: JSON.stringify({ ...context.audit.details, ...details }),
    })
    .execute();
}

function emptyBundle(): ContentBundle {
  return {
    formatVersion: BUNDLE_FORMAT_VERSION,
    ...Object.fromEntries(contentTypeKeys.map((key) => [key, []])),
  } as unknown as ContentBundle;
}

/** Published content and every live item's newest content, read inside the transaction. */
export async function loadSnapshot(db: Db): Promise<ContentSnapshot> {
  const published = emptyBundle();
  const working = emptyBundle();
  const publishedRows = await db
    .selectFrom('published_items')
    .select(['collection', 'content'])
    .execute();
  for (const row of publishedRows) {
    (published[row.collection as ContentTypeKey] as unknown[]).push(JSON.parse(row.content));
  }
  const workingRows = await db
    .selectFrom('content_items as i')
    .innerJoin('content_revisions as r', (join) =>
      join.on(sql`r.id`, '=', sql`coalesce(i.draft_revision_id, i.published_revision_id)`),
    )
    .select(['i.collection as collection', 'r.content as content'])
    .where('i.deleted_at', 'is', null)
    .execute();
  for (const row of workingRows) {
    (working[row.collection as ContentTypeKey] as unknown[]).push(JSON.parse(row.content));
  }
  return { published, working };
}

/** A copy of the snapshot with one item replaced, added or (with `content` undefined) removed. */
export function withItem(
  bundle: ContentBundle,
  key: ItemKey,
  content: Record<string, unknown> | undefined,
): ContentBundle {
  const items = (bundle[key.collection] as { id: string }[]).filter((item) => item.id !== key.id);
  if (content) items.push(content as { id: string });
  return { ...bundle, [key.collection]: items };
}
