import type { ChangeContext } from '../store/editorial-store.js';

/** A change by a test editor at the given time, for tests that call the stores directly. */
export function changeAt(now: string): ChangeContext {
  return {
    author: 'editor@example.org',
    now,
    audit: { actorId: null, actorEmail: 'editor@example.org', ip: '127.0.0.1', details: {} },
  };
}

/** The n-th second of a fixed day, so tests choose which changes share a time. */
export function secondOf(n: number): string {
  return new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();
}
