import type { ContentBundle, ContentTypeKey } from '@peer-toolkit/core';

export interface ListQuery {
  /** Field name to accepted values; an item matches when it has any of the values of every field. */
  filters: Record<string, string[]>;
  page: number;
  pageSize: number;
}

export interface SearchQuery {
  /** Words to find; every word must match, the last may be the start of a word. */
  words: string[];
  collections: ContentTypeKey[];
  page: number;
  pageSize: number;
}

export interface SearchHit {
  collection: ContentTypeKey;
  id: string;
  slug: string | null;
  title: string;
  /** The best passage, split so that matched words can be marked without trusting any HTML. */
  snippet: { text: string; highlight: boolean }[];
  rank: number;
}

/**
 * All reads and writes of stored content. Every SQL statement lives behind this interface, so the
 * HTTP layer does not know which database it talks to.
 */
export interface ContentStore {
  /** Increases whenever published content changes; part of every public cache key. */
  contentVersion(): Promise<number>;
  listPublished(
    collection: ContentTypeKey,
    query: ListQuery,
  ): Promise<{ items: unknown[]; total: number }>;
  findPublished(collection: ContentTypeKey, idOrSlug: string): Promise<unknown | undefined>;
  /** Every published item of a collection, in display order. */
  allPublished(collection: ContentTypeKey): Promise<unknown[]>;
  search(query: SearchQuery): Promise<{
    hits: SearchHit[];
    total: number;
    totalsByCollection: Partial<Record<ContentTypeKey, number>>;
  }>;
  /** True when no content item exists at all, published or not. */
  isEmpty(): Promise<boolean>;
  /** Stores every item of the bundle as its first revision and publishes it, in one transaction. */
  seedPublished(bundle: ContentBundle, author: string): Promise<void>;
  /** Throws when the database cannot serve requests. */
  checkReady(): Promise<void>;
  close(): Promise<void>;
}
