import { hasRole, type Role } from '@peer-toolkit/core';
import { roleDefinitionTopic } from '@peer-toolkit/core/fixtures';
import { describe, expect, it } from 'vitest';
import { adminItem } from './fake-api.test-support.js';
import { availableActions } from './item-actions.js';

const as = (role: Role) => (required: Role) => hasRole(role, required);
const published = {
  number: 3,
  author: 'p',
  authorName: null,
  createdAt: '2025-01-01T10:00:00.000Z',
};
const item = (overrides: Parameters<typeof adminItem>[2]) =>
  adminItem('topics', roleDefinitionTopic as never, overrides);

describe('availableActions', () => {
  it.each([
    ['editor, new item', 'editor', undefined, false, ['save']],
    ['editor, draft', 'editor', item({ status: 'draft' }), false, ['save', 'submit']],
    ['editor, in review', 'editor', item({ status: 'in-review', inReview: true }), false, ['save']],
    [
      'editor, in review with new changes',
      'editor',
      item({ status: 'in-review', inReview: true }),
      true,
      ['save', 'submit'],
    ],
    [
      'publisher, draft',
      'publisher',
      item({ status: 'draft' }),
      false,
      ['save', 'submit', 'publish', 'delete'],
    ],
    [
      'publisher, published',
      'publisher',
      item({ status: 'published', published }),
      false,
      ['save', 'unpublish', 'delete'],
    ],
    [
      'publisher, published, edited',
      'publisher',
      item({ status: 'published', published }),
      true,
      ['save', 'submit', 'publish', 'unpublish', 'delete'],
    ],
    ['admin, deleted', 'admin', item({ deleted: true }), false, ['restore']],
    ['editor, deleted', 'editor', item({ deleted: true }), false, []],
  ] as const)('%s', (_name, role, current, isDirty, expected) => {
    expect(availableActions({ item: current, isDirty, can: as(role) })).toEqual(expected);
  });
});
