import { createHash } from 'node:crypto';
import {
  AppError,
  type ContentTypeKey,
  EXPORT_FORMAT_VERSION,
  type ExportDocument,
  type ImportReport,
  isContentTypeKey,
  type ProblemIssue,
} from '@peer-toolkit/core';
import type { Kysely, Updateable } from 'kysely';
import type { ContentItemsTable, Database } from '../../database.js';
import type { ChangeContext, EditorialStore, ItemKey } from '../../editorial-store.js';
import { projectItem } from '../../projection.js';
import { hashContent } from '../hash-content.js';
import { bumpContentVersion, removePublished, writePublished } from '../write-published.js';
import {
  appendRevision,
  type Db,
  loadItem,
  loadSnapshot,
  updateItemRow,
  writeAudit,
} from './item-state.js';
import { refreshListColumns } from './list-columns.js';

type ImportInput = Parameters<EditorialStore['importDocument']>[0];
type Content = Record<string, unknown>;

/** Every item with its whole history, in one document. */
export async function exportAll(db: Kysely<Database>, now: string): Promise<ExportDocument> {
  const items = await db
    .selectFrom('content_items')
    .selectAll()
    .orderBy('collection')
    .orderBy('item_id')
    .execute();
  const revisions = await db
    .selectFrom('content_revisions')
    .selectAll()
    .orderBy('collection')
    .orderBy('item_id')
    .orderBy('number')
    .execute();
  const byItem = new Map<string, typeof revisions>();
  for (const revision of revisions) {
    const key = `${revision.collection}/${revision.item_id}`;
    byItem.set(key, [...(byItem.get(key) ?? []), revision]);
  }
  return {
    format: 'peer-toolkit-export',
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now,
    items: items.map((item) => {
      const history = byItem.get(`${item.collection}/${item.item_id}`) ?? [];
      return {
        collection: item.collection,
        id: item.item_id,
        createdAt: item.created_at,
        deletedAt: item.deleted_at,
        inReview: item.review_requested_at !== null,
        wasPublished: item.unpublished_at !== null,
        publishedRevision:
          history.find((revision) => revision.id === item.published_revision_id)?.number ?? null,
        revisions: history.map((revision) => ({
          number: revision.number,
          content: JSON.parse(revision.content) as Content,
          author: revision.author,
          createdAt: revision.created_at,
          note: revision.note,
        })),
      };
    }),
  };
}

interface ParsedItem {
  key: ItemKey;
  source: ExportDocument['items'][number];
  revisions: (ExportDocument['items'][number]['revisions'][number] & { value: Content })[];
  published: Content | null;
  latest: Content;
}

/** Checks the whole document before anything is written; every problem is reported with its path. */
function parseDocument(input: ImportInput): ParsedItem[] {
  const problems: ProblemIssue[] = [];
  const seen = new Set<string>();
  const parsed: ParsedItem[] = [];
  input.document.items.forEach((item, index) => {
    const at = ['body', 'document', 'items', index];
    if (!isContentTypeKey(item.collection)) {
      problems.push({
        path: [...at, 'collection'],
        message: `There is no content type "${item.collection}"`,
        rule: 'unknown-collection',
      });
      return;
    }
    const collection: ContentTypeKey = item.collection;
    if (seen.has(`${collection}/${item.id}`)) {
      problems.push({
        path: [...at, 'id'],
        message: `"${item.id}" appears twice`,
        rule: 'duplicate-item',
      });
    }
    seen.add(`${collection}/${item.id}`);
    const revisions: ParsedItem['revisions'] = [];
    item.revisions.forEach((revision, position) => {
      const result = input.parseContent(collection, revision.content);
      if ('problems' in result) {
        for (const problem of result.problems) {
          problems.push({
            ...problem,
            path: [...at, 'revisions', position, 'content', ...problem.path],
          });
        }
        return;
      }
      if (result.value.id !== item.id) {
        problems.push({
          path: [...at, 'revisions', position, 'content', 'id'],
          message: `The content's id is not "${item.id}"`,
          rule: 'id-mismatch',
        });
      }
      if (position > 0 && revision.number <= (item.revisions[position - 1]?.number ?? 0)) {
        problems.push({
          path: [...at, 'revisions', position, 'number'],
          message: 'Revision numbers must rise',
          rule: 'revision-order',
        });
      }
      revisions.push({ ...revision, value: result.value });
    });
    const published =
      item.publishedRevision === null
        ? null
        : (revisions.find((revision) => revision.number === item.publishedRevision)?.value ??
          undefined);
    // A named revision whose content failed to parse is already reported above.
    const isNamed = item.revisions.some((revision) => revision.number === item.publishedRevision);
    if (published === undefined && !isNamed) {
      problems.push({
        path: [...at, 'publishedRevision'],
        message: 'No revision has this number',
        rule: 'unknown-revision',
      });
    }
    const latest = revisions.at(-1)?.value;
    if (latest && published !== undefined) {
      parsed.push({ key: { collection, id: item.id }, source: item, revisions, published, latest });
    }
  });
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', `${problems.length} problem(s) in the import`, {
      safeMessage: 'The document has problems. Nothing was imported.',
      issues: problems,
    });
  }
  return parsed;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

