import type { Generated } from 'kysely';

/** Every item of every content type; its revisions and what is public hang off this row. */
export interface ContentItemsTable {
  collection: string;
  item_id: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** The newest unpublished revision, if any. */
  draft_revision_id: number | null;
  /** The revision the public sees, if any. */
  published_revision_id: number | null;
}

/** Immutable: a save appends a revision, nothing updates one. */
export interface ContentRevisionsTable {
  id: Generated<number>;
  collection: string;
  item_id: string;
  number: number;
  content: string;
  content_hash: string;
  author: string;
  created_at: string;
}

/** The published content, denormalised for public reads. Rewritten on every publish. */
export interface PublishedItemsTable {
  collection: string;
  item_id: string;
  slug: string | null;
  title: string;
  sort_order: number | null;
  revision_id: number;
  content: string;
  published_at: string;
}

/** One row per value of a filterable field of a published item. */
export interface PublishedFacetsTable {
  collection: string;
  item_id: string;
  field: string;
  value: string;
}

/** FTS5 table over published items. */
export interface SearchIndexTable {
  collection: string;
  item_id: string;
  title: string;
  body: string;
}

export interface SiteStateTable {
  key: string;
  value: number;
}

export interface Database {
  content_items: ContentItemsTable;
  content_revisions: ContentRevisionsTable;
  published_items: PublishedItemsTable;
  published_facets: PublishedFacetsTable;
  search_index: SearchIndexTable;
  site_state: SiteStateTable;
}
