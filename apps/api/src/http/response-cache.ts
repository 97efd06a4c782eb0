import { LRUCache } from 'lru-cache';
import type { PreparedBody } from './respond.js';

/**
 * Serialised published reads, keyed by content version and normalised address. A key only ever
 * holds a response that passed validation, so a hit can be served without running the route.
 */
export class ResponseCache {
  private readonly entries = new LRUCache<string, PreparedBody>({ max: 2000 });

  /** `path` is relative to /api/v1; query parameters are sorted so their order does not matter. */
  static key(version: number, path: string, search: string): string {
    const query = new URLSearchParams(search);
    query.sort();
    return `${version} ${path} ${query.toString()}`;
  }

  get(key: string): PreparedBody | undefined {
    return this.entries.get(key);
  }

  set(key: string, prepared: PreparedBody): void {
    this.entries.set(key, prepared);
  }
}
