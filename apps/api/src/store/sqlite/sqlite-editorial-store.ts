import {
  type AdminItem,
  AppError,
  type ContentTypeKey,
  type ProblemIssue,
} from '@peer-toolkit/core';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type {
  ChangeContext,
  EditorialStore,
  ItemKey,
  ItemListQuery,
  SnapshotCheck,
} from '../editorial-store.js';
import { exportAll, importDocument } from './editorial/import-export.js';
import {
  appendRevision,
  type Db,
  loadItem,
  loadSnapshot,
  requireCurrent,
  requireItem,
  requireNotDeleted,
  updateItemRow,
  withItem,
  writeAudit,
} from './editorial/item-state.js';
import { refreshListColumns } from './editorial/list-columns.js';
import { listItemOptions, queryItems } from './editorial/list-items.js';
import { bumpContentVersion, removePublished, writePublished } from './write-published.js';

function refuse(problems: ProblemIssue[], safeMessage: string): void {
  if (problems.length === 0) return;
  throw new AppError('INTEGRITY_FAILED', `${problems.length} integrity problem(s)`, {
    safeMessage,
    issues: problems,
  });
}

function publicItem(item: AdminItem & { row?: unknown }): AdminItem {
  const { row: _row, ...rest } = item;
  return rest;
}

/** An item's revisions, each with the name its author's account has now (null if none has). */
function revisionQuery(db: Db, key: ItemKey) {
  return db
    .selectFrom('content_revisions as r')
    .leftJoin('users as u', 'u.email', 'r.author')
    .selectAll('r')
    .select('u.display_name as author_name')
    .where('r.collection', '=', key.collection)
    .where('r.item_id', '=', key.id);
}

/** Ends every change: the list columns follow the item, then the item is read back. */
async function finishChange(trx: Db, key: ItemKey): Promise<AdminItem> {
  await refreshListColumns(trx, key);
  return publicItem(await requireItem(trx, key));
}

export class SqliteEditorialStore implements EditorialStore {
  constructor(private readonly db: Kysely<Database>) {}

  queryItems(collection: ContentTypeKey, query: ItemListQuery) {
    return queryItems(this.db, collection, query);
  }

  listItemOptions(collection: ContentTypeKey) {
    return listItemOptions(this.db, collection);
  }

  async getItem(key: ItemKey) {
    const item = await loadItem(this.db, key);
    return item && publicItem(item);
  }

  createItem(key: ItemKey & { content: Record<string, unknown> }, context: ChangeContext) {
    return this.db.transaction().execute(async (trx) => {
      if (await loadItem(trx, key)) {
        throw new AppError('CONFLICT', `${key.collection}/${key.id} exists`, {
          safeMessage: `The id "${key.id}" is already used by another item of this type (perhaps a deleted one). Choose another id.`,
          issues: [
            {
              path: ['body', 'content', 'id'],
              message: 'Choose an id that is not in use',
              rule: 'unique-id',
            },
          ],
        });
      }
      await trx
        .insertInto('content_items')
        .values({
          collection: key.collection,
          item_id: key.id,
          created_at: context.now,
          updated_at: context.now,
          deleted_at: null,
          review_requested_at: null,
          review_requested_by: null,
          unpublished_at: null,
        })
        .execute();
      const revision = await appendRevision(trx, {
        ...key,
        content: key.content,
        author: context.author,
        now: context.now,
      });
      await updateItemRow(trx, key, { draft_revision_id: revision.id });
      await writeAudit(trx, key, context, 'content.create', { revision: revision.number });
      return finishChange(trx, key);
    });
  }

  saveDraft(
    key: ItemKey & { content: Record<string, unknown>; expected: number; note?: string },
    context: ChangeContext,
  ) {
    return this.db.transaction().execute(async (trx) => {
      const item = await requireItem(trx, key);
      requireNotDeleted(item);
      requireCurrent(item, key.expected);
      const revision = await appendRevision(trx, {
        ...key,
        content: key.content,
        author: context.author,
        now: context.now,
        note: key.note ?? null,
      });
      // A change after submitting needs submitting again, so a reviewer always sees the latest.
      await updateItemRow(trx, key, {
        draft_revision_id: revision.id,
        updated_at: context.now,
        review_requested_at: null,
        review_requested_by: null,
      });
      await writeAudit(trx, key, context, key.note ? 'content.restore-revision' : 'content.save', {
        revision: revision.number,
        basedOn: key.expected,
      });
      return finishChange(trx, key);
    });
  }

  submitForReview(key: ItemKey & { expected: number }, context: ChangeContext) {
    return this.db.transaction().execute(async (trx) => {
      const item = await requireItem(trx, key);
      requireNotDeleted(item);
      requireCurrent(item, key.expected);
      if (item.row.draft_revision_id === null) {
        throw new AppError('CONFLICT', 'Nothing to review', {
          safeMessage: 'There are no unpublished changes to submit for review.',
        });
      }
      await updateItemRow(trx, key, {
        review_requested_at: context.now,
        review_requested_by: context.author,
        updated_at: context.now,
      });
      await writeAudit(trx, key, context, 'content.submit', { revision: item.current.number });
      return finishChange(trx, key);
    });
  }