class DryRunFinished extends Error {}

/** Every change an import makes to an item goes through here, so its list columns follow. */
async function setPointers(db: Db, key: ItemKey, set: Updateable<ContentItemsTable>) {
  await updateItemRow(db, key, set);
  await refreshListColumns(db, key);
}

async function createFromDocument(
  db: Db,
  item: ParsedItem,
  context: ChangeContext,
): Promise<boolean> {
  const { key, source } = item;
  await db
    .insertInto('content_items')
    .values({
      collection: key.collection,
      item_id: key.id,
      created_at: source.createdAt,
      updated_at: context.now,
      deleted_at: source.deletedAt,
      review_requested_at: source.inReview ? context.now : null,
      review_requested_by: source.inReview ? context.author : null,
      unpublished_at: source.wasPublished && item.published === null ? context.now : null,
    })
    .execute();
  const ids = new Map<number, number>();
  for (const revision of item.revisions) {
    const content = JSON.stringify(revision.value);
    const { id } = await db
      .insertInto('content_revisions')
      .values({
        collection: key.collection,
        item_id: key.id,
        number: revision.number,
        content,
        content_hash: hashContent(content),
        author: revision.author,
        created_at: revision.createdAt,
        note: revision.note,
        title: projectItem(key.collection, revision.value).title,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(revision.number, id);
  }
  const lastNumber = item.revisions.at(-1)?.number ?? 0;
  const publishedId =
    source.publishedRevision === null ? null : (ids.get(source.publishedRevision) ?? null);
  const draftId = source.publishedRevision === lastNumber ? null : (ids.get(lastNumber) ?? null);
  await setPointers(db, key, { published_revision_id: publishedId, draft_revision_id: draftId });
  if (publishedId !== null && item.published && !source.deletedAt) {
    await writePublished(db, {
      collection: key.collection,
      item: item.published,
      revisionId: publishedId,
      content: JSON.stringify(item.published),
      now: context.now,
    });
    return true;
  }
  return false;
}

/** Brings an existing item to the document's state by adding revisions; its history is kept. */
async function updateFromDocument(db: Db, item: ParsedItem, context: ChangeContext) {
  const { key, source } = item;
  const local = await loadItem(db, key);
  if (!local) throw new Error('item vanished during import');
  const changes: string[] = [];
  let publishedChanged = false;
  const localPublished =
    local.row.published_revision_id === null
      ? null
      : await revisionContent(db, local.row.published_revision_id);

  if (item.published && !source.deletedAt && !same(item.published, localPublished)) {
    const revision = await appendRevision(db, {
      ...key,
      content: item.published,
      author: context.author,
      now: context.now,
      note: 'Imported (published version)',
    });
    await setPointers(db, key, {
      published_revision_id: revision.id,
      draft_revision_id: null,
      unpublished_at: null,
      updated_at: context.now,
    });
    await writePublished(db, {
      collection: key.collection,
      item: item.published,
      revisionId: revision.id,
      content: JSON.stringify(item.published),
      now: context.now,
    });
    changes.push('published version');
    publishedChanged = true;
  } else if ((item.published === null || source.deletedAt) && localPublished !== null) {
    await setPointers(db, key, {
      published_revision_id: null,
      draft_revision_id: local.row.draft_revision_id ?? local.row.published_revision_id,
      unpublished_at: context.now,
      updated_at: context.now,
    });
    await removePublished(db, key.collection, key.id);
    changes.push('unpublished');
    publishedChanged = true;
  }

  const current = await loadItem(db, key);
  if (current && !same(item.latest, current.content)) {
    const revision = await appendRevision(db, {
      ...key,
      content: item.latest,
      author: context.author,
      now: context.now,
      note: 'Imported',
    });
    await setPointers(db, key, { draft_revision_id: revision.id, updated_at: context.now });
    changes.push('newest version');
  }
  if (source.deletedAt && !local.deleted) {
    await setPointers(db, key, { deleted_at: context.now, updated_at: context.now });
    changes.push('deleted');
  } else if (!source.deletedAt && local.deleted) {
    await setPointers(db, key, { deleted_at: null, updated_at: context.now });
    changes.push('restored');
  }
  return { changes, publishedChanged };
}

async function revisionContent(db: Db, id: number): Promise<Content> {
  const row = await db
    .selectFrom('content_revisions')
    .select('content')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return JSON.parse(row.content) as Content;
}

/**
 * A digest of every item's state (its revisions, publishing, review and deletion), in the same
 * transaction as the import: any save, publish or delete in between changes it.
 */
async function contentBasis(db: Db): Promise<string> {
  const rows = await db
    .selectFrom('content_items')
    .select([
      'collection',
      'item_id',
      'draft_revision_id',
      'published_revision_id',
      'deleted_at',
      'review_requested_at',
      'unpublished_at',
    ])
    .orderBy('collection')
    .orderBy('item_id')
    .execute();
  const hash = createHash('sha256');
  for (const row of rows) hash.update(`${JSON.stringify(Object.values(row))}\n`);
  return hash.digest('base64url');
}

/**
 * Imports a document in one transaction. A dry run does exactly the same work and then rolls it
 * back, so its report is what applying would do. Nothing is deleted unless asked, and deleting is
 * the undoable soft delete.
 */
export async function importDocument(
  db: Kysely<Database>,
  input: ImportInput,
  context: ChangeContext,
): Promise<ImportReport> {
  const items = parseDocument(input);
  const report: ImportReport = {
    dryRun: input.dryRun,
    created: [],
    updated: [],
    unchanged: 0,
    deleted: [],
    basis: '',
  };
  try {
    await db.transaction().execute(async (trx) => {
      report.basis = await contentBasis(trx);
      if (input.basis !== undefined && input.basis !== report.basis) {
        throw new AppError('PRECONDITION_FAILED', 'Content changed since the dry run', {
          safeMessage:
            'The content has changed since this import was checked, so what it would do may have changed too. Check it again, then apply.',
        });
      }
      let publishedChanged = false;
      for (const item of items) {
        if (!(await loadItem(trx, item.key))) {
          publishedChanged = (await createFromDocument(trx, item, context)) || publishedChanged;
          report.created.push({ collection: item.key.collection, id: item.key.id });
          continue;
        }
        const result = await updateFromDocument(trx, item, context);
        publishedChanged = result.publishedChanged || publishedChanged;
        if (result.changes.length > 0)
          report.updated.push({ ...item.key, changes: result.changes });
        else report.unchanged += 1;
      }
      if (input.deleteMissing) {
        const inDocument = new Set(items.map((item) => `${item.key.collection}/${item.key.id}`));
        const live = await trx
          .selectFrom('content_items')
          .selectAll()
          .where('deleted_at', 'is', null)
          .execute();
        for (const row of live) {
          if (inDocument.has(`${row.collection}/${row.item_id}`)) continue;
          const key = { collection: row.collection as ContentTypeKey, id: row.item_id };
          if (row.published_revision_id !== null) {
            await setPointers(trx, key, {
              published_revision_id: null,
              draft_revision_id: row.draft_revision_id ?? row.published_revision_id,
              unpublished_at: context.now,
            });
            await removePublished(trx, key.collection, key.id);
            publishedChanged = true;
          }
          await setPointers(trx, key, { deleted_at: context.now, updated_at: context.now });
          report.deleted.push(key);
        }
      }
      const problems = input.check(await loadSnapshot(trx));
      if (problems.length > 0) {
        throw new AppError(
          'INTEGRITY_FAILED',
          `${problems.length} integrity problem(s) after import`,
          {
            safeMessage:
              'After this import the published content would have broken references or missing evidence. Nothing was imported.',
            issues: problems,
          },
        );
      }
      if (publishedChanged) await bumpContentVersion(trx);
      await writeAudit(trx, null, context, 'content.import', {
        created: report.created.length,
        updated: report.updated.length,
        deleted: report.deleted.length,
        dryRun: input.dryRun,
      });
      if (input.dryRun) throw new DryRunFinished();
    });
  } catch (error) {
    if (!(error instanceof DryRunFinished)) throw error;
  }
  return report;
}
