import { BUNDLE_FORMAT_VERSION, type ContentBundle, contentTypeKeys } from '@peer-toolkit/core';
import type { ContentStore } from '../store/content-store.js';

/** All published content as one bundle. Items were checked against their schemas when published. */
export async function loadPublishedBundle(store: ContentStore): Promise<ContentBundle> {
  const collections = await Promise.all(
    contentTypeKeys.map(async (key) => [key, await store.allPublished(key)] as const),
  );
  return {
    formatVersion: BUNDLE_FORMAT_VERSION,
    ...Object.fromEntries(collections),
  } as ContentBundle;
}