  publish(key: ItemKey & { expected: number; check: SnapshotCheck }, context: ChangeContext) {
    return this.db.transaction().execute(async (trx) => {
      const item = await requireItem(trx, key);
      requireNotDeleted(item);
      requireCurrent(item, key.expected);
      const draftId = item.row.draft_revision_id;
      if (draftId === null) {
        throw new AppError('CONFLICT', 'Already published', {
          safeMessage: 'The latest version is already published.',
        });
      }
      const snapshot = await loadSnapshot(trx);
      refuse(
        key.check({ ...snapshot, published: withItem(snapshot.published, key, item.content) }),
        'Publishing would leave broken references or claims without evidence. Fix each problem listed, then publish again.',
      );
      await updateItemRow(trx, key, {
        published_revision_id: draftId,
        draft_revision_id: null,
        review_requested_at: null,
        review_requested_by: null,
        unpublished_at: null,
        updated_at: context.now,
      });
      await writePublished(trx, {
        collection: key.collection,
        item: item.content,
        revisionId: draftId,
        content: JSON.stringify(item.content),
        now: context.now,
      });
      await bumpContentVersion(trx);
      await writeAudit(trx, key, context, 'content.publish', { revision: item.current.number });
      return finishChange(trx, key);
    });
  }

  unpublish(key: ItemKey & { check: SnapshotCheck }, context: ChangeContext) {
    return this.db.transaction().execute(async (trx) => {
      const item = await requireItem(trx, key);
      requireNotDeleted(item);
      await this.withdraw(trx, key, item, key.check, context);
      await writeAudit(trx, key, context, 'content.unpublish', {
        revision: item.published?.number ?? null,
      });
      return finishChange(trx, key);
    });
  }

  deleteItem(key: ItemKey & { check: SnapshotCheck }, context: ChangeContext) {
    return this.db.transaction().execute(async (trx) => {
      const item = await requireItem(trx, key);
      requireNotDeleted(item);
      const snapshot = await loadSnapshot(trx);
      refuse(
        key.check({
          published: withItem(snapshot.published, key, undefined),
          working: withItem(snapshot.working, key, undefined),
        }),
        'Other items still link to this one. Remove those links first, then delete it.',
      );
      if (item.row.published_revision_id !== null)
        await this.withdraw(trx, key, item, () => [], context);
      await updateItemRow(trx, key, {
        deleted_at: context.now,
        updated_at: context.now,
        review_requested_at: null,
        review_requested_by: null,
      });
      await writeAudit(trx, key, context, 'content.delete', {
        wasPublished: item.published !== null,
      });
      return finishChange(trx, key);
    });
  }

  undeleteItem(key: ItemKey, context: ChangeContext) {
    return this.db.transaction().execute(async (trx) => {
      const item = await requireItem(trx, key);
      if (!item.deleted) {
        throw new AppError('CONFLICT', 'Not deleted', { safeMessage: 'This item is not deleted.' });
      }
      await updateItemRow(trx, key, { deleted_at: null, updated_at: context.now });
      await writeAudit(trx, key, context, 'content.undelete');
      return finishChange(trx, key);
    });
  }

  async listRevisions(key: ItemKey) {
    const item = await loadItem(this.db, key);
    if (!item) return undefined;
    const rows = await revisionQuery(this.db, key).orderBy('r.number', 'desc').execute();
    return rows.map((row) => ({
      number: row.number,
      author: row.author,
      authorName: row.author_name,
      createdAt: row.created_at,
      note: row.note,
      content: JSON.parse(row.content) as Record<string, unknown>,
      isPublished: row.id === item.row.published_revision_id,
    }));
  }

  async getRevision(key: ItemKey & { number: number }) {
    const row = await revisionQuery(this.db, key)
      .where('r.number', '=', key.number)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      number: row.number,
      author: row.author,
      authorName: row.author_name,
      createdAt: row.created_at,
      note: row.note,
      content: JSON.parse(row.content) as Record<string, unknown>,
    };
  }

  exportAll(now: string) {
    return exportAll(this.db, now);
  }

  importDocument(input: Parameters<EditorialStore['importDocument']>[0], context: ChangeContext) {
    return importDocument(this.db, input, context);
  }

  /** Takes an item out of public view, keeping its newest content as its draft. */
  private async withdraw(
    trx: Parameters<typeof loadSnapshot>[0],
    key: ItemKey,
    item: Awaited<ReturnType<typeof requireItem>>,
    check: SnapshotCheck,
    context: ChangeContext,
  ): Promise<void> {
    const publishedId = item.row.published_revision_id;
    if (publishedId === null) {
      throw new AppError('CONFLICT', 'Not published', {
        safeMessage: 'This item is not published.',
      });
    }
    const snapshot = await loadSnapshot(trx);
    refuse(
      check({ ...snapshot, published: withItem(snapshot.published, key, undefined) }),
      'Published items still link to this one. Remove those links, or unpublish those items, first.',
    );
    await updateItemRow(trx, key, {
      published_revision_id: null,
      draft_revision_id: item.row.draft_revision_id ?? publishedId,
      unpublished_at: context.now,
      updated_at: context.now,
    });
    await removePublished(trx, key.collection, key.id);
    await bumpContentVersion(trx);
  }
}
