import type { ItemStatus } from '@peer-toolkit/core';
import type { Generated, GeneratedAlways } from 'kysely';

/** Every item of every content type; its revisions and what is public hang off this row. */
export interface ContentItemsTable {
  collection: string;
  item_id: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  review_requested_at: string | null;
  review_requested_by: string | null;
  /** Set when a published item is withdrawn; cleared when it is published again. */
  unpublished_at: string | null;
  /** The newest unpublished revision, if any. */
  draft_revision_id: number | null;
  /** The revision the public sees, if any. */
  published_revision_id: number | null;
  /** The newest revision's title, for the admin list; kept by `refreshListColumns`. */
  list_title: Generated<string>;
  /** Sorts in binary order as the titles do with `localeCompare` (see `titleSortKey`). */
  title_key: Generated<string>;
  /** "<title> <id>" in lower case: each word of a list search must occur in it. */
  search_text: Generated<string>;
  /** Worked out by SQLite from this row's other columns, as `deriveItemStatus` does. */
  status: GeneratedAlways<ItemStatus>;
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
  note: string | null;
  title: string;
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
  /** The published revision's id (see migration 0003). */
  rowid: number;
  collection: string;
  item_id: string;
  title: string;
  body: string;
}

export interface SiteStateTable {
  key: string;
  value: number;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  role: 'editor' | 'publisher' | 'admin';
  password_hash: string;
  must_change_password: number;
  totp_secret: string | null;
  totp_enabled_at: string | null;
  /** The last TOTP time step accepted, so a code cannot be used twice. */
  totp_last_step: number | null;
  disabled_at: string | null;
  last_sign_in_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Only a hash of each session token is stored, so a copy of the database cannot sign anyone in. */
export interface SessionsTable {
  token_hash: string;
  user_id: string;
  stage: 'signed-in' | 'second-factor' | 'enrol-second-factor';
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface SignInThrottleTable {
  key: string;
  failures: number;
  last_failure_at: string;
  blocked_until: string | null;
}

export interface SecuritySettingsTable {
  key: string;
  value: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  actor_email: string | null;
  ip: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_throttle: SignInThrottleTable;
  security_settings: SecuritySettingsTable;
  audit_log: AuditLogTable;
  content_items: ContentItemsTable;
  content_revisions: ContentRevisionsTable;
  published_items: PublishedItemsTable;
  published_facets: PublishedFacetsTable;
  search_index: SearchIndexTable;
  site_state: SiteStateTable;
}
