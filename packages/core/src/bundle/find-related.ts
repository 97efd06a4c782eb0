import { z } from 'zod';
import { type Publication, PublicationSchema } from '../evidence/publication.js';
import { IdSchema } from '../schema/identifier.js';
import { collectReferences } from '../schema/walk-schema.js';
import type { ContentBundle } from './content-bundle.js';
import {
  type ContentTypeKey,
  contentTypeKeys,
  contentTypes,
  isContentTypeKey,
} from './content-registry.js';

export const RelatedItemSchema = z.object({
  collection: z.string(),
  id: IdSchema,
  slug: z.string().nullable(),
  title: z.string(),
  summary: z
    .string()
    .nullable()
    .meta({ description: 'The item’s summary in Markdown, when it has one.' }),
  /** The field the link is held in, like "relatedTopicIds". */
  field: z.string(),
});

export const RelatedContentSchema = z.object({
  references: z.array(RelatedItemSchema).meta({ description: 'Items this item links to.' }),
  referencedBy: z.array(RelatedItemSchema).meta({ description: 'Items that link to this item.' }),
  publications: z
    .array(PublicationSchema)
    .meta({ description: 'Publications cited anywhere in the item.' }),
});

export type RelatedItem = z.infer<typeof RelatedItemSchema>;
export type RelatedContent = z.infer<typeof RelatedContentSchema>;

type AnyItem = { id: string } & Record<string, unknown>;

function describe(collection: ContentTypeKey, item: AnyItem, field: string): RelatedItem {
  const type = contentTypes[collection];
  const slug = type.slugField ? item[type.slugField] : undefined;
  return {
    collection,
    id: item.id,
    slug: typeof slug === 'string' ? slug : null,
    title: String(item[type.titleField] ?? item.id),
    summary: typeof item.summary === 'string' ? item.summary : null,
    field,
  };
}

/**
 * Resolves an item's links both ways: what it points at (other than publications), what points
 * at it, and every publication it cites. Links to items missing from the bundle are left out.
 */
export function findRelated(
  bundle: ContentBundle,
  collection: ContentTypeKey,
  itemId: string,
): RelatedContent {
  const items = (key: ContentTypeKey) => bundle[key] as AnyItem[];
  const item = items(collection).find((candidate) => candidate.id === itemId);
  if (!item) return { references: [], referencedBy: [], publications: [] };

  const references: RelatedItem[] = [];
  const cited = new Set<string>();
  const seen = new Set<string>();
  for (const reference of collectReferences(contentTypes[collection].schema, item)) {
    if (reference.collection === 'publications') {
      cited.add(reference.id);
      continue;
    }
    if (!isContentTypeKey(reference.collection)) continue;
    const target = items(reference.collection).find((candidate) => candidate.id === reference.id);
    const key = `${reference.collection}:${reference.id}`;
    if (!target || seen.has(key)) continue;
    seen.add(key);
    references.push(describe(reference.collection, target, String(reference.path[0])));
  }

  const referencedBy: RelatedItem[] = [];
  for (const key of contentTypeKeys) {
    for (const candidate of items(key)) {
      const link = collectReferences(contentTypes[key].schema, candidate).find(
        (reference) => reference.collection === collection && reference.id === itemId,
      );
      if (link) referencedBy.push(describe(key, candidate, String(link.path[0])));
    }
  }

  const publications: Publication[] = bundle.publications.filter((publication) =>
    cited.has(publication.id),
  );
  return { references, referencedBy, publications };
}
