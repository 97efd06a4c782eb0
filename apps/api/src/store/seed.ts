import { SEED_AUTHOR } from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import type { ContentStore } from './content-store.js';

/**
 * On first start, stores the default content, published. Any existing item means the database
 * is in use, and nothing is touched.
 */
export async function seedIfEmpty(store: ContentStore): Promise<boolean> {
  if (!(await store.isEmpty())) return false;
  await store.seedPublished(loadDefaultBundle(), SEED_AUTHOR);
  return true;
}
