import { type RevisionRefSchema, SEED_AUTHOR } from '@peer-toolkit/core';
import type { z } from 'zod';

type Author = Pick<z.output<typeof RevisionRefSchema>, 'author' | 'authorName'>;

/**
 * Who saved a revision, as editors know each other: by name. Without an account to name (the
 * default content, or an account since removed) the recorded email is all there is.
 */
export function authorLabel({ author, authorName }: Author): string {
  if (authorName) return authorName;
  return author === SEED_AUTHOR ? 'Default content' : author;
}

/** The name with the email after it, where there is room to tell two people of one name apart. */
export function authorLabelWithEmail(revision: Author): string {
  const label = authorLabel(revision);
  return revision.authorName && revision.author !== label ? `${label} (${revision.author})` : label;
}
