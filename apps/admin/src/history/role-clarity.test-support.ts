import type { AdminItem } from '@peer-toolkit/core';
import { adminItem } from '../edit/fake-api.test-support.js';

/**
 * The topic the history tests look at, "Role clarity": Sam Okafor's revision `current` is the
 * newest, and Ali's revision `published` is on the public site.
 */
export function roleClarityItem(
  current: number,
  published: number,
  content: Record<string, unknown> = {},
): AdminItem {
  return adminItem('topics', content, {
    id: 'role-clarity',
    title: 'Role clarity',
    status: 'changed',
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-03-03T14:05:00.000Z',
    current: {
      number: current,
      author: 'sam@example.org',
      authorName: 'Sam Okafor',
      createdAt: '2026-03-03T14:05:00.000Z',
    },
    published: {
      number: published,
      author: 'ali@example.org',
      authorName: null,
      createdAt: '2026-02-01T10:00:00.000Z',
    },
  });
}
