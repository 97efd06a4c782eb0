import { describe, expect, it } from 'vitest';
import { authorLabel, authorLabelWithEmail } from './author-label.js';

const cases = [
  {
    case: 'a named account',
    revision: { author: 'edie@example.org', authorName: 'Edie Editor' },
    label: 'Edie Editor',
    withEmail: 'Edie Editor (edie@example.org)',
  },
  {
    case: 'the default content',
    revision: { author: 'system:seed', authorName: null },
    label: 'Default content',
    withEmail: 'Default content',
  },
  {
    case: 'an email no account has now',
    revision: { author: 'gone@example.org', authorName: null },
    label: 'gone@example.org',
    withEmail: 'gone@example.org',
  },
  {
    case: 'an empty name',
    revision: { author: 'blank@example.org', authorName: '' },
    label: 'blank@example.org',
    withEmail: 'blank@example.org',
  },
];

describe('authorLabel', () => {
  it.each(cases)('names $case', ({ revision, label, withEmail }) => {
    expect(authorLabel(revision)).toBe(label);
    expect(authorLabelWithEmail(revision)).toBe(withEmail);
  });
});
