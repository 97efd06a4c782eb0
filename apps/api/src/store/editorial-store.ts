import type {
  AdminItem,
  AdminListQuery,
  ContentBundle,
  ContentTypeKey,
  ExportDocument,
  ImportReport,
  ItemMeta,
  ItemOptions,
  ItemStatus,
  ProblemIssue,
  Revision,
} from '@peer-toolkit/core';
import type { NewAuditEntry } from './audit-store.js';

/** Published content and every live item's newest content, for checks before a change. */
export interface ContentSnapshot {
  /** Every published item, as the public sees it. */
  published: ContentBundle;
  /** Every item that is not deleted, at its newest revision. */
  working: ContentBundle;
}

/** A rule run inside the change's transaction on the content as it would be afterwards. */
export type SnapshotCheck = (after: ContentSnapshot) => ProblemIssue[];

export interface ItemKey {
  collection: ContentTypeKey;
  id: string;
}

export interface ChangeContext {
  author: string;
  now: string;
  /** Written in the same transaction as the change, so neither exists without the other. */
  audit: Pick<NewAuditEntry, 'actorId' | 'actorEmail' | 'ip' | 'details'>;
}

/** One page of the admin list: items of one type matching every condition, in one order. */
export interface ItemListQuery {
  /** Lower-case words, each of which must occur in "<title> <id>" in lower case. */
  words: string[];
  /** Any of these statuses; all when absent. */
  statuses?: ItemStatus[] | undefined;
  deleted: AdminListQuery['deleted'];
  sortBy: Exclude<AdminListQuery['sort'], `-${string}`>;
  descending: boolean;
  page: number;
  pageSize: number;
}

export interface ItemListPage {
  /** Items matching, across all pages. */
  total: number;
  items: ItemMeta[];
}

/** The editorial side: items, their revisions, their status, and what gets published. */
export interface EditorialStore {
  /** Ties are broken by id, whatever the direction, so pages never overlap. */
  queryItems(collection: ContentTypeKey, query: ItemListQuery): Promise<ItemListPage>;
  /** Every item that is not deleted, by title, with only what a reference picker shows. */
  listItemOptions(collection: ContentTypeKey): Promise<ItemOptions['items']>;
  getItem(key: ItemKey): Promise<AdminItem | undefined>;
  createItem(
    key: ItemKey & { content: Record<string, unknown> },
    context: ChangeContext,
  ): Promise<AdminItem>;
  /** Appends a revision as the new draft, if `expected` is still the newest revision. */
  saveDraft(
    key: ItemKey & { content: Record<string, unknown>; expected: number; note?: string },
    context: ChangeContext,
  ): Promise<AdminItem>;
  submitForReview(key: ItemKey & { expected: number }, context: ChangeContext): Promise<AdminItem>;
  publish(
    key: ItemKey & { expected: number; check: SnapshotCheck },
    context: ChangeContext,
  ): Promise<AdminItem>;
  unpublish(key: ItemKey & { check: SnapshotCheck }, context: ChangeContext): Promise<AdminItem>;
  deleteItem(key: ItemKey & { check: SnapshotCheck }, context: ChangeContext): Promise<AdminItem>;
  undeleteItem(key: ItemKey, context: ChangeContext): Promise<AdminItem>;
  listRevisions(key: ItemKey): Promise<(Revision & { isPublished: boolean })[] | undefined>;
  getRevision(key: ItemKey & { number: number }): Promise<Revision | undefined>;
  exportAll(now: string): Promise<ExportDocument>;
  importDocument(
    input: {
      document: ExportDocument;
      dryRun: boolean;
      deleteMissing: boolean;
      /** From a dry run: refuse if the content has changed since it. */
      basis?: string | undefined;
      check: SnapshotCheck;
      /** Parses one revision's content: its normalised value, or the problems with it. */
      parseContent: (
        collection: ContentTypeKey,
        content: unknown,
      ) => { value: Record<string, unknown> } | { problems: ProblemIssue[] };
    },
    context: ChangeContext,
  ): Promise<ImportReport>;
}
