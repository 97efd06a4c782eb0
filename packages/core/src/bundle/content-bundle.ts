import { z } from 'zod';
import {
  type ContentSchemaOf,
  type ContentTypeKey,
  contentTypeKeys,
  contentTypes,
} from './content-registry.js';

export const BUNDLE_FORMAT_VERSION = 1;

type CollectionShape = { [K in ContentTypeKey]: z.ZodArray<ContentSchemaOf<K>> };

const collectionShape = Object.fromEntries(
  contentTypeKeys.map((key) => [key, z.array(contentTypes[key].schema as z.ZodType)]),
) as unknown as CollectionShape;

/**
 * All content in one document: the open-data download, the seed, and what the integrity rules
 * check. Its collections come from the registry, so it grows with it.
 */
export const ContentBundleSchema = z
  .object({ formatVersion: z.literal(BUNDLE_FORMAT_VERSION), ...collectionShape })
  .meta({ title: 'Content bundle' });

export type ContentBundle = z.infer<typeof ContentBundleSchema>;
export type ContentBundleInput = z.input<typeof ContentBundleSchema>;

/** An empty bundle, for building one up in code and tests. */
export function createEmptyBundle(): ContentBundle {
  const collections = Object.fromEntries(contentTypeKeys.map((key) => [key, []]));
  return { formatVersion: BUNDLE_FORMAT_VERSION, ...collections } as ContentBundle;
}
